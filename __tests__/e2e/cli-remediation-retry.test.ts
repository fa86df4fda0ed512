// The first remediations after apply grants the policy identities their roles fail AuthorizationFailed while the
// roles propagate; the next run starts them again and the clusters converge.
import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

let azure: AzureEmulator
let root: string

beforeAll(async () => {
  // The default role propagation delay (10 simulated minutes): "Troubleshoot Azure RBAC", "Role assignment changes
  // are not being detected".
  azure = await startDemoAzure()
  root = copyPolicyRoot('fp-cli-retry-')
})

afterAll(() => stopAll(azure))

const apply = () => runCli(azure, root, ['apply', '--yes'])

const outcomes = () =>
  azure.context.remediations.all().flatMap((r) => r.deployments.map((d) => d.error?.code ?? d.status))
const paymentsConfigured = () =>
  azure.fleet.clusters
    .filter((c) => c.resourceGroup === 'rg-payments')
    .filter((c) => c.fluxConfigurations.some((f) => f.name === 'payments-apps')).length

/**
 * Simulated time from apply until every deployment of its ReEvaluateCompliance remediations is due: the evaluation
 * (3 min), the start delay, then waves of `defaultParallelDeployments` deployments, 2 min each (two waves: the
 * largest remediation, data-pipelines, reaches 12 clusters). Under the 10-minute role propagation window.
 */
function remediationsDone(): number {
  const s = azure.context.settings
  return s.evaluationDurationMs + s.remediationStartDelayMs + 2 * s.deploymentDurationMs
}

describe('remediations that failed while the identities’ roles propagated', () => {
  it('are started again by the next apply, and the clusters converge', async () => {
    expect(remediationsDone()).toBeLessThan(azure.context.settings.roleAssignmentPropagationDelayMs)
    const first = await apply()
    expect(first.status).toBe(0)
    azure.clock.advance(remediationsDone())
    expect(outcomes().length).toBeGreaterThan(0)
    expect(new Set(outcomes())).toEqual(new Set(['AuthorizationFailed']))
    const configuredBefore = paymentsConfigured()

    azure.clock.advance(10 * 60_000)
    const started = azure.context.remediations.all().length
    const second = await apply()
    expect(second.status).toBe(0)
    azure.clock.advance(remediationsDone())
    expect(azure.requests.filter((r) => r.route === 'remediations.create').length).toBeGreaterThanOrEqual(started * 2)
    expect(outcomes()).toContain('Succeeded')
    expect(paymentsConfigured()).toBeGreaterThan(configuredBefore)
  })
})
