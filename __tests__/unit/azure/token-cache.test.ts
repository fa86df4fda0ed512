import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity'
import { keepTokens, RENEWAL_MARGIN_MS } from '../../../src/azure/token-cache.js'
import { keepsNoTokens } from '../../../src/azure/credential.js'

const SCOPE = 'https://management.azure.com/.default'
const HOUR = 3_600_000

/**
 * A TokenCredential as the interface describes one (not a stand-in for an SDK class): it answers each call with the
 * next token of `answers` (or throws the error given there) and records what it was asked.
 */
function scriptedCredential(answers: Array<AccessToken | Error>) {
  const calls: Array<{ scopes: string | string[]; options?: GetTokenOptions }> = []
  const credential: TokenCredential = {
    async getToken(scopes, options) {
      calls.push({ scopes, options })
      const answer = answers.shift()
      if (!answer) throw new Error('no more answers scripted')
      if (answer instanceof Error) throw answer
      return answer
    }
  }
  return { credential, calls }
}

const token = (name: string, expiresOnTimestamp: number, refreshAfterTimestamp?: number): AccessToken => ({
  token: name,
  expiresOnTimestamp,
  tokenType: 'Bearer',
  ...(refreshAfterTimestamp === undefined ? {} : { refreshAfterTimestamp })
})

describe('keepTokens', () => {
  let now: number
  const clock = () => now
  beforeEach(() => (now = 1_800_000_000_000))

  it('answers a second call for the same scope (a string or a list) from the token it kept', async () => {
    const { credential, calls } = scriptedCredential([token('t1', now + HOUR)])
    const kept = keepTokens(credential, clock)
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    now += 30 * 60_000
    expect((await kept.getToken([SCOPE]))!.token).toBe('t1')
    expect(calls).toHaveLength(1)
  })

  it('keeps one token per scope, CAE setting and tenant', async () => {
    const { credential, calls } = scriptedCredential([
      token('arm', now + HOUR),
      token('graph', now + HOUR),
      token('arm-cae', now + HOUR),
      token('arm-other-tenant', now + HOUR)
    ])
    const kept = keepTokens(credential, clock)
    const graph = 'https://graph.microsoft.com/.default'
    expect((await kept.getToken(SCOPE))!.token).toBe('arm')
    expect((await kept.getToken(graph))!.token).toBe('graph')
    expect((await kept.getToken(SCOPE, { enableCae: true }))!.token).toBe('arm-cae')
    expect((await kept.getToken(SCOPE, { tenantId: 'other' }))!.token).toBe('arm-other-tenant')
    expect((await kept.getToken(SCOPE))!.token).toBe('arm')
    expect((await kept.getToken(SCOPE, { tenantId: 'other' }))!.token).toBe('arm-other-tenant')
    expect(calls).toHaveLength(4)
  })

  it('asks again once the token is within the renewal margin of its expiry (5 minutes)', async () => {
    const { credential, calls } = scriptedCredential([token('t1', now + HOUR), token('t2', now + 2 * HOUR)])
    const kept = keepTokens(credential, clock)
    await kept.getToken(SCOPE)
    now += HOUR - RENEWAL_MARGIN_MS - 1
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    now += 1
    expect((await kept.getToken(SCOPE))!.token).toBe('t2')
    expect(calls).toHaveLength(2)
    expect(RENEWAL_MARGIN_MS).toBe(5 * 60_000)
  })

  it('asks again from the refresh-after time a token names', async () => {
    const { credential, calls } = scriptedCredential([token('t1', now + HOUR, now + HOUR / 2), token('t2', now + HOUR)])
    const kept = keepTokens(credential, clock)
    await kept.getToken(SCOPE)
    now += HOUR / 2 - 1
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    now += 1
    expect((await kept.getToken(SCOPE))!.token).toBe('t2')
    expect(calls).toHaveLength(2)
  })

  it('never keeps a token past the renewal margin, whatever refresh-after time it names', async () => {
    const { credential } = scriptedCredential([token('t1', now + HOUR, now + 2 * HOUR), token('t2', now + 2 * HOUR)])
    const kept = keepTokens(credential, clock)
    await kept.getToken(SCOPE)
    now += HOUR - RENEWAL_MARGIN_MS
    expect((await kept.getToken(SCOPE))!.token).toBe('t2')
  })

  it('does not keep a token that is already within the renewal margin', async () => {
    const { credential, calls } = scriptedCredential([token('short', now + 60_000), token('t2', now + HOUR)])
    const kept = keepTokens(credential, clock)
    expect((await kept.getToken(SCOPE))!.token).toBe('short')
    expect((await kept.getToken(SCOPE))!.token).toBe('t2')
    expect(calls).toHaveLength(2)
  })

  it('sends a call with claims (a CAE challenge) to the credential, and forgets the token that was refused', async () => {
    const { credential, calls } = scriptedCredential([
      token('t1', now + HOUR),
      token('after-challenge', now + HOUR),
      token('t3', now + HOUR)
    ])
    const kept = keepTokens(credential, clock)
    await kept.getToken(SCOPE, { enableCae: true })
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}'
    expect((await kept.getToken(SCOPE, { enableCae: true, claims }))!.token).toBe('after-challenge')
    expect(calls[1]!.options?.claims).toBe(claims)
    expect((await kept.getToken(SCOPE, { enableCae: true }))!.token).toBe('t3')
    expect(calls).toHaveLength(3)
  })

  it('keeps no failure: the call after one asks the credential again', async () => {
    const { credential, calls } = scriptedCredential([new Error('az: please run az login'), token('t1', now + HOUR)])
    const kept = keepTokens(credential, clock)
    await expect(kept.getToken(SCOPE)).rejects.toThrow('please run az login')
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    expect(calls).toHaveLength(2)
  })

  it('keeps no null answer either', async () => {
    const calls: string[] = []
    const answers: Array<AccessToken | null> = [null, token('t1', now + HOUR)]
    const kept = keepTokens({ getToken: async () => (calls.push('call'), answers.shift() ?? null) }, clock)
    expect(await kept.getToken(SCOPE)).toBeNull()
    expect((await kept.getToken(SCOPE))!.token).toBe('t1')
    expect(calls).toHaveLength(2)
  })
})

describe('keepsNoTokens', () => {
  it('is true for the Azure CLI and the default chain only; the MSAL-backed credentials keep their own', () => {
    expect(keepsNoTokens('azure-cli')).toBe(true)
    expect(keepsNoTokens('default-chain')).toBe(true)
    for (const kind of ['github-oidc', 'client-secret', 'federated-token-file'] as const)
      expect(keepsNoTokens(kind)).toBe(false)
  })
})
