import type { GitHubFailure } from './github-errors.js'
import { GitHubFailure as Failure, secondaryRateLimited, serverError } from './github-errors.js'

/**
 * One scripted answer: a status (500, 502… with GitHub's body for it), `secondary-rate-limit` (the real 403 with
 * `retry-after`), or a response spelled out.
 */
export type FaultStep =
  number | 'secondary-rate-limit' | { status: number; body?: unknown; headers?: Record<string, string> }

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
  next(route: string, requestId: string): GitHubFailure | undefined {
    const step = this.scripts.get(route)?.shift()
    if (step === undefined) return undefined
    if (step === 'secondary-rate-limit') return secondaryRateLimited(requestId, 60)
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
