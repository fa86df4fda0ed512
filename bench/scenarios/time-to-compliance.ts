// The time-to-compliance scenario: from the merge's apply until every existing in-scope cluster has its Flux
// configuration, in simulated time, with the emulator's Azure-like delays (assignment evaluated 5 min after its
// write, an evaluation takes 3 min, a deployment 2 min, 10 at a time). One source at a resource group, a subscription
// and a management group, 50 existing clusters each (all with the Flux extension). The product runs in-process over
// HTTPS with the real SDK clients; every wait it makes moves the frozen simulated clock instead of real time.
// Baseline: what apply did before (assignment, then an ExistingNonCompliant remediation at once) on the same
// emulator: it reaches no existing cluster within the 24-hour horizon. The daily standard evaluation cycle does not
// change that: its first pass comes 24 h after the first evaluation (past the horizon), and it only marks clusters
// non-compliant; nothing deploys until someone starts another remediation.
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { PolicyClient } from '@azure/arm-policy'
import { PolicyInsightsClient } from '@azure/arm-policyinsights'
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import { createDefaultHttpClient } from '@azure/core-rest-pipeline'
import { ClientSecretCredential } from '@azure/identity'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { fluxExtension } from '../../emulator/fleet/cluster-factory.js'
import { generateFleet } from '../../emulator/fleet/generate-fleet.js'
import { followRemediations } from '../../src/apply/follow-remediations.js'
import { remediationFollowUp } from '../../src/azure/remediation-follow-up.js'
import { azureReads } from '../../src/azure/azure-reads.js'
import { azureWrites } from '../../src/azure/azure-writes.js'
import type { AzureClients } from '../../src/azure/clients.js'
import { applyRoot } from '../../src/commands/apply.js'

const CLUSTERS = 50
const HORIZON_MINUTES = 24 * 60
const CONFIGURATION = 'baseline'
const DEFINITION = '/providers/Microsoft.Authorization/policyDefinitions/83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6'
const CONTRIBUTOR = '/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c'

type ScopeKind = 'resourceGroup' | 'subscription' | 'managementGroup'

/** A fleet where the scope holds exactly 50 clusters, every one with a healthy Flux extension. */
async function world(kind: ScopeKind): Promise<{ azure: AzureEmulator; scope: string; subscriptions: string[] }> {
  const fleet =
    kind === 'managementGroup'
      ? generateFleet({ clusters: CLUSTERS, clustersPerSubscription: 25, clustersPerResourceGroup: 25, seed: 7 })
      : generateFleet({ clusters: 2 * CLUSTERS, clustersPerSubscription: 50, clustersPerResourceGroup: 50, seed: 7 })
  for (const cluster of fleet.clusters) cluster.extensions = [fluxExtension()]
  const first = fleet.resourceGroups[0]!
  const scope =
    kind === 'managementGroup'
      ? '/providers/Microsoft.Management/managementGroups/contoso'
      : kind === 'subscription'
        ? `/subscriptions/${first.subscriptionId}`
        : `/subscriptions/${first.subscriptionId}/resourceGroups/${first.name}`
  const azure = await startAzureEmulator({
    fleet,
    clock: createSimulatedClock({ start: Date.parse('2026-06-01T09:00:00Z') }),
    resourceGraph: { quota: false },
    simulation: { principalTypeAvoidsReplicationDelay: true }
  })
  return { azure, scope, subscriptions: fleet.subscriptions.map((s) => s.subscriptionId) }
}

function clientsFor(azure: AzureEmulator): { clients: AzureClients; resourceGraph: ResourceGraphClient } {
  const credential = new ClientSecretCredential(azure.tenantId, azure.clientId, azure.clientSecret, {
    authorityHost: azure.authorityHost,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: azure.caPem }
  })
  const httpClient = createDefaultHttpClient()
  const options = {
    endpoint: azure.armEndpoint,
    httpClient,
    tlsOptions: { ca: azure.caPem },
    credentialScopes: scopes(azure)
  }
  return {
    clients: {
      cloud: { name: 'emulator', armEndpoint: azure.armEndpoint, authorityHost: azure.authorityHost },
      credential,
      httpClient,
      policy: (sub) => new PolicyClient(credential, sub ?? NO_SUBSCRIPTION, options),
      authorization: (sub) => new AuthorizationManagementClient(credential, sub ?? NO_SUBSCRIPTION, options),
      insights: (sub) => new PolicyInsightsClient(credential, sub ?? NO_SUBSCRIPTION, options),
      kubernetesConfiguration: (sub) => new SourceControlConfigurationClient(credential, sub, options)
    },
    resourceGraph: new ResourceGraphClient(credential, options)
  }
}
const NO_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
const scopes = (azure: AzureEmulator) => [`${azure.armEndpoint}/.default`]

