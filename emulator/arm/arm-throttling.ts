import { TokenBucket, type TokenBucketLimit } from './token-bucket.js'

/** ARM's three kinds of operation, each with its own bucket (and its own `x-ms-ratelimit-remaining-*` header). */
export type ArmOperation = 'reads' | 'writes' | 'deletes'

/**
 * Azure Resource Manager's regional token buckets (learn.microsoft.com, "Request limits and throttling", the
 * token-bucket limits Azure moved to in 2024). The table gives the same numbers for subscription and tenant scope.
 */
export const AZURE_ARM_LIMITS: Readonly<Record<ArmOperation, TokenBucketLimit>> = {
  reads: { capacity: 250, refillPerSecond: 25 },
  writes: { capacity: 200, refillPerSecond: 10 },
  deletes: { capacity: 200, refillPerSecond: 10 }
}

export interface ArmThrottlingOptions {
  /** Bucket size and refill per operation type; each defaults to Azure's (AZURE_ARM_LIMITS). */
  limits?: Partial<Record<ArmOperation, TokenBucketLimit>>
  /**
   * Clock in epoch milliseconds; default real time (`Date.now`), because clients wait out `Retry-After` in real
   * time — a frozen simulated clock would never refill. Unit tests inject a clock they move.
   */
  now?: () => number
  /** Route names ARM's buckets do not count: they have a quota of their own (default: Resource Graph's). */
  exemptRoutes?: readonly string[]
}

/** What the throttle needs to know about one authenticated ARM call. */
export interface ArmCall {
  route: string
  method: string
  /** The request path's segments (`subscriptions`, `{id}`, ...). */
  segments: readonly string[]
  /** The caller's object id: buckets are per principal. */
  principalId: string
  tenantId: string
}

export interface ArmThrottleVerdict {
  allowed: boolean
  /** `x-ms-ratelimit-remaining-{subscription|tenant}-{reads|writes|deletes}`, and `retry-after` when refused. */
  headers: Record<string, string>
  /** When refused: ARM's ResourceRequestsThrottled message. */
  message?: string
}

export interface ArmThrottling {
  /** False when the emulator was started without throttling: every call passes, with constant headers. */
  readonly enabled: boolean
  /** Spends a token for the call (when throttling is on) and says whether it may proceed. */
  admit(call: ArmCall): ArmThrottleVerdict
}

/** What the headers say when throttling is off: the hourly-era numbers ARM used to report, plenty left. */
const UNTHROTTLED_REMAINING: Record<ArmOperation, string> = { reads: '11999', writes: '1199', deletes: '14999' }

/**
 * ARM's subscription and tenant throttling: a token bucket per (subscription — or tenant, for calls outside any
 * subscription such as management-group scopes —, principal, operation type). Calls past an empty bucket get
 * 429 `ResourceRequestsThrottled` with `Retry-After` in whole seconds; every answer reports what is left.
 * Not modelled: the global per-subscription limit across all principals (15 × these), resource-provider limits.
 */
export function createArmThrottling(options: ArmThrottlingOptions | false = false): ArmThrottling {
  const exempt = new Set((options && options.exemptRoutes) || ['resourceGraph.resources'])
  if (!options) {
    return {
      enabled: false,
      admit: (call) => ({
        allowed: true,
        headers: exempt.has(call.route) ? {} : { [headerName(call)]: UNTHROTTLED_REMAINING[operationOf(call.method)] }
      })
    }
  }
  const limits = { ...AZURE_ARM_LIMITS, ...options.limits }
  const now = options.now ?? Date.now
  const buckets = new Map<string, TokenBucket>()
  return {
    enabled: true,
    admit(call) {
      if (exempt.has(call.route)) return { allowed: true, headers: {} }
      const operation = operationOf(call.method)
      const { level, id } = scopeOf(call)
      const key = `${level}/${id}/${call.principalId}/${operation}`.toLowerCase()
      let bucket = buckets.get(key)
      if (!bucket) buckets.set(key, (bucket = new TokenBucket(limits[operation], now)))
      const take = bucket.take()
      const header = headerName(call)
      if (take.allowed) return { allowed: true, headers: { [header]: String(take.remaining) } }
      const seconds = Math.max(1, Math.ceil(take.retryAfterMs / 1000))
      return {
        allowed: false,
        headers: { [header]: '0', 'retry-after': String(seconds) },
        message:
          `Number of '${operation.slice(0, -1)}' requests for ${level} '${id}' actor '${call.principalId}' exceeded. ` +
          `Please try again after '${seconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling`
      }
    }
  }
}

export function operationOf(method: string): ArmOperation {
  const upper = method.toUpperCase()
  if (upper === 'GET' || upper === 'HEAD') return 'reads'
  return upper === 'DELETE' ? 'deletes' : 'writes'
}

function scopeOf(call: ArmCall): { level: 'subscription' | 'tenant'; id: string } {
  const [first, second] = call.segments
  return first?.toLowerCase() === 'subscriptions' && second
    ? { level: 'subscription', id: second }
    : { level: 'tenant', id: call.tenantId }
}

function headerName(call: ArmCall): string {
  return `x-ms-ratelimit-remaining-${scopeOf(call).level}-${operationOf(call.method)}`
}
