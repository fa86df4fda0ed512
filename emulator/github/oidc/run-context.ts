import { randomUUID } from 'node:crypto'
import type { GitHubState } from '../state/records.js'
import { findPullRequest, findRepositoryByFullName } from '../state/lookups.js'
import { shaFor } from '../state/shas.js'
import { accountNamed } from '../shapes/shape-context.js'
import type { IdTokenClaims } from './id-token.js'
import { ACTIONS_ISSUER } from './id-token.js'

/**
 * The workflow run an ID token speaks for. Only `repository` and `eventName` usually matter; the rest follows from
 * them and the seeded state (a `pull_request` run of PR #1 has ref `refs/pull/1/merge`, head and base refs…).
 */
export interface OidcRunContext {
  repository: string
  /** `push` (default), `pull_request`, `schedule`, `workflow_dispatch`… */
  eventName: string
  /** For `pull_request` runs: which pull request (default 1). */
  pullRequest: number
  ref: string
  sha: string
  actor: string
  /** A deployment environment; when set, the subject names it as GitHub does. */
  environment?: string
  workflowPath: string
  runId: number
  runAttempt: number
}

export function completeRunContext(state: GitHubState, partial: Partial<OidcRunContext>): OidcRunContext {
  const repositoryName = partial.repository ?? 'contoso/fleet-policies'
  const repository = findRepositoryByFullName(state, repositoryName)
  const eventName = partial.eventName ?? 'push'
  const pullRequestNumber = partial.pullRequest ?? 1
  const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target'
  const pullRequest = isPullRequest ? findPullRequest(state, repositoryName, pullRequestNumber) : undefined
  return {
    repository: repositoryName,
    eventName,
    pullRequest: pullRequestNumber,
    ref:
      partial.ref ??
      (isPullRequest ? `refs/pull/${pullRequestNumber}/merge` : `refs/heads/${repository?.defaultBranch ?? 'main'}`),
    sha:
      partial.sha ??
      (pullRequest
        ? shaFor(`${repositoryName}#${pullRequestNumber} test merge`)
        : (repository?.defaultBranchSha ?? shaFor('head'))),
    actor: partial.actor ?? 'mona',
    workflowPath: partial.workflowPath ?? '.github/workflows/flux-policy.yml',
    runId: partial.runId ?? 9_100_000_001,
    runAttempt: partial.runAttempt ?? 1,
    ...(partial.environment === undefined ? {} : { environment: partial.environment })
  }
}

/** The subject Entra's federated credentials match: environment, pull_request, or the ref. */
export function subjectOf(context: OidcRunContext): string {
  if (context.environment !== undefined) return `repo:${context.repository}:environment:${context.environment}`
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target')
    return `repo:${context.repository}:pull_request`
  return `repo:${context.repository}:ref:${context.ref}`
}

/** The claims of an Actions ID token for this run, in GitHub's order and with its string-typed custom claims. */
export function idTokenClaims(
  state: GitHubState,
  context: OidcRunContext,
  audience: string | undefined,
  lifetimeSeconds: number
): IdTokenClaims {
  const [owner = ''] = context.repository.split('/')
  const repository = findRepositoryByFullName(state, context.repository)
  const pullRequest = findPullRequest(state, context.repository, context.pullRequest)
  const isPullRequest = context.ref.startsWith('refs/pull/')
  const iat = Math.floor(Date.now() / 1000)
  const workflowRef = `${context.repository}/${context.workflowPath}@${context.ref}`
  return {
    jti: randomUUID(),
    sub: subjectOf(context),
    aud: audience ?? `https://github.com/${owner}`,
    ref: context.ref,
    sha: context.sha,
    repository: context.repository,
    repository_owner: owner,
    repository_owner_id: String(accountNamed(state, owner).id),
    run_id: String(context.runId),
    run_number: '1',
    run_attempt: String(context.runAttempt),
    repository_visibility: repository?.private === false ? 'public' : 'private',
    repository_id: String(repository?.id ?? 0),
    actor_id: String(accountNamed(state, context.actor).id),
    actor: context.actor,
    workflow: 'flux-policy',
    head_ref: isPullRequest ? (pullRequest?.head.ref ?? '') : '',
    base_ref: isPullRequest ? (pullRequest?.base.ref ?? '') : '',
    event_name: context.eventName,
    ...(context.environment === undefined ? {} : { environment: context.environment }),
    ref_protected: String(context.ref === `refs/heads/${repository?.defaultBranch ?? 'main'}`),
    ref_type: context.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: workflowRef,
    workflow_sha: context.sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: context.sha,
    runner_environment: 'github-hosted',
    iss: ACTIONS_ISSUER,
    nbf: iat - 300,
    exp: iat + lifetimeSeconds,
    iat
  }
}
