// Apply's direct update of Flux configurations over the real @azure/arm-kubernetesconfiguration client against the
// emulator (frozen simulated clock): one PATCH and the operation's status read after ARM's Retry-After (no third
// request), polling again while the operation runs, and per-cluster results when some PATCHes fail (a 500 on one
// cluster, 409 on another whose previous operation still runs); a re-run then updates exactly what is still behind.
import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { configurationExpectations } from '../../../src/audit/configuration-expectation.js'
import type { FluxConfigurationPatch } from '../../../src/apply/configuration-patch.js'
import { updateConfigurations } from '../../../src/apply/update-configurations.js'
import type { AzureClients } from '../../../src/azure/clients.js'
import {
  DEFAULT_POLL_INTERVAL_MS,
  updateFluxConfiguration,
  type UpdateOptions
} from '../../../src/azure/flux-configurations.js'
import { createResourceGraphRunner } from '../../../src/azure/resource-graph.js'
import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { buildDesiredState } from '../../../src/desired/build-desired-state.js'
import { PROD_APPS } from '../../helpers/azure-clients.js'
import { readPolicyRoot } from '../../helpers/policy-root.js'
import { kubernetesConfigurationClients, resourceGraphClient } from '../../helpers/product-clients.js'
import { simulatedSleep } from '../../helpers/virtual-time.js'

