import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { failureOf, PROD_APPS, PROD_DATA, secretCredential } from '../../helpers/azure-clients.js'

describe("Resource Graph served over the emulator's fleet, through @azure/arm-resourcegraph 5", () => {
  const clock = createSimulatedClock()
  let azure: AzureEmulator
  let client: ResourceGraphClient
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock, resourceGraph: { quota: { limit: 4, windowMs: 5_000 } } })
    client = new ResourceGraphClient(secretCredential(azure), {
      endpoint: azure.armEndpoint,
      tlsOptions: { ca: azure.caPem },
      retryOptions: { maxRetries: 0 }
    })
  })
  afterAll(() => azure.stop())

  it('answers a query over the demo fleet, scoped by subscription or management group, with quota headers', async () => {
    let remaining: string | undefined
    const arc = await client.resources(
      {
        query: "resources | where type =~ 'Microsoft.Kubernetes/connectedClusters' | project id, name",
        subscriptions: [PROD_DATA]
      },
      {
        onResponse: (raw) => {
          remaining = raw.headers.get('x-ms-user-quota-remaining')
        }
      }
    )
    expect(arc.data).toHaveLength(
      azure.fleet.clusters.filter((c) => c.kind === 'connectedCluster' && c.subscriptionId === PROD_DATA).length
    )
    expect(arc.resultTruncated).toBe('false')
    expect(remaining).toBe('3')
    const prod = await client.resources({ query: 'resources | project id', managementGroups: ['contoso-prod'] })
    expect(prod.totalRecords).toBe(
      azure.fleet.clusters.filter((c) => c.subscriptionId === PROD_APPS || c.subscriptionId === PROD_DATA).length
    )
  })

  it('throttles past the quota with 429 RateLimiting, and refills when simulated time passes the window', async () => {
    await client.resources({ query: 'resources | project id' })
    await client.resources({ query: 'resources | project id' })
    const throttled = await failureOf(() => client.resources({ query: 'resources | project id' }))
    expect(throttled).toMatchObject({ statusCode: 429, code: 'RateLimiting' })
    clock.advance(5_000)
    await expect(client.resources({ query: 'resources | project id' })).resolves.toMatchObject({
      count: azure.fleet.clusters.length
    })
  })
})
