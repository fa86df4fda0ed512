// Removing an orphaned Flux configuration over the real @azure/arm-kubernetesconfiguration client against the
// emulator (frozen simulated clock): prune off with one PATCH confirmed by one status read after ARM's Retry-After
// (the direct update's path, no SDK poll-then-GET), then the SDK's DELETE; per cluster the same few requests. A
// prune-off that is refused, or whose operation cannot be confirmed, stops before any DELETE, so no workload is
// pruned.
import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import type { AzureClients } from '../../../src/azure/clients.js'
import { removeFluxConfiguration } from '../../../src/azure/flux-configuration-writes.js'
import type { UpdateOptions } from '../../../src/azure/flux-configurations.js'
import { failureOf, PROD_APPS } from '../../helpers/azure-clients.js'
import { kubernetesConfigurationClients } from '../../helpers/product-clients.js'
import { simulatedSleep } from '../../helpers/virtual-time.js'

const RG = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments/providers/Microsoft.ContainerService/managedClusters`
const CLUSTERS = ['aks-payments-weu-01', 'aks-payments-weu-02', 'aks-payments-neu-01'] as const
const NAME = 'orphaned-apps'
const configurationId = (cluster: string) =>
  `${RG}/${cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${NAME}`
const ORPHAN: FluxConfiguration = {
  scope: 'namespace',
  namespace: 'payments',
  sourceKind: 'GitRepository',
  gitRepository: { url: 'https://github.com/contoso/payments-gitops', repositoryRef: { branch: 'main' } },
  kustomizations: {
    apps: { path: './clusters/prod', prune: true },
    infra: { path: './infra', prune: false },
    crds: { path: './crds', prune: true }
  }
}

describe('removing an orphaned Flux configuration over the real SDK', () => {
  const clock = createSimulatedClock()
  let azure: AzureEmulator
  let clients: AzureClients
  /** Waits on the simulated clock, so the operations move on; `waited` lists what was waited. */
  const { waited, sleep } = simulatedSleep(clock)
  const timing: UpdateOptions = { sleep }
  const flux = () => clients.kubernetesConfiguration(PROD_APPS).fluxConfigurations
  const create = (cluster: string) =>
    flux().beginCreateOrUpdateAndWait(
      'rg-payments',
      'Microsoft.ContainerService',
      'managedClusters',
      cluster,
      NAME,
      ORPHAN,
      {
        updateIntervalInMs: 0
      }
    )
  const read = (cluster: string) =>
    flux().get('rg-payments', 'Microsoft.ContainerService', 'managedClusters', cluster, NAME)
  /** The Flux configuration requests made for one cluster since `from`, in order. */
  const requestsOn = (cluster: string, from: number) =>
    azure.requests
      .slice(from)
      .filter((r) => r.path.includes(`/managedClusters/${cluster}/`) && /fluxConfigurations/i.test(r.path))
      .map((r) => `${r.method} ${r.route} ${r.status}`)

  beforeAll(async () => {
    azure = await startAzureEmulator({ clock })
    clients = kubernetesConfigurationClients(azure)
  })
  afterAll(() => azure.stop())
  beforeEach(async () => {
    waited.length = 0
    azure.faults.clear()
    azure.settings.kubernetesConfigurationOperationMs = 0
    for (const cluster of CLUSTERS) await create(cluster)
  })

  it('turns prune off with one PATCH and one status read, then deletes: the same requests on every cluster', async () => {
    const from = azure.requests.length
    // What each configuration's kustomizations prune when its DELETE arrives (the emulator's state at that moment).
    const pruningAtDelete: string[][] = []
    const stop = azure.requests.onRecord((r) => {
      if (r.route !== 'fluxConfigurations.delete') return
      const cluster = azure.fleet.findCluster(r.path.split('/providers/Microsoft.KubernetesConfiguration/')[0]!)
      const configuration = cluster?.fluxConfigurations.find((f) => f.name === NAME)
      const kustomizations = Object.entries(configuration?.kustomizations ?? {})
      pruningAtDelete.push(kustomizations.filter(([, k]) => k.prune).map(([key]) => key))
    })
    await Promise.all(CLUSTERS.map((c) => removeFluxConfiguration(clients, configurationId(c), timing)))
    stop()
    expect(pruningAtDelete).toEqual([[], [], []])
    for (const cluster of CLUSTERS) {
      expect(requestsOn(cluster, from)).toEqual([
        'GET fluxConfigurations.get 200',
        'PATCH fluxConfigurations.update 202',
        'GET fluxConfigurations.operationStatus 200',
        'DELETE fluxConfigurations.delete 202',
        'GET fluxConfigurations.operationStatus 200'
      ])
      expect((await failureOf(() => read(cluster))).statusCode).toBe(404)
    }
    // The operations finish at once here (ARM's Retry-After: 0); waiting out a longer one is the direct update's
    // (flux-configuration-update.test.ts).
    expect(waited).toEqual([])
  })

  it('sends no PATCH when no kustomization prunes, and counts a configuration already gone as removed', async () => {
    await flux().beginUpdateAndWait(
      'rg-payments',
      'Microsoft.ContainerService',
      'managedClusters',
      CLUSTERS[0],
      NAME,
      {
        kustomizations: { apps: { prune: false }, crds: { prune: false } }
      },
      { updateIntervalInMs: 0 }
    )
    const from = azure.requests.length
    await removeFluxConfiguration(clients, configurationId(CLUSTERS[0]), timing)
    await removeFluxConfiguration(clients, configurationId(CLUSTERS[0]), timing)
    expect(requestsOn(CLUSTERS[0], from)).toEqual([
      'GET fluxConfigurations.get 200',
      'DELETE fluxConfigurations.delete 202',
      'GET fluxConfigurations.operationStatus 200',
      'GET fluxConfigurations.get 404'
    ])
  })

  it('deletes nothing when the prune-off PATCH is refused (an operation still runs): the workloads stay', async () => {
    azure.settings.kubernetesConfigurationOperationMs = 120_000
    await flux().beginUpdate('rg-payments', 'Microsoft.ContainerService', 'managedClusters', CLUSTERS[1], NAME, {
      kustomizations: { apps: { path: './clusters/prod-v2' } }
    })
    const from = azure.requests.length
    const error = await failureOf(() => removeFluxConfiguration(clients, configurationId(CLUSTERS[1]), timing))
    expect(error).toMatchObject({ statusCode: 409, code: 'Conflict' })
    expect(requestsOn(CLUSTERS[1], from)).toEqual([
      'GET fluxConfigurations.get 200',
      'PATCH fluxConfigurations.update 409'
    ])
    clock.advance(120_000)
    expect((await read(CLUSTERS[1])).kustomizations?.apps?.prune).toBe(true)
  })

  it('deletes nothing when the prune-off operation cannot be confirmed', async () => {
    azure.faults.add({
      route: 'fluxConfigurations.operationStatus',
      path: `/managedClusters/${CLUSTERS[2]}/`,
      fault: { kind: 'error', status: 500 }
    })
    const from = azure.requests.length
    await expect(removeFluxConfiguration(clients, configurationId(CLUSTERS[2]), timing)).rejects.toThrow()
    expect(requestsOn(CLUSTERS[2], from)).toEqual([
      'GET fluxConfigurations.get 200',
      'PATCH fluxConfigurations.update 202',
      'GET fluxConfigurations.operationStatus 500'
    ])
    expect(await read(CLUSTERS[2])).toMatchObject({ provisioningState: 'Succeeded' })
  })
})
