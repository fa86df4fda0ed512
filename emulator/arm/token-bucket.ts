/** A bucket's size and how fast it fills again. */
export interface TokenBucketLimit {
  /** Tokens when full: the burst a caller may send at once. */
  capacity: number
  /** Tokens added per second, continuously, up to `capacity`. */
  refillPerSecond: number
}

export interface TokenTake {
  allowed: boolean
  /** Whole tokens left after this request (0 when refused). */
  remaining: number
  /** When refused: milliseconds until the next whole token. */
  retryAfterMs: number
}

/**
 * One token bucket, starting full: a request spends one token; refused when less than one is left. Refill is
 * continuous, computed from the injected clock at each take, so a test moves the clock instead of sleeping.
 */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly limit: TokenBucketLimit,
    private readonly now: () => number
  ) {
    if (!(limit.capacity >= 1) || !(limit.refillPerSecond > 0)) {
      throw new Error(
        `a token bucket needs a capacity of 1 or more and a positive refill rate (got ${limit.capacity}, ${limit.refillPerSecond}/s)`
      )
    }
    this.tokens = limit.capacity
    this.updatedAt = now()
  }

  take(): TokenTake {
    this.refill()
    if (this.tokens >= 1) {
      this.tokens -= 1
      return { allowed: true, remaining: Math.floor(this.tokens), retryAfterMs: 0 }
    }
    return {
      allowed: false,
      remaining: 0,
      retryAfterMs: Math.ceil(((1 - this.tokens) / this.limit.refillPerSecond) * 1000)
    }
  }

  /** Whole tokens available now, without spending any. */
  available(): number {
    this.refill()
    return Math.floor(this.tokens)
  }

  private refill(): void {
    const at = this.now()
    const elapsedMs = Math.max(0, at - this.updatedAt)
    this.tokens = Math.min(this.limit.capacity, this.tokens + (elapsedMs / 1000) * this.limit.refillPerSecond)
    this.updatedAt = Math.max(this.updatedAt, at)
  }
}