function writeRoot(scope: string, subscriptions: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'fp-bench-ttc-'))
  mkdirSync(join(root, 'teams/platform'), { recursive: true })
  const groups = scope.includes('managementGroups')
    ? `managementGroups:\n  contoso:\n${subscriptions.map((s) => `    - /subscriptions/${s}\n`).join('')}`
    : ''
  writeFileSync(
    join(root, 'flux-policy.yaml'),
    `version: 1\nlocation: westeurope\nteams:\n  platform:\n    scopes:\n      - ${scope}\n    owners: ['@contoso/platform']\n${groups}fluxExtension:\n  assign: false\n`
  )
  writeFileSync(
    join(root, 'teams/platform/baseline.yaml'),
    `team: platform\nsources:\n  - name: ${CONFIGURATION}\n    scope: ${scope}\n    git:\n      url: https://github.com/contoso/platform-baseline\n      branch: main\n    kustomization: { name: baseline, path: ./clusters/prod }\n`
  )
  return root
}

/** Minutes from `start` until the last in-scope cluster got its configuration, and how many did by then. */
function reached(azure: AzureEmulator, scope: string, start: number): { minutes: number; clusters: number } {
  const inScope = azure.fleet.clustersIn(scope)
  const configured = inScope.filter((c) => c.fluxConfigurations.some((f) => f.name.startsWith(CONFIGURATION)))
  const finishedAt = azure.context.remediations
    .all()
    .flatMap((r) => r.deployments.filter((d) => d.status === 'Succeeded').map((d) => d.dueAt))
  const minutes =
    configured.length === inScope.length && configured.length > 0
      ? (Math.max(...finishedAt) - start) / 60_000
      : HORIZON_MINUTES
  return { minutes, clusters: configured.length }
}

async function product(kind: ScopeKind): Promise<{ minutes: number; clusters: number; inScope: number }> {
  const { azure, scope, subscriptions } = await world(kind)
  try {
    const { clients, resourceGraph } = clientsFor(azure)
    const writes = azureWrites(clients)
    const simulated = {
      sleep: async (ms: number) => azure.clock.advance(ms),
      now: () => azure.clock.now()
    }
    const start = azure.clock.now()
    const outcome = await applyRoot(
      writeRoot(scope, subscriptions),
      'contoso/policies',
      { reads: azureReads(clients), writes },
      { allowManyDeletes: false }
    )
    if (outcome.kind !== 'applied' || !outcome.result.succeeded)
      throw new Error(`apply failed: ${JSON.stringify(outcome)}`)
    await followRemediations(
      outcome.result.outcomes,
      remediationFollowUp(clients, resourceGraph, simulated),
      HORIZON_MINUTES * 60_000,
      { appliedAt: start }
    )
    return { ...reached(azure, scope, start), inScope: azure.fleet.clustersIn(scope).length }
  } finally {
    await azure.stop()
  }
}

/** Before: the assignment and its role, then at once an ExistingNonCompliant remediation; then 24 hours pass. */
async function baseline(kind: ScopeKind): Promise<{ minutes: number; clusters: number }> {
  const { azure, scope } = await world(kind)
  try {
    const { clients } = clientsFor(azure)
    const sub = /subscriptions\/([^/]+)/.exec(scope)?.[1]
    const assignment = await clients.policy(sub).policyAssignments.create(scope.slice(1), CONFIGURATION, {
      policyDefinitionId: DEFINITION,
      parameters: {
        configurationName: { value: CONFIGURATION },
        repositoryUrl: { value: 'https://github.com/contoso/platform-baseline' }
      },
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    await clients.authorization(sub).roleAssignments.create(scope, randomUUID(), {
      principalId: assignment.identity!.principalId!,
      roleDefinitionId: CONTRIBUTOR,
      principalType: 'ServicePrincipal'
    })
    const start = azure.clock.now()
    const body = { policyAssignmentId: assignment.id!, resourceDiscoveryMode: 'ExistingNonCompliant' as const }
    const insights = clients.insights(sub).remediations
    if (kind === 'managementGroup') await insights.createOrUpdateAtManagementGroup('contoso', CONFIGURATION, body)
    else if (kind === 'subscription') await insights.createOrUpdateAtSubscription(CONFIGURATION, body)
    else await insights.createOrUpdateAtResourceGroup(scope.split('/').pop()!, CONFIGURATION, body)
    for (let minute = 0; minute < HORIZON_MINUTES; minute += 10) azure.clock.advance(10 * 60_000)
    azure.fleet.tables()
    return reached(azure, scope, start)
  } finally {
    await azure.stop()
  }
}

for (const kind of ['resourceGroup', 'subscription', 'managementGroup'] as const) {
  const after = await product(kind)
  const before = await baseline(kind)
  console.log(
    JSON.stringify({
      scenario: 'time-to-compliance',
      scopeKind: kind,
      clusters: after.inScope,
      simulatedMinutes: Math.round(after.minutes * 10) / 10,
      clustersReached: after.clusters,
      baselineSimulatedMinutes: Math.round(before.minutes * 10) / 10,
      baselineClustersReached: before.clusters,
      targetMinutes: 30,
      withinTarget: after.minutes <= 30
    })
  )
}
