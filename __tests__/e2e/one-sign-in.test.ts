// One sign-in per process: the CLI's plan and apply, and the action's plan (GitHub OIDC), each run against the
// emulators as a user or the runner runs them; Entra's token endpoint grants each process one token per scope, after
// one metadata read, however many SDK clients (per subscription, per resource provider, Resource Graph) and
// parallel first requests the run makes. Likewise one pool of connections for ARM per process.
import { resolve } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { productEnv } from '../../emulator/product-env.js'
import { actionInputs, runBundledAction, runnerEnv } from '../helpers/run-action.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { runNodeAsync } from '../helpers/run-node.js'

const CLI = resolve('dist/cli.js')
const clock = createSimulatedClock()
let azure: AzureEmulator
let github: GitHubEmulator
let root: string

beforeAll(async () => {
  azure = await startAzureEmulator({ fleet: 'demo', clock, simulation: { principalReplicationDelayMs: 0 } })
  github = await startGitHubEmulator()
  root = copyPolicyRoot('fp-sign-in-')
})

afterAll(async () => {
  await azure?.stop()
  await github?.stop()
})

/** What one process asked Entra for: tokens granted by scope, and metadata reads. */
async function signInsOf(run: () => Promise<{ status: number | null }>) {
  clock.advance(5_000)
  const granted = azure.grantedTokens.length
  azure.requests.clear()
  const { status } = await run()
  const byScope: Record<string, number> = {}
  for (const { scope } of azure.grantedTokens.slice(granted)) byScope[scope] = (byScope[scope] ?? 0) + 1
  const metadata = azure.requests.filter((r) => r.route.startsWith('entra.') && r.route !== 'entra.token').length
  return { status, byScope, metadata, armRequests: azure.requests.filter((r) => !r.route.startsWith('entra.')) }
}

const cli = (args: string[]) =>
  runNodeAsync(CLI, [...args, '--root', root, '--repository', 'contoso/fleet-policies'], {
    env: { PATH: process.env.PATH, ...productEnv(azure) }
  })

describe('one sign-in per process (built CLI and bundled action against the emulators)', () => {
  const armScope = () => `${azure.armEndpoint}/.default`

  it('CLI plan: one token for ARM', async () => {
    const signIns = await signInsOf(() => cli(['plan']))
    expect(signIns.status).toBe(0)
    expect(new Set(signIns.armRequests.map((r) => r.route)).size).toBeGreaterThan(4)
    expect(signIns.byScope).toEqual({ [armScope()]: 1 })
    expect(signIns.metadata).toBe(1)
  })

  it('CLI apply, across every subscription of the fleet: one token for ARM', async () => {
    const signIns = await signInsOf(() => cli(['apply', '--yes']))
    expect(signIns.status).toBe(0)
    expect(signIns.armRequests.filter((r) => r.method === 'PUT').length).toBeGreaterThan(0)
    expect(signIns.byScope).toEqual({ [armScope()]: 1 })
    expect(signIns.metadata).toBe(1)
  })

  it('action plan with GitHub OIDC: one token for ARM', async () => {
    const token = github.tokens.bot
    const signIns = await signInsOf(() =>
      runBundledAction({
        workspace: root,
        inputs: actionInputs(azure, github, { mode: 'plan', root: '.', 'github-token': token }),
        env: runnerEnv(azure, github, { GITHUB_TOKEN: token }),
        eventName: 'pull_request',
        event: pullRequestEvent(github, { action: 'opened', number: 1 })
      })
    )
    expect(signIns.status).toBe(0)
    expect(azure.grantedTokens.at(-1)?.credential).toBe('client_assertion')
    expect(signIns.byScope).toEqual({ [armScope()]: 1 })
    expect(signIns.metadata).toBe(1)
  })

  it('CLI apply: one pool of connections for the ARM clients of both builds of the Azure SDK core', async () => {
    const { status, armRequests } = await signInsOf(() => cli(['apply', '--yes']))
    expect(status).toBe(0)
    // The packages load @azure/core-client twice: ESM (arm-policy, arm-policyinsights, arm-resourcegraph) and
    // CommonJS (arm-authorization, arm-kubernetesconfiguration), each with its own default HTTP client and pool.
    const connectionsOf = (routes: RegExp) =>
      new Set(armRequests.filter((r) => routes.test(r.route)).map((r) => r.connection))
    const esm = connectionsOf(/^(policyAssignments|policyDefinitions|policyStates|remediations|resourceGraph)\./)
    const commonJs = connectionsOf(/^(roleAssignments|roleDefinitions|permissions|fluxConfigurations|extensions)\./)
    expect(esm.size).toBeGreaterThan(0)
    expect(commonJs.size).toBeGreaterThan(0)
    expect([...esm, ...commonJs]).not.toContain(undefined)
    // A connection the one kind opened carried requests of the other kind too: one pool.
    expect([...esm].filter((c) => commonJs.has(c)).length).toBeGreaterThan(0)
  })
})
