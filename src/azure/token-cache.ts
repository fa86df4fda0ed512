import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { tokenRequestKey } from './one-sign-in.js'

/**
 * How long before its expiry a kept token is asked for again: 5 minutes, MSAL's token renewal offset
 * (`DEFAULT_TOKEN_RENEWAL_OFFSET_SEC = 300` in @azure/msal-common), the margin the MSAL-backed credentials keep
 * their cached tokens by. It is wider than the SDK bearer policy's own refresh window (core-rest-pipeline's token
 * cycler: `refreshWindowInMs` 2 minutes, `forcedRefreshWindowInMs` 1 s), so a client is never handed a token it
 * would at once want to refresh.
 */
export const RENEWAL_MARGIN_MS = 5 * 60_000

/**
 * A credential that keeps each token it got until shortly before it expires, for the credentials that keep none:
 * the Azure CLI credential runs `az account get-access-token` (a new process, 0.5-1 s) on every `getToken`, and
 * every SDK client (one per subscription and service) asks once, so an apply over many subscriptions ran `az` once
 * per client. A token is kept per request (scopes, CAE, tenant; see `tokenRequestKey`) until its
 * `refreshAfterTimestamp` when it has one, and never past `expiresOnTimestamp` less RENEWAL_MARGIN_MS. A call with
 * `claims` (a CAE or conditional access challenge: the token was refused) always goes to the credential, and the
 * token kept for the same request is dropped. A failure is not kept: the next call asks again. Tokens are secrets:
 * nothing here logs or names one. Concurrent calls are folded by `oneSignInAtATime`, which wraps this.
 */
export function keepTokens(credential: TokenCredential, now: () => number = Date.now): TokenCredential {
  const kept = new Map<string, { token: AccessToken; renewAt: number }>()
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      if (options?.claims) {
        kept.delete(tokenRequestKey(scopes, { ...options, claims: undefined }))
        return credential.getToken(scopes, options)
      }
      const key = tokenRequestKey(scopes, options)
      const entry = kept.get(key)
      if (entry && now() < entry.renewAt) return entry.token
      kept.delete(key)
      const token = await credential.getToken(scopes, options)
      if (token) {
        const latest = token.expiresOnTimestamp - RENEWAL_MARGIN_MS
        const renewAt = Math.min(token.refreshAfterTimestamp ?? latest, latest)
        if (now() < renewAt) kept.set(key, { token, renewAt })
      }
      return token
    }
  }
}
