/** ARM's operation types: each has its own token bucket per subscription (or tenant) and principal. */
export type ArmOperation = 'reads' | 'writes' | 'deletes'

export interface ArmBucketLimit {
  capacity: number
  refillPerSecond: number
}

/** Azure Resource Manager's documented token buckets (learn.microsoft.com, "Request limits and throttling"). */
export const ARM_BUCKET_LIMITS: Readonly<Record<ArmOperation, ArmBucketLimit>> = {
  reads: { capacity: 250, refillPerSecond: 25 },
  writes: { capacity: 200, refillPerSecond: 10 },
  deletes: { capacity: 200, refillPerSecond: 10 }
}

/** One bucket on ARM's side: `subscription/{id}` or `tenant`, and the operation type. */
export interface ArmBucket {
  key: string
  operation: ArmOperation
}

export interface ArmPacerOptions {
  limits: Readonly<Record<ArmOperation, ArmBucketLimit>>
  /** Tokens never spent: a margin for what the estimate cannot see (other callers with the same identity). */
  reserve: number
  now(): number
  sleep(ms: number): Promise<void>
}

export const DEFAULT_ARM_PACER: ArmPacerOptions = {
  limits: ARM_BUCKET_LIMITS,
  reserve: 2,
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

interface BucketEstimate {
  limit: ArmBucketLimit
  tokens: number
  updatedAt: number
  inFlight: number
  waiting: Array<(ticket: number) => void>
  draining: boolean
  /** Requests let go so far: the next one's ticket. */
  sent: number
  /** The ticket of the latest-sent request whose header set the estimate (-1: none yet). */
  observed: number
}

/**
 * Why: ARM answers 429 once a token bucket is empty, and a 429 costs a Retry-After wait of whole seconds per
 * request while tokens trickle back at 10 a second — an apply of thousands of writes that bounces off the limit
 * finishes later than one that simply goes at the refill rate. So the pacer keeps an estimate of each bucket
 * (assumed full at first, refilled at the documented rate) and lets a request go only when a token beyond the
 * reserve is expected; callers queue in order. Every answer's `x-ms-ratelimit-remaining-*` header resets the
 * estimate to what ARM counted, minus the requests still in flight, which ARM may not have counted yet.
 *
 * Answers can come back out of order. ARM counts a request when it arrives, so the answer to a request sent earlier
 * reports a count taken earlier: once a later-sent request's answer has set the estimate, an earlier-sent one's may
 * only lower it (other callers with the same identity may have spent tokens), never raise it.
 */
export class ArmPacer {
  private readonly buckets = new Map<string, BucketEstimate>()

  constructor(private readonly options: ArmPacerOptions = DEFAULT_ARM_PACER) {}

  /**
   * Resolves when the bucket is expected to hold a token for this request, and counts it as in flight. The value is
   * the request's ticket (its place in send order), for `settle`.
   */
  acquire(bucket: ArmBucket): Promise<number> {
    const estimate = this.estimate(bucket)
    return new Promise((resolve) => {
      estimate.waiting.push(resolve)
      void this.drain(estimate)
    })
  }

  /**
   * After an answer (or a failure without one): what ARM says is left. `ticket` is what `acquire` gave the request;
   * without it the answer counts as the latest.
   */
  settle(bucket: ArmBucket, remaining: number | undefined, ticket?: number): void {
    const estimate = this.estimate(bucket)
    estimate.inFlight = Math.max(0, estimate.inFlight - 1)
    if (remaining === undefined) return
    this.refill(estimate)
    const reading = remaining - estimate.inFlight
    if (ticket === undefined || ticket > estimate.observed) {
      estimate.tokens = reading
      estimate.observed = ticket ?? estimate.sent - 1
    } else estimate.tokens = Math.min(estimate.tokens, reading)
  }

  /** The current estimate of whole tokens left (for tests and diagnostics). */
  expectedTokens(bucket: ArmBucket): number {
    const estimate = this.estimate(bucket)
    this.refill(estimate)
    return Math.floor(estimate.tokens)
  }

  private async drain(estimate: BucketEstimate): Promise<void> {
    if (estimate.draining) return
    estimate.draining = true
    try {
      while (estimate.waiting.length > 0) {
        this.refill(estimate)
        const spare = estimate.tokens - this.options.reserve
        if (spare >= 1) {
          estimate.tokens -= 1
          estimate.inFlight++
          estimate.waiting.shift()!(estimate.sent++)
          continue
        }
        await this.options.sleep(Math.ceil(((1 - spare) / estimate.limit.refillPerSecond) * 1000))
      }
    } finally {
      estimate.draining = false
    }
  }

  private refill(estimate: BucketEstimate): void {
    const now = this.options.now()
    const refilled = estimate.tokens + (Math.max(0, now - estimate.updatedAt) / 1000) * estimate.limit.refillPerSecond
    // A header may report more than the documented capacity (other limits); refill never lowers it.
    estimate.tokens = Math.max(estimate.tokens, Math.min(estimate.limit.capacity, refilled))
    estimate.updatedAt = now
  }

  private estimate(bucket: ArmBucket): BucketEstimate {
    const id = `${bucket.key}/${bucket.operation}`
    let estimate = this.buckets.get(id)
    if (!estimate) {
      const limit = this.options.limits[bucket.operation]
      estimate = {
        limit,
        tokens: limit.capacity,
        updatedAt: this.options.now(),
        inFlight: 0,
        waiting: [],
        draining: false,
        sent: 0,
        observed: -1
      }
      this.buckets.set(id, estimate)
    }
    return estimate
  }
}
