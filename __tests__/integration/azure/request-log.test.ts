import { Agent, get } from 'node:https'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { azureClients, PROD_APPS } from '../../helpers/azure-clients.js'

const EXTENSION = 'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
const ROUTE = 'policyDefinitions.get'

describe("the emulator's request log", () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock() })
  })
  afterAll(() => azure.stop())

  it('says which TLS connection each request came on: kept-alive requests share one, a new client opens another', async () => {
    const { policy } = azureClients(azure, PROD_APPS)
    await policy.policyDefinitions.getBuiltIn(EXTENSION)
    await policy.policyDefinitions.getBuiltIn(EXTENSION)
    const agent = new Agent({ ca: azure.caPem, keepAlive: false })
    const url = `${azure.armEndpoint}/providers/Microsoft.Authorization/policyDefinitions/${EXTENSION}?api-version=2023-04-01`
    await new Promise<void>((resolve, reject) =>
      get(url, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject)
    )
    const [first, second, third] = azure.requests.forRoute(ROUTE).map((r) => r.connection)
    expect(first).toEqual(expect.any(Number))
    expect(second).toBe(first)
    expect(third).toBeGreaterThan(first!)
  })
})
