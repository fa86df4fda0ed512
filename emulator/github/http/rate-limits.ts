import type { GitHubFailure } from './github-errors.js'
import { primaryRateLimited, secondaryRateLimited } from './github-errors.js'

export interface RateLimitOptions {
  /** Requests per hour per token (GitHub: 5,000 for a person or an app installation). */
  primaryPerHour?: number
  /**
   * Requests per hour per repository for a workflow's `GITHUB_TOKEN` (GitHub: 1,000). "The rate limit for
   * GITHUB_TOKEN is 1,000 requests per hour per repository." (Rate limits for the REST API, "Primary rate limit for
   * GITHUB_TOKEN in GitHub Actions", https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api)
   */
  actionsTokenPerHourPerRepository?: number
  /**
   * Content-creating requests (POST, PATCH, PUT, DELETE) per minute per token before a secondary limit (GitHub: 80).
   */
  contentCreatingPerMinute?: number
  /**
   * The status of a request over the primary budget: 403 (default) or 429. "If you
   * exceed your primary rate limit, you will receive a 403 or 429 response, and the `x-ratelimit-remaining` header
   * will be `0`. You should not retry your request until after the time specified by the `x-ratelimit-reset` header."
   * (Rate limits for the REST API, "Exceeding the primary rate limit",
   * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api)
   */
  primaryStatus?: 403 | 429
}

export interface Admission {
  /** `x-ratelimit-*` headers, sent on every response. */
  headers: Record<string, string>
  /** Set when the request must be refused (primary or secondary rate limit). */
  refusal?: GitHubFailure
}

interface PrimaryWindow {
  resetsAt: number
  used: number
  limit: number
}

/**
 * GitHub's two kinds of rate limits, per token holder: the hourly primary budget reported in `x-ratelimit-*`
 * headers, and the secondary limit on content creation, answered with 403, a "secondary rate limit" message and
 * `retry-after`. Time comes from the emulator's clock, so a test can move past a window instead of sleeping.
 */
export class RateLimits {
  private readonly primary = new Map<string, PrimaryWindow>()
  private readonly writes = new Map<string, number[]>()

  constructor(
    private readonly options: Required<RateLimitOptions>,
    private readonly now: () => number
  ) {}

  /**
   * `budget` is whose hourly budget the request spends: the token's, or for a `GITHUB_TOKEN` the repository's
   * (`actions:owner/repo`). Secondary limits stay per token holder.
   */
  admit(holder: string, subject: string, isWrite: boolean, requestId: string, budget?: string): Admission {
    const now = this.now()
    const key = budget ?? holder
    let window = this.primary.get(key)
    if (!window || now >= window.resetsAt) {
      const limit = budget ? this.options.actionsTokenPerHourPerRepository : this.options.primaryPerHour
      window = { resetsAt: now + 3_600_000, used: 0, limit }
      this.primary.set(key, window)
    }
    if (window.used >= window.limit) {
      return {
        headers: this.headers(window),
        refusal: primaryRateLimited(subject, requestId, this.options.primaryStatus)
      }
    }
    window.used += 1
    const headers = this.headers(window)
    if (!isWrite) return { headers }
    const recent = (this.writes.get(holder) ?? []).filter((at) => now - at < 60_000)
    this.writes.set(holder, recent)
    if (recent.length >= this.options.contentCreatingPerMinute) {
      const oldest = recent[0] ?? now
      const retryAfter = Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000))
      return { headers, refusal: secondaryRateLimited(requestId, retryAfter) }
    }
    recent.push(now)
    return { headers }
  }

  /** Headers for a request that carried no valid token (GitHub's unauthenticated budget). */
  static unauthenticatedHeaders(now: number): Record<string, string> {
    return rateLimitHeaders(60, 0, now + 3_600_000)
  }

  reset(): void {
    this.primary.clear()
    this.writes.clear()
  }

  private headers(window: PrimaryWindow): Record<string, string> {
    return rateLimitHeaders(window.limit, window.used, window.resetsAt)
  }
}

function rateLimitHeaders(limit: number, used: number, resetsAt: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, limit - used)),
    'x-ratelimit-reset': String(Math.floor(resetsAt / 1000)),
    'x-ratelimit-used': String(used),
    'x-ratelimit-resource': 'core'
  }
}
