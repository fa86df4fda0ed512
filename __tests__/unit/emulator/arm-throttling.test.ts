import { AZURE_ARM_LIMITS, createArmThrottling, type ArmCall } from '../../../emulator/arm/arm-throttling.js'
import { TokenBucket } from '../../../emulator/arm/token-bucket.js'

const SUB_A = '11111111-1111-1111-1111-111111111111'
const SUB_B = '22222222-2222-2222-2222-222222222222'

/** A clock the test moves. */
function testClock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

const call = (method: string, path: string, principalId = 'p-1'): ArmCall => ({
  route: 'policyAssignments.create',
  method,
  segments: path.split('/').filter(Boolean),
  principalId,
  tenantId: 't-1'
})
const put = (subscription = SUB_A, principal?: string) =>
  call('PUT', `/subscriptions/${subscription}/providers/Microsoft.Authorization/policyAssignments/a`, principal)

describe('a token bucket', () => {
  it('starts full, refuses past empty, and refills continuously from its clock', () => {
    const clock = testClock()
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 10 }, clock.now)
    expect([1, 2, 3].map(() => bucket.take())).toEqual([
      { allowed: true, remaining: 2, retryAfterMs: 0 },
      { allowed: true, remaining: 1, retryAfterMs: 0 },
      { allowed: true, remaining: 0, retryAfterMs: 0 }
    ])
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 100 })
    clock.advance(40)
    expect(bucket.take()).toEqual({ allowed: false, remaining: 0, retryAfterMs: 60 })
    clock.advance(60)
    expect(bucket.take().allowed).toBe(true)
    clock.advance(60_000)
    expect(bucket.available()).toBe(3)
  })

  it('rejects a limit it cannot honour', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 }, Date.now)).toThrow('capacity')
    expect(() => new TokenBucket({ capacity: 5, refillPerSecond: 0 }, Date.now)).toThrow('refill')
  })
})

describe("ARM's throttling", () => {
  it("uses Azure's buckets by default: 200 writes, then 429 with Retry-After in whole seconds", () => {
    const clock = testClock()
    const throttling = createArmThrottling({ now: clock.now })
    const verdicts = Array.from({ length: AZURE_ARM_LIMITS.writes.capacity }, () => throttling.admit(put()))
    expect(verdicts.every((v) => v.allowed)).toBe(true)
    expect(verdicts[0]!.headers).toEqual({ 'x-ms-ratelimit-remaining-subscription-writes': '199' })
    expect(verdicts.at(-1)!.headers).toEqual({ 'x-ms-ratelimit-remaining-subscription-writes': '0' })
    const refused = throttling.admit(put())
    expect(refused).toMatchObject({
      allowed: false,
      headers: { 'x-ms-ratelimit-remaining-subscription-writes': '0', 'retry-after': '1' }
    })
    expect(refused.message).toMatch(
      /Number of 'write' requests for subscription '11111111-.*' actor 'p-1' exceeded.*try again after '1' seconds/
    )
    clock.advance(100)
    expect(throttling.admit(put()).allowed).toBe(true)
  })

  it('keeps one bucket per subscription, per principal and per operation type', () => {
    const throttling = createArmThrottling({
      now: testClock().now,
      limits: {
        writes: { capacity: 1, refillPerSecond: 1 },
        deletes: { capacity: 1, refillPerSecond: 1 },
        reads: { capacity: 1, refillPerSecond: 1 }
      }
    })
    expect(throttling.admit(put()).allowed).toBe(true)
    expect(throttling.admit(put()).allowed).toBe(false)
    expect(throttling.admit(put(SUB_B)).allowed).toBe(true)
    expect(throttling.admit(put(SUB_A, 'p-2')).allowed).toBe(true)
    const read = throttling.admit(
      call('GET', `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/policyAssignments`)
    )
    expect(read).toEqual({ allowed: true, headers: { 'x-ms-ratelimit-remaining-subscription-reads': '0' } })
    const remove = throttling.admit(
      call('DELETE', `/subscriptions/${SUB_A}/resourceGroups/rg/providers/Microsoft.Authorization/policyAssignments/a`)
    )
    expect(remove).toEqual({ allowed: true, headers: { 'x-ms-ratelimit-remaining-subscription-deletes': '0' } })
  })

  it('charges calls outside any subscription (management groups, built-in definitions) to the tenant', () => {
    const throttling = createArmThrottling({
      now: testClock().now,
      limits: { writes: { capacity: 2, refillPerSecond: 1 } }
    })
    const atGroup = call(
      'PUT',
      '/providers/Microsoft.Management/managementGroups/contoso/providers/Microsoft.Authorization/policyAssignments/a'
    )
    expect(throttling.admit(atGroup).headers).toEqual({ 'x-ms-ratelimit-remaining-tenant-writes': '1' })
    expect(throttling.admit(put()).headers).toEqual({ 'x-ms-ratelimit-remaining-subscription-writes': '1' })
    expect(throttling.admit(atGroup).headers).toEqual({ 'x-ms-ratelimit-remaining-tenant-writes': '0' })
    expect(throttling.admit(atGroup)).toMatchObject({
      allowed: false,
      message: expect.stringContaining("for tenant 't-1'")
    })
  })

  it('leaves Resource Graph to its own quota', () => {
    const throttling = createArmThrottling({
      now: testClock().now,
      limits: { writes: { capacity: 1, refillPerSecond: 1 } }
    })
    const query = { ...call('POST', '/providers/Microsoft.ResourceGraph/resources'), route: 'resourceGraph.resources' }
    expect([1, 2, 3].map(() => throttling.admit(query))).toEqual([1, 2, 3].map(() => ({ allowed: true, headers: {} })))
  })

  it('when off, lets everything through and still reports what is left, per operation type', () => {
    const throttling = createArmThrottling(false)
    expect(throttling.enabled).toBe(false)
    const verdicts = Array.from({ length: 500 }, () => throttling.admit(put()))
    expect(verdicts.every((v) => v.allowed)).toBe(true)
    expect(verdicts[0]!.headers).toEqual({ 'x-ms-ratelimit-remaining-subscription-writes': '1199' })
    expect(throttling.admit(call('GET', '/providers/Microsoft.Authorization/policyDefinitions/x')).headers).toEqual({
      'x-ms-ratelimit-remaining-tenant-reads': '11999'
    })
  })
})
