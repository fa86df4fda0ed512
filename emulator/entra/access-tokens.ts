import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The claims of an access token the emulator issues (a subset of what Entra puts in an ARM token). */
export interface AccessTokenClaims {
  aud: string
  iss: string
  tid: string
  appid: string
  oid: string
  sub: string
  iat: number
  nbf: number
  exp: number
  idtyp: 'app'
  ver: '1.0'
}

/** A token the token endpoint granted: for which scope, and how the client proved who it is. */
export interface GrantedToken {
  scope: string
  clientId: string
  credential: 'client_secret' | 'client_assertion'
}

export type TokenVerdict =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; code: 'InvalidAuthenticationToken' | 'ExpiredAuthenticationToken'; message: string }

/**
 * Issues and checks JWT-shaped bearer tokens (HS256 with a key made at start). Lifetimes use the real clock:
 * MSAL caches tokens by real time, so a simulated clock jump must not invalidate them.
 */
export class AccessTokens {
  private readonly key = randomBytes(32)
  /** Each token the token endpoint granted, in order (the tokens `issue` makes for tests are not counted). */
  readonly granted: GrantedToken[] = []

  issue(
    claims: Omit<AccessTokenClaims, 'iat' | 'nbf' | 'exp' | 'idtyp' | 'ver'>,
    lifetimeSeconds: number
  ): { token: string; expiresIn: number } {
    const now = Math.floor(Date.now() / 1000)
    const full: AccessTokenClaims = {
      ...claims,
      iat: now,
      nbf: now - 300,
      exp: now + lifetimeSeconds,
      idtyp: 'app',
      ver: '1.0'
    }
    const unsigned = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url(full)}`
    return { token: `${unsigned}.${this.sign(unsigned)}`, expiresIn: lifetimeSeconds }
  }

  verify(token: string, acceptedAudiences: readonly string[]): TokenVerdict {
    const parts = token.split('.')
    const invalid = (message: string): TokenVerdict => ({ ok: false, code: 'InvalidAuthenticationToken', message })
    if (parts.length !== 3) return invalid('The access token is invalid.')
    const [header, payload, signature] = parts as [string, string, string]
    const expected = Buffer.from(this.sign(`${header}.${payload}`))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return invalid('The access token has an invalid signature.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessTokenClaims
    const audience = claims.aud.replace(/\/+$/, '').toLowerCase()
    if (!acceptedAudiences.some((a) => a.replace(/\/+$/, '').toLowerCase() === audience)) {
      return invalid(`The access token has been obtained for wrong audience or resource '${claims.aud}'.`)
    }
    if (claims.exp * 1000 <= Date.now()) {
      return {
        ok: false,
        code: 'ExpiredAuthenticationToken',
        message: `The access token expiry UTC time '${new Date(claims.exp * 1000).toUTCString()}' is earlier than current UTC time.`
      }
    }
    return { ok: true, claims }
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url')
  }
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Reads a JWT's payload without checking its signature (for client assertions), or undefined if it is not a JWT. */
export function readJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** An unsigned GitHub-Actions-style OIDC token, for tests of the federated (ClientAssertionCredential) path. */
export function createFederatedAssertion(
  subject: string,
  audience = 'api://AzureADTokenExchange',
  lifetimeSeconds = 300
): string {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: audience,
    sub: subject,
    iat: now,
    nbf: now,
    exp: now + lifetimeSeconds
  }
  return `${base64url({ typ: 'JWT', alg: 'RS256' })}.${base64url(payload)}.${Buffer.from('unsigned').toString('base64url')}`
}
