import type { GitHubFailure } from './github-errors.js'
import { GitHubFailure as Failure, secondaryRateLimited, serverError } from './github-errors.js'

/**
 * One scripted answer: a status (500, 502… with GitHub's body for it), `secondary-rate-limit` (the real 403 with
 * `retry-after: 60`), a secondary limit in one of the shapes GitHub documents (403 or 429; `retry-after` or none;
 * `x-ratelimit-remaining: 0` with `x-ratelimit-reset` so many seconds ahead, or not), or a response spelled out.
 */
export type FaultStep =
  | number
  | 'secondary-rate-limit'
  | { secondaryRateLimit: SecondaryRateLimitFault }
  | { status: number; body?: unknown; headers?: Record<string, string> }

export interface SecondaryRateLimitFault {
  /** 403 (default) or 429: GitHub documents both. */
  status?: 403 | 429
  /** The `retry-after` header, in seconds; absent when undefined. */
  retryAfterSeconds?: number
  /** `x-ratelimit-remaining: 0` and `x-ratelimit-reset` this many seconds ahead of the emulator's now; else absent. */
  resetInSeconds?: number
}

/**
 * Scripted failures per route (Octokit method name, e.g. `issues.createComment`): each request to the route takes
 * the next step; when the script runs out the route answers normally again.
 */
export class FaultScript {
  private readonly scripts = new Map<string, FaultStep[]>()

  /** Queues `steps` for `route`, after any already queued. */
  inject(route: string, ...steps: FaultStep[]): void {
    this.scripts.set(route, [...(this.scripts.get(route) ?? []), ...steps])
  }

  /** The failure for the next request to `route`, if one is scripted. */
  next(route: string, requestId: string, now = Date.now()): GitHubFailure | undefined {
    const step = this.scripts.get(route)?.shift()
    if (step === undefined) return undefined
    if (step === 'secondary-rate-limit') return secondaryRateLimited(requestId, 60)
    if (typeof step === 'object' && 'secondaryRateLimit' in step) {
      const { status, retryAfterSeconds, resetInSeconds } = step.secondaryRateLimit
      return secondaryRateLimited(requestId, retryAfterSeconds, {
        ...(status ? { status } : {}),
        ...(resetInSeconds === undefined ? {} : { resetAt: now + resetInSeconds * 1000 })
      })
    }
    if (typeof step === 'number') return serverError(step)
    return new Failure(step.status, step.body ?? serverError(step.status).body, step.headers)
  }

  /** Steps not yet used, by route — a test can assert its script was consumed. */
  pending(): Record<string, number> {
    return Object.fromEntries(
      [...this.scripts].filter(([, steps]) => steps.length > 0).map(([route, steps]) => [route, steps.length])
    )
  }

  clear(): void {
    this.scripts.clear()
  }
}
