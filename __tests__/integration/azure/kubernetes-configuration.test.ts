// The clusters' extensions and Flux configurations over ARM, driven by the real @azure/arm-kubernetesconfiguration
// 6.x SDK (and raw calls where a wire detail matters): the REST specs' status codes, long-running-operation headers
// and bodies (emulator/kubernetesconfiguration/), validation as strict as the spec, and Resource Graph seeing the
// writes after its lag.
import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration'
import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { azureClients, failureOf, PROD_APPS, PROD_DATA } from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'
import { resourceGraphClient } from '../../helpers/product-clients.js'

const AKS = ['rg-payments', 'Microsoft.ContainerService', 'managedClusters', 'aks-payments-weu-01'] as const
const ARC = ['rg-payments', 'Microsoft.Kubernetes', 'connectedClusters', 'arc-store-0101'] as const
const RG = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments/providers`
const AKS_ID = `${RG}/Microsoft.ContainerService/managedClusters/aks-payments-weu-01`
const ARC_ID = `${RG}/Microsoft.Kubernetes/connectedClusters/arc-store-0101`
const fluxPath = (clusterId: string, name = '', apiVersion = '2025-04-01') =>
  `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations${name ? `/${name}` : ''}` +
  `?api-version=${apiVersion}`

const SHOP: FluxConfiguration = {
  scope: 'namespace',
  namespace: 'shop',
  sourceKind: 'GitRepository',
  gitRepository: { url: 'https://github.com/contoso/shop-gitops', repositoryRef: { branch: 'main' } },
  kustomizations: { apps: { path: './clusters/prod', prune: true }, infra: { path: './infra' } }
}

describe('Microsoft.KubernetesConfiguration routes with the real SDK', () => {
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => ({ azure, clients } = await startAzureWithClients({ clock: createSimulatedClock() })))
  afterAll(() => azure.stop())
  afterEach(() => {
    azure.settings.kubernetesConfigurationOperationMs = 0
    azure.settings.defaultPageSize = 500
  })

  it('creates, reads, lists, patches only given properties, deletes a configuration (LROs complete)', async () => {
    const flux = clients.kubernetesConfiguration.fluxConfigurations
    const created = await flux.beginCreateOrUpdateAndWait(...AKS, 'shop', SHOP, { updateIntervalInMs: 0 })
    expect(created).toMatchObject({
      name: 'shop',
      type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
      provisioningState: 'Succeeded',
      scope: 'namespace',
      namespace: 'shop',
      gitRepository: {
        url: 'https://github.com/contoso/shop-gitops',
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 600
      },
      kustomizations: {
        apps: { path: './clusters/prod', prune: true, force: false, wait: true, timeoutInSeconds: 600 },
        infra: { path: './infra', prune: false }
      }
    })
    // The SDK sends its own api-version and polled the Azure-AsyncOperation status until it succeeded.
    const create = azure.requests.forRoute('fluxConfigurations.createOrUpdate')
    expect(create.map((r) => [r.status, r.query['api-version']])).toEqual([[201, '2023-05-01']])
    expect(azure.requests.forRoute('fluxConfigurations.operationStatus').length).toBeGreaterThan(0)

    expect((await flux.get(...AKS, 'shop')).kustomizations?.apps?.path).toBe('./clusters/prod')
    const listed: string[] = []
    for await (const c of flux.list(...AKS)) listed.push(c.name ?? '')
    expect(listed).toEqual(['shop'])

    const patched = await flux.beginUpdateAndWait(
      ...AKS,
      'shop',
      { kustomizations: { apps: { path: './clusters/prod-v2' } } },
      { updateIntervalInMs: 0 }
    )
    expect(patched.kustomizations?.apps).toMatchObject({ path: './clusters/prod-v2', prune: true })
    expect(patched.kustomizations?.infra).toMatchObject({ path: './infra' })
    expect(patched.gitRepository?.repositoryRef?.branch).toBe('main')
    expect(azure.requests.forRoute('fluxConfigurations.update').map((r) => r.status)).toEqual([202])

    await flux.beginDeleteAndWait(...AKS, 'shop', { updateIntervalInMs: 0 })
    expect(await failureOf(() => flux.get(...AKS, 'shop'))).toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound'
    })
    await flux.beginDeleteAndWait(...AKS, 'shop', { updateIntervalInMs: 0 })
    expect(azure.requests.forRoute('fluxConfigurations.delete').map((r) => r.status)).toEqual([202, 204])
  })

  it('answers a PATCH that changes nothing with 200 and the body as it is', async () => {
    await clients.kubernetesConfiguration.fluxConfigurations.beginCreateOrUpdateAndWait(...ARC, 'same', SHOP, {
      updateIntervalInMs: 0
    })
    const path = fluxPath(ARC_ID, 'same')
    const response = await armCall(azure, 'PATCH', path, { properties: { suspend: false } })
    expect(response).toMatchObject({ status: 200, body: { properties: { suspend: false } } })
    expect(response.headers['azure-asyncoperation']).toBeUndefined()
    // ARM's token buckets count these calls as for every route (emulator/arm/arm-throttling.ts).
    expect(response.headers['x-ms-ratelimit-remaining-subscription-writes']).toBeDefined()
  })

  it('goes through Creating over simulated time, with a status URL that answers Running until then', async () => {
    azure.settings.kubernetesConfigurationOperationMs = 60_000
    const poller = await clients.kubernetesConfiguration.fluxConfigurations.beginCreateOrUpdate(...AKS, 'slow', SHOP, {
      updateIntervalInMs: 0
    })
    expect(poller.getOperationState().status).toBe('running')
    const raw = await armCall(azure, 'GET', fluxPath(AKS_ID, 'slow'))
    expect(raw.body).toMatchObject({ properties: { provisioningState: 'Creating' } })
    await poller.poll()
    expect(poller.isDone()).toBe(false)
    azure.clock.advance(60_000)
    await poller.poll()
    expect(poller.isDone()).toBe(true)
    expect(poller.getResult()?.provisioningState).toBe('Succeeded')
  })

  it('shows ARM writes in Resource Graph only after resourceGraphLagMs', async () => {
    const graph = resourceGraphClient(azure)
    const query = async () =>
      (
        await graph.resources({
          subscriptions: [PROD_APPS],
          query:
            "kubernetesconfigurationresources | where type =~ 'microsoft.kubernetesconfiguration/fluxconfigurations' " +
            "| where name == 'lagged' | project id, url = tostring(properties.gitRepository.url)"
        })
      ).data as Array<{ id: string; url: string }>
    await clients.kubernetesConfiguration.fluxConfigurations.beginCreateOrUpdateAndWait(...AKS, 'lagged', SHOP, {
      updateIntervalInMs: 0
    })
    expect(await query()).toEqual([])
    azure.clock.advance(azure.settings.resourceGraphLagMs - 1)
    expect(await query()).toEqual([])
    azure.clock.advance(1)
    expect(await query()).toEqual([
      {
        id: `${AKS_ID}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/lagged`,
        url: SHOP.gitRepository?.url
      }
    ])
  })

  it('pages a cluster list with nextLink', async () => {
    azure.settings.defaultPageSize = 1
    const flux = clients.kubernetesConfiguration.fluxConfigurations
    for (const name of ['page-a', 'page-b', 'page-c'])
      await flux.beginCreateOrUpdateAndWait(...ARC, name, SHOP, { updateIntervalInMs: 0 })
    const first = await armCall(azure, 'GET', fluxPath(ARC_ID))
    expect((first.body as { value: unknown[]; nextLink?: string }).nextLink).toContain('skiptoken=')
    const names: string[] = []
    for await (const c of flux.list(...ARC)) names.push(c.name ?? '')
    expect(names.filter((n) => n.startsWith('page-'))).toEqual(['page-a', 'page-b', 'page-c'])
  })

  it('answers 404 ResourceNotFound for a missing cluster, SubscriptionNotFound for a subscription', async () => {
    const missing = await failureOf(() =>
      clients.kubernetesConfiguration.fluxConfigurations.get(
        'rg-payments',
        'Microsoft.Kubernetes',
        'connectedClusters',
        'nope',
        'x'
      )
    )
    expect(missing).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' })
    expect(missing.message).toBe(
      "The Resource 'Microsoft.Kubernetes/connectedClusters/nope' under resource group 'rg-payments' was not found. " +
        'For more details please go to https://aka.ms/ARMResourceNotFoundFix'
    )
    // An AKS cluster's name under the Arc provider is not that cluster.
    expect(
      await armCall(
        azure,
        'GET',
        fluxPath(AKS_ID.replace('Microsoft.ContainerService/managedClusters', 'Microsoft.Kubernetes/connectedClusters'))
      )
    ).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } })
    const otherSubscription = AKS_ID.replace(PROD_APPS, '99999999-9999-9999-9999-999999999999')
    expect(await armCall(azure, 'GET', fluxPath(otherSubscription))).toMatchObject({
      status: 404,
      body: { error: { code: 'SubscriptionNotFound' } }
    })
  })

  it('accepts the stable api-versions up to 2025-04-01 and refuses a preview one', async () => {
    expect((await armCall(azure, 'GET', fluxPath(AKS_ID, '', '2025-04-01'))).status).toBe(200)
    expect((await armCall(azure, 'GET', fluxPath(AKS_ID, '', '2022-03-01'))).status).toBe(200)
    expect(await armCall(azure, 'GET', fluxPath(AKS_ID, '', '2024-04-01-preview'))).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidApiVersionParameter' } }
    })
    const extensions = `${AKS_ID}/providers/Microsoft.KubernetesConfiguration/extensions`
    expect((await armCall(azure, 'GET', `${extensions}?api-version=2025-03-01`)).status).toBe(200)
    expect((await armCall(azure, 'GET', `${extensions}?api-version=2025-04-01`)).status).toBe(400)
  })

  it.each([
    [
      'an unknown scope',
      { properties: { ...SHOP, scope: 'tenant' } },
      'InvalidRequestContent',
      "'body.properties.scope'"
    ],
    [
      'a string interval',
      { properties: { ...SHOP, kustomizations: { a: { syncIntervalInSeconds: '60' } } } },
      'InvalidRequestContent',
      'syncIntervalInSeconds'
    ],
    [
      'an unknown property',
      { properties: { ...SHOP, gitRepo: {} } },
      'InvalidRequestContent',
      "'body.properties.gitRepo'"
    ],
    [
      'a source kind without its source',
      { properties: { sourceKind: 'Bucket', gitRepository: SHOP.gitRepository } },
      'ValidationFailed',
      'Invalid source kind match'
    ],
    ['an upper-case namespace', { properties: { ...SHOP, namespace: 'Shop' } }, 'InvalidRequestContent', 'namespace']
  ])('refuses a PUT with %s', async (_what, body, code, inMessage) => {
    const response = await armCall(azure, 'PUT', fluxPath(AKS_ID, 'bad'), body)
    expect(response).toMatchObject({ status: 400, body: { error: { code } } })
    expect((response.body as { error: { message: string } }).error.message).toContain(inMessage)
    expect((await armCall(azure, 'GET', fluxPath(AKS_ID, 'bad'))).status).toBe(404)
  })

  it('refuses to PATCH a create-only property and to change one with a PUT', async () => {
    await clients.kubernetesConfiguration.fluxConfigurations.beginCreateOrUpdateAndWait(...AKS, 'fixed', SHOP, {
      updateIntervalInMs: 0
    })
    expect(
      await armCall(azure, 'PATCH', fluxPath(AKS_ID, 'fixed'), { properties: { namespace: 'other' } })
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidRequestContent' } }
    })
    expect(
      await armCall(azure, 'PUT', fluxPath(AKS_ID, 'fixed'), { properties: { ...SHOP, namespace: 'other' } })
    ).toMatchObject({ status: 400, body: { error: { code: 'ValidationFailed' } } })
  })

  it('refuses a Flux configuration on a cluster without the Flux extension', async () => {
    const prodData = azureClients(azure, PROD_DATA).kubernetesConfiguration
    const response = await failureOf(() =>
      prodData.fluxConfigurations.beginCreateOrUpdateAndWait(
        'rg-ml',
        'Microsoft.ContainerService',
        'managedClusters',
        'aks-ml-cpu-01',
        'shop',
        SHOP
      )
    )
    expect(response).toMatchObject({ statusCode: 400, code: 'ValidationFailed' })
  })

  it('installs, patches and removes an extension', async () => {
    const extensions = azureClients(azure, PROD_DATA).kubernetesConfiguration.extensions
    const cluster = ['rg-ml', 'Microsoft.ContainerService', 'managedClusters', 'aks-ml-cpu-01'] as const
    const installed = await extensions.beginCreateAndWait(
      ...cluster,
      'flux',
      {
        extensionType: 'microsoft.flux',
        autoUpgradeMinorVersion: true,
        configurationSettings: { 'multiTenancy.enforce': 'false' }
      },
      { updateIntervalInMs: 0 }
    )
    expect(installed).toMatchObject({
      extensionType: 'microsoft.flux',
      provisioningState: 'Succeeded',
      releaseTrain: 'Stable',
      scope: { cluster: { releaseNamespace: 'flux-system' } }
    })
    const patched = await extensions.beginUpdateAndWait(
      ...cluster,
      'flux',
      { configurationSettings: { 'helm-controller.enabled': 'true' } },
      { updateIntervalInMs: 0 }
    )
    expect(patched.configurationSettings).toEqual({
      'multiTenancy.enforce': 'false',
      'helm-controller.enabled': 'true'
    })
    expect(
      await failureOf(() =>
        extensions.beginUpdateAndWait(...cluster, 'flux', { version: '1.2.3' }, { updateIntervalInMs: 0 })
      )
    ).toMatchObject({ statusCode: 400, code: 'ValidationFailed' })
    await extensions.beginDeleteAndWait(...cluster, 'flux', { updateIntervalInMs: 0 })
    expect(await failureOf(() => extensions.get(...cluster, 'flux'))).toMatchObject({
      statusCode: 404,
      message: "Extension instance with name 'flux' not found."
    })
  })

  it('serves the recorded alias list of Microsoft.KubernetesConfiguration', async () => {
    const provider = await armCall(
      azure,
      'GET',
      `/subscriptions/${PROD_APPS}/providers/Microsoft.KubernetesConfiguration` +
        '?api-version=2021-04-01&$expand=resourceTypes/aliases'
    )
    const types = (
      provider.body as {
        resourceTypes: Array<{ resourceType: string; aliases: Array<{ name: string; defaultPath: string }> }>
      }
    ).resourceTypes
    const flux = types.find((t) => t.resourceType === 'fluxConfigurations')
    expect(flux?.aliases).toContainEqual({
      name: 'Microsoft.KubernetesConfiguration/fluxConfigurations/gitRepository.url',
      paths: [],
      type: 'NotSpecified',
      defaultPath: 'properties.gitRepository.url'
    })
    const tenant = await armCall(azure, 'GET', '/providers/Microsoft.KubernetesConfiguration?api-version=2021-04-01')
    expect(tenant.status).toBe(200)
    expect((tenant.body as { resourceTypes: Array<{ aliases?: unknown }> }).resourceTypes[0]?.aliases).toBeUndefined()
  })
})
