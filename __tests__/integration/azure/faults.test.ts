import {
  createSimulatedClock,
  startAzureEmulator,
  type AzureEmulator,
  type FaultRule
} from '../../../emulator/index.js'
import { azureClients, failureOf, PROD_APPS } from '../../helpers/azure-clients.js'

const EXTENSION = 'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
const ROUTE = 'policyDefinitions.get'

describe('fault injection per route, as the real SDK retry policies see it', () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock() })
  })
  afterAll(() => azure.stop())
  beforeEach(() => {
    azure.faults.clear()
    azure.requests.clear()
  })

  const get = (maxRetries: number) =>
    azureClients(azure, PROD_APPS, { maxRetries }).policy.policyDefinitions.getBuiltIn(EXTENSION)
  const statuses = () => azure.requests.forRoute(ROUTE).map((r) => r.status)

  it('latency: the call is slower but succeeds, and the log says so', async () => {
    azure.faults.add({ route: ROUTE, fault: { kind: 'latency', milliseconds: 30 } })
    await expect(get(0)).resolves.toMatchObject({ name: EXTENSION })
    expect(azure.requests.forRoute(ROUTE)).toEqual([expect.objectContaining({ status: 200, fault: 'latency' })])
  })

  it('429 with Retry-After: the SDK waits and retries on its own', async () => {
    azure.faults.add({ route: ROUTE, sequence: [{ kind: 'throttle', retryAfterSeconds: 0 }, 'pass'] })
    await expect(get(3)).resolves.toMatchObject({ name: EXTENSION })
    expect(statuses()).toEqual([429, 200])
  })

  it('429 without Retry-After: the SDK does not retry and throws ResourceRequestsThrottled', async () => {
    azure.faults.add({ route: ROUTE, sequence: [{ kind: 'throttle' }, 'pass'] })
    const error = await failureOf(() => get(3))
    expect(error).toMatchObject({ statusCode: 429, code: 'ResourceRequestsThrottled' })
    expect(statuses()).toEqual([429])
  })

  it('500 then success: retried with backoff', async () => {
    azure.faults.add({ route: ROUTE, sequence: [{ kind: 'error', status: 500 }, 'pass'] })
    await expect(get(2)).resolves.toMatchObject({ name: EXTENSION })
    expect(statuses()).toEqual([500, 200])
  })

  it('a persistent 503: every retry fails, then a RestError with the ARM code', async () => {
    azure.faults.add({ route: ROUTE, fault: { kind: 'error', status: 503 } })
    const error = await failureOf(() => get(2))
    expect(error).toMatchObject({ statusCode: 503, code: 'ServiceUnavailable' })
    expect(statuses()).toEqual([503, 503, 503])
  })

  it('a dropped connection: the transport error is retried', async () => {
    azure.faults.add({ route: ROUTE, sequence: [{ kind: 'drop' }, 'pass'] })
    await expect(get(2)).resolves.toMatchObject({ name: EXTENSION })
    expect(azure.requests.forRoute(ROUTE).map((r) => r.fault ?? r.status)).toEqual(['drop', 200])
  })

  it('a dropped connection with no retries left surfaces as a transport error', async () => {
    azure.faults.add({ route: ROUTE, fault: { kind: 'drop' } })
    const error = await failureOf(() => get(0))
    expect(error.code).toMatch(/ECONNRESET|REQUEST_SEND_ERROR/)
  })

  it('a fraction of requests, decided by the seeded random source: same seed, same pattern', async () => {
    const rule: FaultRule = { route: ROUTE, fraction: 0.5, fault: { kind: 'throttle' } }
    const pattern = async (emulator: AzureEmulator): Promise<number[]> => {
      const client = azureClients(emulator, PROD_APPS).policy
      const results: number[] = []
      for (let i = 0; i < 12; i++)
        results.push(
          await client.policyDefinitions.getBuiltIn(EXTENSION).then(
            () => 200,
            (e: { statusCode: number }) => e.statusCode
          )
        )
      return results
    }
    const other = await startAzureEmulator({ clock: createSimulatedClock(), faults: [rule], faultSeed: 7 })
    const again = await startAzureEmulator({ clock: createSimulatedClock(), faults: [rule], faultSeed: 7 })
    try {
      const first = await pattern(other)
      expect(first.filter((s) => s === 429).length).toBeGreaterThan(0)
      expect(first.filter((s) => s === 200).length).toBeGreaterThan(0)
      expect(await pattern(again)).toEqual(first)
    } finally {
      await other.stop()
      await again.stop()
    }
  })

  it('targets by method and path as well as by route, and leaves other routes alone', async () => {
    azure.faults.add({ method: 'GET', path: /policyAssignments$/, fault: { kind: 'error', status: 500 } })
    const { policy } = azureClients(azure, PROD_APPS)
    const error = await failureOf(async () => {
      for await (const _ of policy.policyAssignments.list()) void _
    })
    expect(error).toMatchObject({ statusCode: 500, code: 'InternalServerError' })
    await expect(get(0)).resolves.toBeDefined()
  })
})
