// The standard compliance evaluation cycle over simulated time, driven by the real SDK clients over HTTPS.
// Microsoft Learn, "Get compliance data of Azure resources" → Evaluation triggers: "Standard compliance evaluation
// cycle. Once every 24 hours, assignments are automatically reevaluated." And "Azure Policy definitions
// deployIfNotExists effect" → DeployIfNotExists evaluation: "During an evaluation cycle, policy definitions with a
// DeployIfNotExists effect that match resources are marked as non-compliant, but no action is taken on that resource.
// Existing non-compliant resources can be remediated with a remediation task."
import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import { assignPublicGit, azureClients, PROD_APPS } from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'
import { IDENTITIES_AND_ROLES_AT_ONCE } from '../../helpers/principal-type.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const RG = 'rg-payments'
const RG_PAYMENTS = `/subscriptions/${PROD_APPS}/resourceGroups/${RG}`
const AKS = [RG, 'Microsoft.ContainerService', 'managedClusters', 'aks-payments-weu-01'] as const
const AKS_ID = `${RG_PAYMENTS}/providers/Microsoft.ContainerService/managedClusters/aks-payments-weu-01`

describe('the standard compliance evaluation cycle (every 24 h after the first evaluation)', () => {
  const clock = createSimulatedClock({ start: Date.parse('2026-03-01T08:00:00Z') })
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(
    async () => ({ azure, clients } = await startAzureWithClients({ clock, simulation: IDENTITIES_AND_ROLES_AT_ONCE }))
  )
  afterAll(() => azure.stop())
  afterEach(() => {
    azure.settings.standardEvaluationCycleMs = 24 * HOUR
  })

  const assign = async (name: string) => (await assignPublicGit(clients, RG_PAYMENTS, name)).id!
  const remediate = (assignmentId: string, name: string) =>
    clients.insights.remediations.createOrUpdateAtResourceGroup(RG, name, {
      policyAssignmentId: assignmentId,
      resourceDiscoveryMode: 'ExistingNonCompliant'
    })
  const configured = (name: string) =>
    azure.fleet.clusters.filter((c) => c.fluxConfigurations.some((f) => f.name === name)).length
  const stateOfAks = async (name: string) => {
    const states = []
    for await (const s of clients.insights.policyStates.listQueryResultsForResourceGroup('latest', PROD_APPS, RG, {
      queryOptions: { filter: `policyAssignmentName eq '${name}' and resourceId eq '${AKS_ID}'` }
    }))
      states.push(s.complianceState)
    return states
  }
  /** Every cluster of the resource group configured by a first remediation after the first evaluation (t0 + 8 min). */
  const assignAndConverge = async (name: string) => {
    const assignmentId = await assign(name)
    const firstEvaluation = clock.now() + 8 * MINUTE
    clock.advance(8 * MINUTE)
    const inScope = azure.fleet.clustersIn(RG_PAYMENTS).length
    expect((await remediate(assignmentId, `${name}-first`)).deploymentStatus?.totalDeployments).toBe(inScope)
    clock.advance(30 * MINUTE)
    expect(configured(name)).toBe(inScope)
    expect(await stateOfAks(name)).toEqual(['Compliant'])
    return { assignmentId, firstEvaluation, inScope }
  }

  it('marks a cluster whose configuration was deleted by hand non-compliant at the next cycle, and deploys nothing', async () => {
    const { assignmentId, firstEvaluation, inScope } = await assignAndConverge('daily')

    // Someone deletes the configuration over ARM (as `az k8s-configuration flux delete` would). That is not a write
    // to the cluster, so nothing re-evaluates it before the daily cycle.
    await clients.kubernetesConfiguration.fluxConfigurations.beginDeleteAndWait(...AKS, 'daily', {
      updateIntervalInMs: 0
    })
    expect(configured('daily')).toBe(inScope - 1)
    clock.advance(HOUR)
    expect(await stateOfAks('daily')).toEqual(['Compliant'])
    expect((await remediate(assignmentId, 'daily-same-day')).deploymentStatus?.totalDeployments).toBe(0)

    // One minute before the cycle: still the first day's verdict.
    clock.advance(firstEvaluation + 24 * HOUR - MINUTE - clock.now())
    expect(await stateOfAks('daily')).toEqual(['Compliant'])
    expect((await remediate(assignmentId, 'daily-before-cycle')).deploymentStatus?.totalDeployments).toBe(0)

    // The cycle completes 24 h after the first evaluation: the cluster is known non-compliant, and still unconfigured
    // — the cycle marks, it does not deploy.
    clock.advance(MINUTE)
    expect(await stateOfAks('daily')).toEqual(['NonCompliant'])
    clock.advance(HOUR)
    expect(configured('daily')).toBe(inScope - 1)

    // A remediation created a day after the drift sees it and reaches exactly that cluster.
    const next = await remediate(assignmentId, 'daily-next-day')
    expect(next.deploymentStatus?.totalDeployments).toBe(1)
    clock.advance(10 * MINUTE)
    const deployments = []
    for await (const d of clients.insights.remediations.listDeploymentsAtResourceGroup(RG, 'daily-next-day'))
      deployments.push([d.remediatedResourceId, d.status])
    expect(deployments).toEqual([[AKS_ID, 'Succeeded']])
    expect(configured('daily')).toBe(inScope)
    expect(await stateOfAks('daily')).toEqual(['Compliant'])
  })

  it('evaluates again at every later boundary, also when the clock jumps several days at once', async () => {
    const { assignmentId, firstEvaluation } = await assignAndConverge('weekly')
    clock.advance(firstEvaluation + 3 * 24 * HOUR + 2 * HOUR - clock.now()) // past the third boundary, in one jump
    await clients.kubernetesConfiguration.fluxConfigurations.beginDeleteAndWait(...AKS, 'weekly', {
      updateIntervalInMs: 0
    })
    // Deleted after the third cycle: unknown to Azure until the fourth, which comes 24 h after the third, not 24 h
    // after the jump.
    clock.advance(firstEvaluation + 4 * 24 * HOUR - MINUTE - clock.now())
    expect(await stateOfAks('weekly')).toEqual(['Compliant'])
    clock.advance(MINUTE)
    expect(await stateOfAks('weekly')).toEqual(['NonCompliant'])
    expect((await remediate(assignmentId, 'weekly-after')).deploymentStatus?.totalDeployments).toBe(1)
  })

  it('evaluates only when a boundary passes, not on every read (the policy-state rows are rebuilt only then)', async () => {
    const { firstEvaluation } = await assignAndConverge('lazy')
    const boundary = firstEvaluation + 24 * HOUR * Math.ceil((clock.now() - firstEvaluation) / (24 * HOUR) + 1e-9)
    clock.advance(boundary - HOUR - clock.now())
    const before = azure.fleet.tables().policyresources
    clock.advance(30 * MINUTE)
    await stateOfAks('lazy') // a request, and a read of the states
    expect(azure.fleet.tables().policyresources).toBe(before)
    clock.advance(30 * MINUTE)
    expect(azure.fleet.tables().policyresources).not.toBe(before)
  })

  it('does not run when standardEvaluationCycleMs is 0', async () => {
    azure.settings.standardEvaluationCycleMs = 0
    const { assignmentId } = await assignAndConverge('no-cycle')
    await clients.kubernetesConfiguration.fluxConfigurations.beginDeleteAndWait(...AKS, 'no-cycle', {
      updateIntervalInMs: 0
    })
    clock.advance(3 * 24 * HOUR)
    expect(await stateOfAks('no-cycle')).toEqual(['Compliant'])
    expect((await remediate(assignmentId, 'no-cycle-after')).deploymentStatus?.totalDeployments).toBe(0)
  })
})
