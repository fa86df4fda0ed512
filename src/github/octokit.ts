import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise Server, or the local emulator. */
  baseUrl: string
  /** Off only in tests that assert timing-free behaviour; the product always throttles. */
  throttle?: boolean
  log?: { warn(message: string): void }
  /**
   * Milliseconds per second of a wait GitHub asks for (`retry-after`, `x-ratelimit-reset`, or the one minute GitHub
   * says to wait when it names none): 1,000 in the product; tests shrink it.
   */
  millisecondsPerSecond?: number
  /**
   * Seconds this client may spend in all waiting for rate limits (default 900, a quarter of an hour): a wait that
   * would go past it is not taken and the request fails, so a run over its primary budget (reset up to an hour away)
   * ends with an error instead of idling on a runner.
   */
  rateLimitWaitBudgetSeconds?: number
}

const MAX_RATE_LIMIT_RETRIES = 2
const RATE_LIMIT_WAIT_BUDGET_SECONDS = 900

/**
 * `@actions/github`'s Octokit with the retry plugin (5xx) and the throttling plugin (primary and secondary rate
 * limits). Its requests go through the runner's proxy (HTTPS_PROXY, NO_PROXY; `@actions/http-client` rules, which
 * never proxy a loopback host) to `baseUrl`, which may be a GitHub Enterprise Server.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const warn = options.log?.warn ?? (() => {})
  let waitBudget = options.rateLimitWaitBudgetSeconds ?? RATE_LIMIT_WAIT_BUDGET_SECONDS
  // The plugin calls this for a primary limit (403 or 429 with `x-ratelimit-remaining: 0`; `retryAfter` is the time
  // to `x-ratelimit-reset` plus a second) and for a secondary one (`retry-after`, else the fallback).
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retry = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= waitBudget
      if (retry) waitBudget -= retryAfter
      const why = retryCount < MAX_RATE_LIMIT_RETRIES ? ` (a ${retryAfter} s wait is past the wait budget)` : ''
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter} s` : `giving up${why}`}.`
      )
      return retry
    }
  // getOctokit's fetch goes through the proxy chosen for GITHUB_API_URL when `@actions/github` is imported: the
  // action's baseUrl is that URL (run-context.ts), and the process environment does not change during a run.
  return getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: 'flux-policy',
      // Failed requests surface as errors the callers handle (a 404 for a missing CODEOWNERS is expected).
      log: { debug: () => {}, info: () => {}, warn, error: () => {} },
      throttle:
        options.throttle === false
          ? { enabled: false }
          : {
              onRateLimit: onLimit('primary'),
              onSecondaryRateLimit: onLimit('secondary'),
              // "Otherwise, wait for at least one minute before retrying." (Rate limits for the REST API, "Exceeding
              // the secondary rate limit"): the plugin's fallback when `retry-after` is absent, kept explicit.
              fallbackSecondaryRateRetryAfter: 60,
              ...(options.millisecondsPerSecond === undefined
                ? {}
                : { retryAfterBaseValue: options.millisecondsPerSecond })
            },
      // 429 is a rate limit ("you will receive a 403 or 429 response"): the throttling plugin waits what GitHub asks;
      // the retry plugin (5xx and the like) would retry it after a second instead. Its other defaults are kept.
      retry: options.throttle === false ? { enabled: false } : { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
    },
    retry,
    throttling
  )
}
