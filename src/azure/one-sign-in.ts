import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'

/**
 * The process's one credential, signing in once per scope however many clients ask at the same time. Each SDK
 * client's bearer policy asks the credential for a token on its first request; the credential (MSAL) caches the
 * token it gets, but asks Entra again for every call made before the first answer is in its cache, so a plan that
 * starts with reads through five clients, or an apply over many subscriptions, signed in (metadata and token
 * requests) once per client. Here a call for a scope while one for the same scope is in flight waits for it, then
 * asks the credential, which answers from its own cache (or, if the first call failed, tries itself). Nothing is
 * kept here once a call is answered: the token cache, expiry and refresh stay the credential's (`keepTokens`' for a
 * credential that keeps none, which this wraps). (Every client was always given this one credential; a new
 * credential object per client was never the cause.)
 */
export function oneSignInAtATime(credential: TokenCredential): TokenCredential {
  const inFlight = new Map<string, Promise<unknown>>()
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const key = tokenRequestKey(scopes, options)
      const pending = inFlight.get(key)
      if (pending) {
        await pending.catch(() => {})
        return credential.getToken(scopes, options)
      }
      const answer = credential.getToken(scopes, options)
      inFlight.set(key, answer)
      try {
        return await answer
      } finally {
        inFlight.delete(key)
      }
    }
  }
}

/** Which token a call asks for: its scopes (in any order), CAE, the claims of a challenge and the tenant. */
export function tokenRequestKey(scopes: string | string[], options?: GetTokenOptions): string {
  return JSON.stringify([[scopes].flat().sort(), options?.enableCae ?? false, options?.claims, options?.tenantId])
}
