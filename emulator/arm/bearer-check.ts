import type { IncomingHttpHeaders } from 'node:http'
import type { AccessTokenClaims, AccessTokens } from '../entra/access-tokens.js'
import { ArmFailure } from './arm-error.js'

/** ARM's answer to a call without a valid bearer token: 401 with the ARM error shape and a Bearer challenge. */
export function requireCaller(
  headers: IncomingHttpHeaders,
  tokens: AccessTokens,
  audiences: readonly string[],
  authorityHost: string
): AccessTokenClaims {
  const challenge = (description: string): Record<string, string> => ({
    'www-authenticate': `Bearer authorization_uri="${authorityHost}/", error="invalid_token", error_description="${description}"`
  })
  const header = headers.authorization
  if (!header) {
    throw new ArmFailure(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
      challenge("The authentication failed because of missing 'Authorization' header.")
    )
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match?.[1]) {
    throw new ArmFailure(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      challenge("The 'Authorization' header is provided in an invalid format.")
    )
  }
  const verdict = tokens.verify(match[1], audiences)
  if (!verdict.ok) throw new ArmFailure(401, verdict.code, verdict.message, challenge(verdict.message))
  return verdict.claims
}
