import { startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { PROXIED_EMULATOR_HOST } from '../../emulator/tls/test-certificate-authority.js'
import { PLAN_MARKER } from '../../src/render/plan/plan-markdown.js'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { actionInputs, runBundledAction, runnerEnv } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator
let proxy: ConnectProxy
let workspace: string

beforeAll(async () => {
  azure = await startAzureEmulator({ fleet: 'demo' })
  github = await startGitHubEmulator()
  // The proxy alone knows where PROXIED_EMULATOR_HOST is: a request that reaches the emulators by that name went
  // through it. `@actions/http-client` (the GitHub client, the OIDC request) never proxies a loopback host, so the
  // action is given GitHub by that name.
  proxy = await startConnectProxy((host) => (host === PROXIED_EMULATOR_HOST ? '127.0.0.1' : host))
  workspace = copyPolicyRoot('fp-e2e-proxy-', 'fleet-policies')
})

afterAll(() => stopAll(proxy, azure, github))

const port = (url: string) => Number(new URL(url).port)
const viaProxyName = (url: string) => url.replaceAll('//127.0.0.1:', `//${PROXIED_EMULATOR_HOST}:`)
const planComments = (number: number) =>
  github.state.comments.filter((c) => c.issueNumber === number && c.body.includes(PLAN_MARKER))

async function planPullRequest(number: number, hostFor: (url: string) => string, proxyEnv: NodeJS.ProcessEnv) {
  const env = github.env()
  return runBundledAction({
    workspace,
    inputs: actionInputs(azure, github, { mode: 'plan', root: '.' }),
    // Azure by its loopback address (tokens are for that audience; MSAL checks the metadata's endpoints against the
    // authority's host): the Azure SDK's proxy policy sends loopback hosts through the proxy too, unless NO_PROXY.
    env: runnerEnv(azure, github, {
      GITHUB_API_URL: hostFor(env.GITHUB_API_URL!),
      ACTIONS_ID_TOKEN_REQUEST_URL: hostFor(env.ACTIONS_ID_TOKEN_REQUEST_URL!),
      ...proxyEnv
    }),
    eventName: 'pull_request',
    event: pullRequestEvent(github, { action: 'opened', number })
  })
}

describe("the action behind the runner's proxy (HTTPS_PROXY, NO_PROXY)", () => {
  it('reaches GitHub and Azure (sign-in and ARM) through the proxy', async () => {
    const run = await planPullRequest(1, viaProxyName, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(planComments(1)).toHaveLength(1)
    expect(proxy.seen.get(`${PROXIED_EMULATOR_HOST}:${port(github.apiUrl)}`)).toBeGreaterThan(0)
    // ARM and Entra (@azure/identity's token requests) are one emulator, one port.
    expect(port(azure.authorityHost)).toBe(port(azure.armEndpoint))
    expect(proxy.seen.get(`127.0.0.1:${port(azure.armEndpoint)}`)).toBeGreaterThan(0)
  })

  it('goes direct to the hosts NO_PROXY names', async () => {
    proxy.seen.clear()
    const proxyEnv = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }
    const run = await planPullRequest(2, (url) => url, proxyEnv)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(planComments(2)).toHaveLength(1)
    expect(proxy.seen).toEqual(new Map())
  })
})
