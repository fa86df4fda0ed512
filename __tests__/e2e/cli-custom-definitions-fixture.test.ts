import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_SUBSCRIPTIONS, type AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { CUSTOM_DEFINITIONS_FIXTURE, fleetForCustomFixture, startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

// The valid corpus case `custom-definitions` (an HTTPS source with a Git timeout and two kustomizations, one
// depending on the other) planned and applied by the CLI against the emulator. Its platform file names the
// management group mg-prod (the demo fleet's contoso-prod, renamed) and a Key Vault in resource group rg-kv.
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  azure = await startDemoAzure({ fleet: fleetForCustomFixture() })
  root = copyPolicyRoot('fp-custom-fixture-', 'policies', CUSTOM_DEFINITIONS_FIXTURE)
})

afterAll(() => stopAll(azure))

const cli = (args: string[]) => runCli(azure, root, args)

const deploymentOutcomes = () =>
  azure.context.remediations.all().flatMap((r) => r.deployments.map((d) => d.error?.code ?? d.status))

describe('the custom-definitions fixture against the emulator (CLI)', () => {
  it('plans a custom definition and its assignment', async () => {
    const run = await cli(['plan'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/\+ custom definition for alpha\/app — create fp-def-alpha-app-[0-9a-f]{8}/)
    expect(run.stdout).toMatch(/Plan: 2 to create\. Custom definitions: 1 to create\./)
  })

  it('applies them, then plans nothing', async () => {
    const run = await cli(['apply', '--yes'])
    expect(run.stderr).not.toContain('✗')
    expect(run.status).toBe(0)
    const refused = azure.requests.filter((r) => r.method === 'PUT' && r.status >= 400)
    expect(refused).toEqual([])
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
  })

  it('a later apply, past the role propagation window, starts again the remediations refused inside it', async () => {
    // The first remediations deploy (evaluation, start delay, one wave) before the roles apply granted the policy
    // identity take effect, 10 simulated minutes ("Troubleshoot Azure RBAC", "Role assignment changes are not being
    // detected"): Azure refuses them.
    const s = azure.settings
    azure.clock.advance(s.evaluationDurationMs + s.remediationStartDelayMs + s.deploymentDurationMs)
    expect(new Set(deploymentOutcomes())).toEqual(new Set(['AuthorizationFailed']))
    azure.clock.advance(s.roleAssignmentPropagationDelayMs)
    const run = await cli(['apply', '--yes'])
    expect(run.status).toBe(0)
    // The Flux extension's remediation found nothing to deploy (every cluster in scope has the extension); the
    // configuration's is started again.
    expect(run.stdout).toMatch(
      /✓ no-op fp-alpha-app-[0-9a-f]{8} at .*\(remediation .*\) \[re-evaluate, then remediate\]/
    )
    const apps = azure.context.remediations.all().filter((r) => r.name.startsWith('fp-alpha-app-'))
    expect(apps).toHaveLength(2)
    expect(azure.context.remediations.all()).toHaveLength(3)
  })

  it("remediation deploys the custom definition's template: every cluster in scope gets both kustomizations", async () => {
    expect(azure.context.remediations.all().length).toBe(3)
    azure.clock.advance(60 * 60_000)
    const inScope = azure.fleet.clusters.filter((c) => c.subscriptionId === DEMO_SUBSCRIPTIONS.prodApps)
    const configured = inScope.filter((c) => {
      const app = c.fluxConfigurations.find((f) => f.name === 'app')
      return (
        app?.gitRepository?.url === 'https://github.com/contoso/app' &&
        app.gitRepository.timeoutInSeconds === 180 &&
        JSON.stringify(app.kustomizations) ===
          JSON.stringify({
            infra: {
              path: './infra',
              timeoutInSeconds: 600,
              syncIntervalInSeconds: 600,
              retryIntervalInSeconds: 120,
              prune: false,
              force: false,
              dependsOn: []
            },
            apps: {
              path: './apps',
              timeoutInSeconds: 600,
              syncIntervalInSeconds: 600,
              retryIntervalInSeconds: 600,
              prune: true,
              force: false,
              dependsOn: ['infra']
            }
          })
      )
    })
    expect(inScope.length).toBeGreaterThan(1)
    expect(configured.map((c) => c.name).sort()).toEqual(inScope.map((c) => c.name).sort())
  })

  it('a changed Git timeout reaches every cluster that has the configuration: the definition compares it', async () => {
    const file = join(root, 'teams/alpha/app.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('timeout: 3m', 'timeout: 4m'))
    const plan = await cli(['plan'])
    expect(plan.status).toBe(0)
    expect(plan.stdout).toMatch(/Plan: No assignment changes\. Custom definitions: 1 to update\./)
    expect(plan.stdout).toContain('# existing clusters: remediation redeploys gitRepository.timeoutInSeconds')
    expect(plan.stdout).toMatch(/remediation: fp-alpha-app-[0-9a-f]{8} at \/subscriptions\//)
    const run = await cli(['apply', '--yes'])
    expect(run.status).toBe(0)
    azure.clock.advance(60 * 60_000)
    const inScope = azure.fleet.clusters.filter((c) => c.subscriptionId === DEMO_SUBSCRIPTIONS.prodApps)
    const timeouts = inScope.map(
      (c) => c.fluxConfigurations.find((f) => f.name === 'app')?.gitRepository?.timeoutInSeconds
    )
    expect(inScope.length).toBeGreaterThan(1)
    expect(timeouts).toEqual(inScope.map(() => 240))
  })
})
