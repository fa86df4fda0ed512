// How long the direct update waits before reading a long-running operation's status: ARM's Retry-After, in seconds
// or as an HTTP date; without one (the Microsoft.KubernetesConfiguration provider sent none in recorded sessions),
// the SDK's default interval.
import { DEFAULT_POLL_INTERVAL_MS, retryAfterMs } from '../../src/azure/flux-configurations.js'

describe('retryAfterMs', () => {
  it('reads whole seconds, zero included', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs('0')).toBe(0)
  })

  it('reads an HTTP date as the time left until then, never negative', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString()
    expect(retryAfterMs(inTenSeconds)).toBeGreaterThan(8_000)
    expect(retryAfterMs(inTenSeconds)).toBeLessThanOrEqual(10_000)
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:00 GMT')).toBe(0)
  })

  it("falls back to the SDK's default interval when the header is missing or unreadable", () => {
    expect(retryAfterMs(undefined)).toBe(DEFAULT_POLL_INTERVAL_MS)
    expect(retryAfterMs(null)).toBe(DEFAULT_POLL_INTERVAL_MS)
    expect(retryAfterMs('soon')).toBe(DEFAULT_POLL_INTERVAL_MS)
    expect(retryAfterMs('-1')).toBe(DEFAULT_POLL_INTERVAL_MS)
  })
})
