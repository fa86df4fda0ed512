import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { assignPublicGit, azureClients, failureOf, PROD_APPS } from '../../helpers/azure-clients.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from '../../helpers/principal-type.js'

const MINUTE = 60_000
const RG_PAYMENTS = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const PROD_GROUP = '/providers/Microsoft.Management/managementGroups/contoso-prod'

/**
 * Policy evaluation over simulated time, with the default delays (assignment evaluated 5 min after its write, an
 * evaluation takes 3 min, a deployment 2 min). Sources are cited next to each behaviour in the test names' comments.
 */
describe('policy evaluation: states are unknown until an evaluation completes', () => {
  const clock = createSimulatedClock({ start: Date.parse('2026-03-01T08:00:00Z') })
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => {
    // Role propagation (the permissions tests cover it) is off: these tests are about evaluation timing.
    azure = await startAzureEmulator({
      clock,
      simulation: { ...PRINCIPAL_TYPE_SKIPS_REPLICATION, roleAssignmentPropagationDelayMs: 0 }
    })
    clients = azureClients(azure, PROD_APPS)
  })
  afterAll(() => azure.stop())

  const assign = (scope: string, name: string) => assignPublicGit(clients, scope, name)
  const rowsOf = (name: string) =>
    azure.fleet
      .tables()
      .policyresources.filter((r) => (r.properties as { policyAssignmentName: string }).policyAssignmentName === name)
  const configured = (name: string) =>
    azure.fleet.clusters.filter((c) => c.fluxConfigurations.some((f) => f.name === name)).length

  it('ExistingNonCompliant right after the assignment deploys to nothing; after the evaluation it reaches every cluster', async () => {
    // Microsoft Learn, "Get compliance data of Azure resources" → Evaluation triggers: a new assignment is applied
    // after about 5 minutes and then evaluated. Remediations with ExistingNonCompliant only remediate resources already
    // known to be non-compliant (hashicorp/terraform-provider-azurerm#24715, Azure/Azure-Landing-Zones#1100).
    const assignment = await assign(RG_PAYMENTS, 'early')
    const inScope = azure.fleet.clustersIn(RG_PAYMENTS).length
    expect(rowsOf('early')).toEqual([])
    const early = await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-payments', 'early-1', {
      policyAssignmentId: assignment.id,
      resourceDiscoveryMode: 'ExistingNonCompliant'
    })
    expect(early.deploymentStatus?.totalDeployments).toBe(0)
    clock.advance(10_000)
    expect((await clients.insights.remediations.getAtResourceGroup('rg-payments', 'early-1')).provisioningState).toBe(
      'Succeeded'
    )
    expect(configured('early')).toBe(0)

    clock.advance(7 * MINUTE) // 7 min 10 s after the write: evaluation started at 5 min, not done before 8 min
    expect(rowsOf('early')).toEqual([])
    clock.advance(MINUTE)
    expect(rowsOf('early')).toHaveLength(inScope)
    const late = await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-payments', 'early-2', {
      policyAssignmentId: assignment.id
    })
    expect(late.deploymentStatus?.totalDeployments).toBe(inScope)
    clock.advance(10 * MINUTE)
    expect(configured('early')).toBe(inScope)
  })

  it('ReEvaluateCompliance evaluates first (Evaluating for 3 min), then deploys', async () => {
    // REST "Remediations - Create At Resource Group": resourceDiscoveryMode ReEvaluateCompliance re-evaluates the
    // compliance state of resources and then remediates those found non-compliant.
    const scope = `/subscriptions/${PROD_APPS}/resourceGroups/rg-shared`
    const assignment = await assign(scope, 'reeval')
    const created = await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-shared', 'reeval', {
      policyAssignmentId: assignment.id,
      resourceDiscoveryMode: 'ReEvaluateCompliance'
    })
    expect(created).toMatchObject({ provisioningState: 'Evaluating', deploymentStatus: { totalDeployments: 0 } })
    clock.advance(2 * MINUTE)
    expect((await clients.insights.remediations.getAtResourceGroup('rg-shared', 'reeval')).provisioningState).toBe(
      'Evaluating'
    )
    clock.advance(MINUTE + 5_000 + 2 * MINUTE)
    const done = await clients.insights.remediations.getAtResourceGroup('rg-shared', 'reeval')
    const inScope = azure.fleet.clustersIn(scope).length
    expect(done).toMatchObject({
      provisioningState: 'Succeeded',
      deploymentStatus: { totalDeployments: inScope, successfulDeployments: inScope }
    })
    expect(configured('reeval')).toBe(inScope)
  })

  it('refuses ReEvaluateCompliance at a management group with 400 InvalidCreateRemediationRequest', async () => {
    // Azure/azure-powershell PolicyInsights remediation tests and Start-AzPolicyRemediation's docs: re-evaluating
    // compliance before remediation is only supported at subscription scope and below.
    const assignment = await assign(PROD_GROUP, 'mg-reeval')
    const failure = await failureOf(() =>
      clients.insights.remediations.createOrUpdateAtManagementGroup('contoso-prod', 'mg-reeval', {
        policyAssignmentId: assignment.id,
        resourceDiscoveryMode: 'ReEvaluateCompliance'
      })
    )
    expect(failure).toMatchObject({ statusCode: 400, code: 'InvalidCreateRemediationRequest' })
    expect(failure.message).toBe(
      'Evaluating compliance before remediation is only supported for remediations at subscription scope and below.'
    )
  })

  it('triggerEvaluation at a subscription: 202 + Location until done, then the states are known everywhere', async () => {
    // REST "Policy States - Trigger Subscription Evaluation" (202, Location, final state via the Location) and
    // Microsoft Learn "Get compliance data of Azure resources" → On-demand evaluation scan.
    const assignment = await assign(PROD_GROUP, 'scanned')
    expect(rowsOf('scanned')).toEqual([])
    const poller = await clients.insights.policyStates.beginTriggerSubscriptionEvaluation(PROD_APPS)
    expect(poller.isDone()).toBe(false)
    clock.advance(2 * MINUTE)
    await poller.poll()
    expect(poller.isDone()).toBe(false)
    clock.advance(MINUTE)
    await poller.poll()
    expect(poller.isDone()).toBe(true)
    const inSubscription = azure.fleet.clustersIn(`/subscriptions/${PROD_APPS}`).length
    expect(rowsOf('scanned')).toHaveLength(inSubscription)

    const states = []
    for await (const s of clients.insights.policyStates.listQueryResultsForSubscriptionLevelPolicyAssignment(
      'latest',
      PROD_APPS,
      'scanned'
    ))
      states.push(s)
    expect(states).toHaveLength(0) // a management-group assignment is not under /subscriptions/…/policyAssignments
    const atGroup = []
    for await (const s of clients.insights.policyStates.listQueryResultsForManagementGroup('latest', 'contoso-prod', {
      queryOptions: { filter: `policyAssignmentName eq 'scanned'` }
    }))
      atGroup.push(s)
    expect(atGroup).toHaveLength(inSubscription)
    expect(atGroup[0]).toMatchObject({
      policyAssignmentId: assignment.id,
      complianceState: 'NonCompliant',
      isCompliant: false,
      timestamp: expect.any(Date)
    })
    const atGroupRg = []
    for await (const s of clients.insights.policyStates.listQueryResultsForResourceGroup(
      'latest',
      PROD_APPS,
      'rg-payments',
      {
        queryOptions: { filter: `policyAssignmentName eq 'scanned'` }
      }
    ))
      atGroupRg.push(s)
    expect(atGroupRg).toHaveLength(azure.fleet.clustersIn(RG_PAYMENTS).length)
    const atSubscription = []
    for await (const s of clients.insights.policyStates.listQueryResultsForSubscription('latest', PROD_APPS, {
      queryOptions: { filter: `policyAssignmentName eq 'scanned' and complianceState eq 'NonCompliant'` }
    }))
      atSubscription.push(s)
    expect(atSubscription).toHaveLength(inSubscription)
  })

  it('answers the Location 202 with Retry-After under api-version 2019-10-01 too, and has no triggerEvaluation at a management group', async () => {
    const path = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments/providers/Microsoft.PolicyInsights/policyStates/latest/triggerEvaluation?api-version=2019-10-01`
    const started = await armCall(azure, 'POST', path)
    expect(started.status).toBe(202)
    expect(started.headers['retry-after']).toBe('10')
    const location = new URL(String(started.headers.location))
    expect(location.pathname).toMatch(
      /^\/subscriptions\/[^/]+\/providers\/Microsoft\.PolicyInsights\/asyncOperationResults\/\w+$/
    )
    expect((await armCall(azure, 'GET', `${location.pathname}${location.search}`)).status).toBe(202)
    clock.advance(3 * MINUTE)
    const done = await armCall(azure, 'GET', `${location.pathname}${location.search}`)
    expect(done).toMatchObject({ status: 200, body: { status: 'Succeeded' } })

    const atGroup = await armCall(
      azure,
      'POST',
      `${PROD_GROUP}/providers/Microsoft.PolicyInsights/policyStates/latest/triggerEvaluation?api-version=2019-10-01`
    )
    expect(atGroup.status).toBe(404)
  })

  it('gives a scope one operation: a trigger while its scan runs gets the same Location and starts nothing new', async () => {
    // Microsoft Learn, "Get compliance data of Azure resources" → On-demand evaluation scan - REST: the GUID "is
    // statically generated for the scope requested. If a scope is already running an on-demand scan, a new scan
    // isn't started. Instead, the new request is provided the same {ResourceContainerGUID} location URI for status."
    const path = `/subscriptions/${PROD_APPS}/resourceGroups/rg-shared/providers/Microsoft.PolicyInsights/policyStates/latest/triggerEvaluation?api-version=2024-10-01`
    const first = await armCall(azure, 'POST', path)
    clock.advance(2 * MINUTE)
    const second = await armCall(azure, 'POST', path)
    expect(second.headers.location).toBe(first.headers.location)
    const location = new URL(String(first.headers.location))
    clock.advance(MINUTE) // 3 min after the first trigger: done, although the second came 1 min ago
    expect(await armCall(azure, 'GET', `${location.pathname}${location.search}`)).toMatchObject({ status: 200 })
    const other = await armCall(azure, 'POST', path.replace('rg-shared', 'rg-payments'))
    expect(other.headers.location).not.toBe(first.headers.location)
    const again = await armCall(azure, 'POST', path) // the last scan is done: a new one, at the same Location
    expect(again.headers.location).toBe(first.headers.location)
    expect((await armCall(azure, 'GET', `${location.pathname}${location.search}`)).status).toBe(202)
  })

  it('stamps each state with when its evaluation completed, not when it is read (queryResults and Resource Graph)', async () => {
    // REST spec PolicyState (arm-policyinsights 6): `timestamp` is the "Timestamp for the policy state record"; the
    // record is written by an evaluation, and $from/$to select states by it ("In a given time range, 'latest'
    // represents the latest policy state(s)", Policy States - List Query Results For Resource Group).
    clock.advance(10 * MINUTE) // scans the tests before started are done
    const written = clock.now()
    await assign(RG_PAYMENTS, 'stamped')
    const evaluated = new Date(written + 8 * MINUTE) // applied after 5 min, evaluated in 3
    const inScope = azure.fleet.clustersIn(RG_PAYMENTS).length
    const read = async () => {
      const states = []
      for await (const s of clients.insights.policyStates.listQueryResultsForResourceGroupLevelPolicyAssignment(
        'latest',
        PROD_APPS,
        'rg-payments',
        'stamped'
      ))
        states.push(s)
      const rows = rowsOf('stamped').map((r) => (r.properties as { timestamp: string }).timestamp)
      return { timestamps: states.map((s) => s.timestamp?.toISOString()), rows }
    }
    clock.advance(9 * MINUTE)
    const first = await read()
    expect(first.timestamps).toEqual(Array(inScope).fill(evaluated.toISOString()))
    expect(first.rows).toEqual(Array(inScope).fill(evaluated.toISOString()))
    clock.advance(2 * 60 * MINUTE) // read two hours later: no evaluation since, the same records
    expect(await read()).toEqual(first)

    const poller = await clients.insights.policyStates.beginTriggerResourceGroupEvaluation(PROD_APPS, 'rg-payments')
    const scanned = new Date(clock.now() + 3 * MINUTE)
    clock.advance(5 * MINUTE)
    await poller.poll()
    expect(poller.isDone()).toBe(true)
    const again = await read()
    expect(again.timestamps).toEqual(Array(inScope).fill(scanned.toISOString()))
    expect(again.rows).toEqual(Array(inScope).fill(scanned.toISOString()))
  })
})
