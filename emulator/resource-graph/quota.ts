/**
 * Resource Graph's per-user quota: `limit` requests per `windowMs` (15 per 5 s by default). The bucket refills
 * completely when its window ends; a window starts with the first request after the previous one ended. Every
 * answer reports what is left (`x-ms-user-quota-remaining`) and when it refills (`x-ms-user-quota-resets-after`,
 * hh:mm:ss); past the quota the answer is 429 `RateLimiting`, with `Retry-After` only when configured (whether
 * Azure sends it is unconfirmed, and without it the SDK does not retry — the product must back off itself).
 * Time comes from an injected clock, so tests move it instead of sleeping.
 */
export interface ResourceGraphQuotaOptions {
  /** Requests per window (default 15). */
  limit?: number
  /** Window length in ms (default 5000). */
  windowMs?: number
  /** Clock in epoch ms (default `Date.now`). */
  now?: () => number
  /** Send `Retry-After` (seconds) with a 429 (default false). */
  retryAfter?: boolean
}

export interface QuotaDecision {
  allowed: boolean
  /** Requests left in the window after this one. */
  remaining: number
  /** Milliseconds until the window refills. */
  resetsAfterMs: number
}

export interface ResourceGraphQuota {
  /** Spends one request (when any is left) and says what remains. */
  take(): QuotaDecision
  readonly retryAfter: boolean
}

export function createResourceGraphQuota(options: ResourceGraphQuotaOptions = {}): ResourceGraphQuota {
  const limit = options.limit ?? 15
  const windowMs = options.windowMs ?? 5000
  const now = options.now ?? Date.now
  if (!(limit >= 0) || !(windowMs > 0))
    throw new Error(`invalid Resource Graph quota: ${limit} requests per ${windowMs} ms`)
  let windowStart: number | undefined
  let used = 0
  return {
    retryAfter: options.retryAfter ?? false,
    take() {
      const t = now()
      if (windowStart === undefined || t >= windowStart + windowMs) {
        windowStart = t
        used = 0
      }
      const resetsAfterMs = windowStart + windowMs - t
      if (used >= limit) return { allowed: false, remaining: 0, resetsAfterMs }
      used++
      return { allowed: true, remaining: limit - used, resetsAfterMs }
    }
  }
}

/** `hh:mm:ss`, rounded up to the second. */
export function formatResetsAfter(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`
}

export function quotaHeaders(decision: QuotaDecision): Record<string, string> {
  return {
    'x-ms-user-quota-remaining': String(decision.remaining),
    'x-ms-user-quota-resets-after': formatResetsAfter(decision.resetsAfterMs)
  }
}
