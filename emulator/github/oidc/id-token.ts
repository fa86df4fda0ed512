import type { KeyObject } from 'node:crypto'
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'

/** The issuer of every Actions ID token. */
export const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string
  exp: number
  nbf: number
  iat: number
  jti: string
  /** GitHub's custom claims (repository, ref, sha, event_name…), all strings. */
  [claim: string]: string | number
}

/** The emulator's signing key and what a verifier needs of it (PEM, or a JWKS as the issuer publishes it). */
export interface IdTokenSigner {
  publicKeyPem: string
  jwks: { keys: Array<Record<string, string>> }
  kid: string
  sign(claims: IdTokenClaims): string
}

export function createIdTokenSigner(): IdTokenSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const der = publicKey.export({ type: 'spki', format: 'der' })
  const x5t = createHash('sha1').update(der).digest('base64url')
  const kid = createHash('sha256').update(der).digest('hex').slice(0, 40).toUpperCase()
  const { n = '', e = '' } = publicKey.export({ format: 'jwk' })
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwks: { keys: [{ kty: 'RSA', alg: 'RS256', use: 'sig', kid, x5t, n, e }] },
    kid,
    sign(claims) {
      const header = encodeJson({ typ: 'JWT', alg: 'RS256', x5t, kid })
      const payload = encodeJson(claims)
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url')
      return `${header}.${payload}.${signature}`
    }
  }
}

export interface VerifyOptions {
  /** When given, `aud` must equal it (Entra expects `api://AzureADTokenExchange`). */
  audience?: string
  /** Seconds since the epoch to check `exp` and `nbf` against; real time by default. */
  now?: number
}

/**
 * Checks an ID token the way a relying party (Entra's federated credentials) does: RS256 signature by this key,
 * issuer, lifetime and, when asked, audience. Returns the claims; throws an Error saying what is wrong.
 */
export function verifyIdToken(jwt: string, publicKey: string | KeyObject, options: VerifyOptions = {}): IdTokenClaims {
  const [header = '', payload = '', signature = '', ...rest] = jwt.split('.')
  if (rest.length > 0 || signature === '') throw new Error('not a signed JWT (expected three dot-separated parts)')
  const { alg } = decodeJson(header) as { alg?: string }
  if (alg !== 'RS256') throw new Error(`unexpected signing algorithm ${String(alg)} (expected RS256)`)
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) {
    throw new Error("the signature does not match the GitHub emulator's key")
  }
  const claims = decodeJson(payload) as IdTokenClaims
  const now = options.now ?? Math.floor(Date.now() / 1000)
  if (claims.iss !== ACTIONS_ISSUER) throw new Error(`unexpected issuer ${claims.iss}`)
  if (now >= claims.exp) throw new Error(`the token expired at ${new Date(claims.exp * 1000).toISOString()}`)
  if (now < claims.nbf) throw new Error(`the token is not valid before ${new Date(claims.nbf * 1000).toISOString()}`)
  if (options.audience !== undefined && claims.aud !== options.audience) {
    throw new Error(`the token's audience is ${claims.aud}, not ${options.audience}`)
  }
  return claims
}

const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  } catch {
    throw new Error('a JWT part is not base64url-encoded JSON')
  }
}