const RG = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments/providers/Microsoft.ContainerService/managedClusters`
const CLUSTERS = ['aks-payments-weu-01', 'aks-payments-weu-02', 'aks-payments-neu-01'] as const
const configurationId = (cluster: string) =>
  `${RG}/${cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-apps`
const PAYMENTS_APPS: FluxConfiguration = {
  scope: 'namespace',
  namespace: 'payments',
  sourceKind: 'GitRepository',
  gitRepository: {
    url: 'https://github.com/contoso/payments-gitops',
    repositoryRef: { branch: 'main' },
    syncIntervalInSeconds: 300,
    timeoutInSeconds: 600
  },
  kustomizations: {
    apps: { path: './clusters/prod', prune: true, timeoutInSeconds: 600, syncIntervalInSeconds: 600, force: false }
  }
}

const expectations = (path: string) => {
  const files = readPolicyRoot('examples').map((f) =>
    f.path === 'teams/payments/apps.yaml'
      ? { ...f, text: f.text.replace('path: ./clusters/prod,', `path: ${path},`) }
      : f
  )
  const { model, problems } = validatePolicyFiles(files)
  if (!model) throw new Error(JSON.stringify(problems))
  return configurationExpectations(buildDesiredState(model, { repository: 'contoso/fleet-policies' })).filter(
    (e) => e.expectation.key === 'payments/payments-apps'
  )
}

describe('the direct update of Flux configurations over the real SDK', () => {
  const clock = createSimulatedClock()
  let azure: AzureEmulator
  let clients: AzureClients
  /** Waits on the simulated clock, so the operations move on; `waited` lists what was waited. */
  const { waited, sleep } = simulatedSleep(clock)
  const timing: UpdateOptions = { sleep }
  const flux = () => clients.kubernetesConfiguration(PROD_APPS).fluxConfigurations
  const pathOn = async (cluster: string) =>
    (await flux().get('rg-payments', 'Microsoft.ContainerService', 'managedClusters', cluster, 'payments-apps'))
      .kustomizations?.apps?.path
  const fluxRequests = (from: number) =>
    azure.requests
      .slice(from)
      .filter((r) => /fluxConfigurations/i.test(r.path))
      .map((r) => `${r.method} ${r.route}`)

  beforeAll(async () => {
    azure = await startAzureEmulator({ clock })
    clients = kubernetesConfigurationClients(azure)
    for (const cluster of CLUSTERS)
      await flux().beginCreateOrUpdateAndWait(
        'rg-payments',
        'Microsoft.ContainerService',
        'managedClusters',
        cluster,
        'payments-apps',
        PAYMENTS_APPS,
        { updateIntervalInMs: 0 }
      )
  })
  afterAll(() => azure.stop())
  beforeEach(() => {
    waited.length = 0
    azure.settings.kubernetesConfigurationOperationMs = 0
    azure.faults.clear()
  })

  it("sends the PATCH, waits ARM's Retry-After, then one status read confirms it: two requests", async () => {
    azure.settings.kubernetesConfigurationOperationMs = 3_000
    const from = azure.requests.length
    const { done } = await updateFluxConfiguration(
      clients,
      configurationId(CLUSTERS[0]),
      { kustomizations: { apps: { path: './clusters/one' } } },
      timing
    )
    await done
    expect(waited).toEqual([3_000])
    expect(fluxRequests(from)).toEqual(['PATCH fluxConfigurations.update', 'GET fluxConfigurations.operationStatus'])
    expect(await pathOn(CLUSTERS[0])).toBe('./clusters/one')
  })

  it('reads the status again, after Retry-After each time, while the operation runs', async () => {
    azure.settings.kubernetesConfigurationOperationMs = 4_000
    const halfway: UpdateOptions = { sleep: (ms) => timing.sleep!(ms / 2) }
    const from = azure.requests.length
    const { done } = await updateFluxConfiguration(
      clients,
      configurationId(CLUSTERS[1]),
      { kustomizations: { apps: { path: './clusters/two' } } },
      halfway
    )
    await done
    // The PATCH's Retry-After (4 s), then the SDK's default interval: the status answers carry none.
    expect(waited).toEqual([2_000, DEFAULT_POLL_INTERVAL_MS / 2, DEFAULT_POLL_INTERVAL_MS / 2])
    expect(fluxRequests(from).filter((r) => r.endsWith('operationStatus'))).toHaveLength(3)
    expect(await pathOn(CLUSTERS[1])).toBe('./clusters/two')
  })

  it('reports each cluster: a failed PATCH, one refused while an operation runs; a re-run finishes them', async () => {
    clock.advance(60_000) // Resource Graph sees the configurations and the earlier updates.
    // aks-payments-weu-02 is still busy with an operation (started by someone else) when apply comes.
    azure.settings.kubernetesConfigurationOperationMs = 120_000
    await flux().beginUpdate(
      'rg-payments',
      'Microsoft.ContainerService',
      'managedClusters',
      CLUSTERS[1],
      'payments-apps',
      {
        kustomizations: { apps: { path: './clusters/prod-v2' } }
      }
    )
    azure.settings.kubernetesConfigurationOperationMs = 0
    azure.faults.add({
      method: 'PATCH',
      path: `/managedClusters/${CLUSTERS[2]}/`,
      fault: { kind: 'error', status: 500, code: 'InternalServerError' }
    })
    const graph = createResourceGraphRunner(resourceGraphClient(azure))
    const writes = {
      updateFluxConfiguration: (id: string, patch: FluxConfigurationPatch) =>
        updateFluxConfiguration(clients, id, patch)
    }
    const first = await updateConfigurations(expectations('./clusters/prod-v2'), graph, writes)
    const byCluster = Object.fromEntries(first.outcomes.map((o) => [o.clusterId.split('/').pop(), o]))
    expect(byCluster[CLUSTERS[0]]).toMatchObject({ status: 'updated', fields: ['kustomizations.apps.path'] })
    expect(byCluster[CLUSTERS[1]]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/in progress/) })
    expect(byCluster[CLUSTERS[2]]).toMatchObject({ status: 'failed', reason: expect.any(String) })
    // The demo fleet has one more of these configurations, on an Arc cluster (drifted: prune off).
    expect(byCluster['arc-store-0103']).toMatchObject({ status: 'updated' })
    expect(first.outcomes).toHaveLength(4)
    expect(await pathOn(CLUSTERS[0])).toBe('./clusters/prod-v2')
    expect(await pathOn(CLUSTERS[2])).toBe('./clusters/prod')

    azure.faults.clear()
    clock.advance(180_000) // the other operation ends; Resource Graph catches up.
    const again = await updateConfigurations(expectations('./clusters/prod-v2'), graph, writes)
    expect(again.outcomes.map((o) => [o.clusterId.split('/').pop(), o.status])).toEqual([[CLUSTERS[2], 'updated']])
    for (const cluster of CLUSTERS) expect(await pathOn(cluster)).toBe('./clusters/prod-v2')
  })
})
