import type { EmulatorRequest, EmulatorResponse } from '../http/exchange.js'
import { readJwtPayload, type AccessTokens } from './access-tokens.js'
import { entraError, type EntraSettings } from './entra-settings.js'

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'

/**
 * `POST /{tenant}/oauth2/v2.0/token` with `grant_type=client_credentials`, authenticated by the client secret or by
 * a federated client assertion (the GitHub OIDC path of ClientAssertionCredential).
 */
export function tokenEndpoint(
  settings: EntraSettings,
  tokens: AccessTokens,
  tenant: string,
  request: EmulatorRequest
): EmulatorResponse {
  const form = new URLSearchParams(request.body)
  const fail = (status: number, error: string, code: number, description: string): EmulatorResponse => ({
    status,
    body: entraError(error, code, description)
  })
  if (tenant.toLowerCase() !== settings.tenantId.toLowerCase()) {
    return fail(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID.`
    )
  }
  if (form.get('grant_type') !== 'client_credentials') {
    return fail(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`
    )
  }
  if (form.get('client_id') !== settings.clientId) {
    return fail(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory '${tenant}'.`
    )
  }
  const secret = form.get('client_secret')
  const assertion = form.get('client_assertion')
  if (secret !== null) {
    if (secret !== settings.clientSecret) return fail(401, 'invalid_client', 7000215, 'Invalid client secret provided.')
  } else if (assertion !== null && form.get('client_assertion_type') === JWT_BEARER) {
    const problem = assertionProblem(settings, assertion)
    if (problem) return fail(400, 'invalid_client', problem.code, problem.description)
  } else {
    return fail(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
    )
  }
  const scope = form.get('scope') ?? ''
  const resource = scope
    .split(' ')
    .find((s) => s.endsWith('/.default'))
    ?.slice(0, -'/.default'.length)
  if (!resource)
    return fail(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`
    )
  const issued = tokens.issue(
    {
      aud: resource,
      iss: `https://sts.windows.net/${settings.tenantId}/`,
      tid: settings.tenantId,
      appid: settings.clientId,
      oid: settings.servicePrincipalObjectId,
      sub: settings.servicePrincipalObjectId
    },
    settings.tokenLifetimeSeconds
  )
  tokens.granted.push({
    scope,
    clientId: settings.clientId,
    credential: secret !== null ? 'client_secret' : 'client_assertion'
  })
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ext_expires_in: issued.expiresIn,
      access_token: issued.token
    }
  }
}

function assertionProblem(
  settings: EntraSettings,
  assertion: string
): { code: number; description: string } | undefined {
  const payload = readJwtPayload(assertion)
  if (!payload) return { code: 50027, description: 'JWT token is invalid or malformed.' }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  if (!audiences.includes(EXCHANGE_AUDIENCE)) {
    return {
      code: 700212,
      description: `No matching federated identity record found for presented assertion audience '${String(payload.aud)}'.`
    }
  }
  if (typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now()) {
    return { code: 700024, description: 'Client assertion is not within its valid time range.' }
  }
  const subject = String(payload.sub ?? '')
  if (settings.federatedSubjects && !settings.federatedSubjects.includes(subject)) {
    return {
      code: 70021,
      description: `No matching federated identity record found for presented assertion. Assertion Issuer: '${String(payload.iss)}'. Assertion Subject: '${subject}'.`
    }
  }
  return undefined
}
