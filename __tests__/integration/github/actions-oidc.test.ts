import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { ACTIONS_ISSUER, startGitHubEmulator, verifyIdToken } from '../../../emulator/github/index.js'

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** A step's script asking for an ID token as the product does, in its own process with the runner's variables. */
const GET_ID_TOKEN = `
import { getIDToken } from '@actions/core'
try {
  const token = await getIDToken(process.argv[1] || undefined)
  process.stdout.write('\\nID_TOKEN=' + token + '\\n')
} catch (error) {
  process.stdout.write('\\nFAILED=' + error.message.replace(/\\s+/g, ' ') + '\\n')
}
`

async function getIdTokenInChild(
  env: Record<string, string>,
  audience = ''
): Promise<{ token?: string; failure?: string }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', GET_ID_TOKEN, audience],
    {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 300_000
    }
  )
  return { token: /^ID_TOKEN=(.+)$/m.exec(stdout)?.[1], failure: /^FAILED=(.+)$/m.exec(stdout)?.[1] }
}

describe('the Actions OIDC token endpoint through @actions/core getIDToken', () => {
  let github: GitHubEmulator

  beforeAll(async () => {
    github = await startGitHubEmulator()
  })
  afterAll(() => github.stop())

  it("issues a signed token for a push to main, with GitHub's claims and the requested audience", async () => {
    const { token, failure } = await getIdTokenInChild(github.env(), 'api://AzureADTokenExchange')
    expect(failure).toBeUndefined()

    const claims = github.oidc.verify(token ?? '', { audience: 'api://AzureADTokenExchange' })
    expect(claims).toMatchObject({
      iss: ACTIONS_ISSUER,
      aud: 'api://AzureADTokenExchange',
      sub: 'repo:contoso/fleet-policies:ref:refs/heads/main',
      repository: 'contoso/fleet-policies',
      repository_owner: 'contoso',
      ref: 'refs/heads/main',
      event_name: 'push',
      ref_type: 'branch',
      runner_environment: 'github-hosted'
    })
    expect(claims.sha).toBe(github.state.repositories[0]?.defaultBranchSha)
    expect(claims.exp - claims.iat).toBe(300)
    expect(verifyIdToken(token ?? '', github.oidc.publicKeyPem).jti).toBe(claims.jti)
    expect(github.requests.at(-1)).toMatchObject({
      route: 'actions.idToken',
      status: 200,
      query: { 'api-version': '2.0', audience: 'api://AzureADTokenExchange' }
    })
  })

  it('speaks for a pull request run when the request token was minted for one', async () => {
    const requestToken = github.oidc.requestTokenFor({ eventName: 'pull_request', pullRequest: 1 })
    const { token } = await getIdTokenInChild(github.env({ requestToken }))

    expect(github.oidc.verify(token ?? '')).toMatchObject({
      sub: 'repo:contoso/fleet-policies:pull_request',
      aud: 'https://github.com/contoso',
      ref: 'refs/pull/1/merge',
      head_ref: 'payments/exclude-canary',
      base_ref: 'main',
      event_name: 'pull_request'
    })
  })

  it('refuses an unknown request token, and a verifier refuses a tampered or mis-addressed token', async () => {
    const refused = await getIdTokenInChild(github.env({ requestToken: 'not-minted-here' }))
    expect(refused.failure).toMatch(/Failed to get ID Token/)

    const { token = '' } = await getIdTokenInChild(github.env())
    const [header, payload, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        sub: 'repo:evil/repo:ref:refs/heads/main'
      })
    ).toString('base64url')
    expect(() => github.oidc.verify(`${header}.${forged}.${signature}`)).toThrow(/signature/)
    expect(() => github.oidc.verify(token, { audience: 'api://AzureADTokenExchange' })).toThrow(/audience/)
    expect(() => github.oidc.verify(token, { now: Math.floor(Date.now() / 1000) + 3600 })).toThrow(/expired/)
  })

  it("publishes the issuer's discovery document and keys", async () => {
    const configuration = (await (
      await fetch(`${github.apiUrl}/_services/token/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string }
    const jwks = await (await fetch(configuration.jwks_uri)).json()

    expect(configuration.issuer).toBe(ACTIONS_ISSUER)
    expect(jwks).toEqual(github.oidc.jwks)
  })
})
