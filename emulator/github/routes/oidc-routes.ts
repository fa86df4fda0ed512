import type { RouteDefinition } from '../http/route-types.js'
import { errorBody, GitHubFailure } from '../http/github-errors.js'
import type { ActionsOidc } from '../oidc/actions-oidc.js'
import { ACTIONS_ISSUER } from '../oidc/id-token.js'

/** The path of `ACTIONS_ID_TOKEN_REQUEST_URL`, shaped like the runner's (the plan and job ids are not checked). */
export const ID_TOKEN_REQUEST_PATH = '/_apis/distributedtask/hubs/Actions/plans/{plan_id}/jobs/{job_id}/idtoken'
const DISCOVERY = '/_services/token/.well-known'

/** The ID-token request endpoint `@actions/core`'s `getIDToken` calls, and the issuer's discovery documents. */
export function oidcRoutes(oidc: ActionsOidc): RouteDefinition[] {
  return [
    {
      method: 'GET',
      pattern: ID_TOKEN_REQUEST_PATH,
      name: 'actions.idToken',
      kind: 'unauthenticated',
      docs: 'https://docs.github.com/actions/reference/security/oidc',
      handle(context) {
        const bearer = /^Bearer\s+(.+)$/i.exec(context.request.headers.authorization ?? '')?.[1]
        const audience = context.request.query.get('audience') ?? undefined
        const token = bearer === undefined ? undefined : oidc.issue(bearer.trim(), audience)
        if (token === undefined) throw new GitHubFailure(401, errorBody(401, 'Bad credentials', context.docs))
        return { status: 200, body: { count: token.length, value: token } }
      }
    },
    {
      method: 'GET',
      pattern: `${DISCOVERY}/openid-configuration`,
      name: 'actions.oidcConfiguration',
      kind: 'unauthenticated',
      docs: 'https://docs.github.com/actions/reference/security/oidc',
      handle: (context) => ({
        status: 200,
        body: {
          issuer: ACTIONS_ISSUER,
          jwks_uri: `${context.urls.api}${DISCOVERY}/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: [
            'sub',
            'aud',
            'exp',
            'iat',
            'iss',
            'jti',
            'nbf',
            'ref',
            'sha',
            'repository',
            'repository_id',
            'repository_owner',
            'repository_owner_id',
            'run_id',
            'run_number',
            'run_attempt',
            'actor',
            'actor_id',
            'workflow',
            'workflow_ref',
            'workflow_sha',
            'head_ref',
            'base_ref',
            'event_name',
            'ref_type',
            'ref_protected',
            'environment',
            'job_workflow_ref',
            'job_workflow_sha',
            'repository_visibility',
            'runner_environment'
          ],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid']
        }
      })
    },
    {
      method: 'GET',
      pattern: `${DISCOVERY}/jwks`,
      name: 'actions.oidcKeys',
      kind: 'unauthenticated',
      docs: 'https://docs.github.com/actions/reference/security/oidc',
      handle: () => ({ status: 200, body: oidc.signer.jwks })
    }
  ]
}
