import { PolicyClient } from '@azure/arm-policy'
import type { PipelinePolicy } from '@azure/core-rest-pipeline'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { ArmPacer, ARM_BUCKET_LIMITS } from '../../../src/azure/arm-pacer.js'
import { armPacingPolicy } from '../../../src/azure/arm-pacing-policy.js'
import {
  azureClients,
  failureOf,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS,
  PROD_DATA,
  secretCredential
} from '../../helpers/azure-clients.js'

const RG_PAYMENTS = `subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const dine = {
  policyDefinitionId: FLUX_EXTENSION_DEFINITION,
  identity: { type: 'SystemAssigned' as const },
  location: 'westeurope'
}

describe("ARM's token buckets in the emulator, through the real SDK", () => {
  let azure: AzureEmulator
  let now = Date.parse('2026-01-05T10:00:00Z')
  beforeAll(async () => {
    azure = await startAzureEmulator({
      clock: createSimulatedClock(),
      armThrottling: {
        now: () => now,
        limits: { writes: { capacity: 2, refillPerSecond: 1 }, reads: { capacity: 3, refillPerSecond: 1 } }
      }
    })
  })
  afterAll(() => azure.stop())

  it('counts writes per subscription, then answers 429 ResourceRequestsThrottled with Retry-After', async () => {
    const { policy } = azureClients(azure, PROD_APPS)
    const remaining: Array<string | undefined> = []
    const onResponse = (raw: { headers: { get(name: string): string | undefined } }) =>
      remaining.push(raw.headers.get('x-ms-ratelimit-remaining-subscription-writes'))
    await policy.policyAssignments.create(RG_PAYMENTS, 'a-1', dine, { onResponse })
    await policy.policyAssignments.create(RG_PAYMENTS, 'a-2', dine, { onResponse })
    expect(remaining).toEqual(['1', '0'])
    const refused = await failureOf(() => policy.policyAssignments.create(RG_PAYMENTS, 'a-3', dine))
    expect(refused).toMatchObject({ statusCode: 429, code: 'ResourceRequestsThrottled' })
    expect(
      (refused as unknown as { response: { headers: { get(n: string): string } } }).response.headers.get('retry-after')
    ).toBe('1')
    expect(azure.context.assignments.get(`/${RG_PAYMENTS}`, 'a-3')).toBeUndefined()
    const other = await azureClients(azure, PROD_DATA).policy.policyAssignments.create(
      `subscriptions/${PROD_DATA}`,
      'b-1',
      dine
    )
    expect(other.name).toBe('b-1')
    now += 1_000
    await expect(policy.policyAssignments.create(RG_PAYMENTS, 'a-3', dine)).resolves.toMatchObject({ name: 'a-3' })
  })

  it('counts failed calls too, and charges calls outside a subscription to the tenant', async () => {
    const { policy } = azureClients(azure, PROD_APPS)
    const headers: Array<[string | undefined, string | undefined]> = []
    const onResponse = (raw: { headers: { get(name: string): string | undefined } }) =>
      headers.push([
        raw.headers.get('x-ms-ratelimit-remaining-subscription-reads'),
        raw.headers.get('x-ms-ratelimit-remaining-tenant-reads')
      ])
    await failureOf(() => policy.policyAssignments.get(RG_PAYMENTS, 'missing', { onResponse }))
    await policy.policyDefinitions.getBuiltIn(FLUX_EXTENSION_DEFINITION.split('/').pop()!, { onResponse })
    expect(headers).toEqual([
      ['2', undefined],
      [undefined, '2']
    ])
  })
})

describe('the pacing policy in a real SDK pipeline', () => {
  let azure: AzureEmulator
  const limits = { ...ARM_BUCKET_LIMITS, writes: { capacity: 5, refillPerSecond: 20 } }
  // One simulated clock for ARM's buckets and the pacer. It moves only when the pacer waits, and only once every
  // request the pacer let go has been answered (as real time would pass while they travel): what is refused depends
  // on how many requests go when, never on how fast this machine is.
  let now = 0
  const slept: number[] = []
  let inFlight = 0
  const onIdle: Array<() => void> = []
  const countInFlight: PipelinePolicy = {
    name: 'testInFlight',
    async sendRequest(request, next) {
      inFlight++
      try {
        return await next(request)
      } finally {
        if (--inFlight === 0) onIdle.splice(0).forEach((wake) => wake())
      }
    }
  }
  const sleep = async (ms: number) => {
    slept.push(ms)
    if (inFlight > 0) await new Promise<void>((wake) => onIdle.push(wake))
    now += ms
  }
  const pacer = () => new ArmPacer({ limits, reserve: 1, now: () => now, sleep })
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock(), armThrottling: { limits, now: () => now } })
  })
  afterAll(() => azure.stop())
  beforeEach(() => {
    azure.requests.clear()
    slept.length = 0
    now += 60_000 // the buckets are full again
  })

  const client = (pacer?: ArmPacer) =>
    new PolicyClient(secretCredential(azure), PROD_APPS, {
      endpoint: azure.armEndpoint,
      tlsOptions: { ca: azure.caPem },
      retryOptions: { maxRetries: 0 },
      additionalPolicies: pacer
        ? [
            { policy: armPacingPolicy(pacer), position: 'perRetry' as const },
            { policy: countInFlight, position: 'perRetry' as const }
          ]
        : []
    })
  const burst = (policy: PolicyClient, prefix: string) =>
    Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => policy.policyAssignments.create(RG_PAYMENTS, `${prefix}-${i}`, dine))
    )

  it('spaces 20 writes over a 5-write bucket so that none is refused', async () => {
    const started = now
    const settled = await burst(client(pacer()), 'paced')
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([])
    expect(azure.requests.filter((r) => r.status === 429)).toEqual([])
    // 4 go at once (5 less the reserve); the other 16 wait for tokens refilled at 20 a second.
    expect(slept.length).toBeGreaterThan(0)
    expect(now - started).toBeGreaterThanOrEqual((16 / 20) * 1000)
  })

  it('(without it, the same burst is refused)', async () => {
    const settled = await burst(client(), 'unpaced')
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(15)
    expect(azure.requests.filter((r) => r.status === 429)).toHaveLength(15)
  })
})
