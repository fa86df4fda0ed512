import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubEmulator } from '../../../emulator/github/index.js'

/** Octokit composed as the product composes it: REST methods, paginate, retry and throttling. */
export const ProductOctokit = Octokit.plugin(retry, throttling)
export type ProductOctokitClient = InstanceType<typeof ProductOctokit>

export const OWNER = 'contoso'
export const REPO = 'fleet-policies'
export const repo = { owner: OWNER, repo: REPO }

/**
 * A client for the emulator. Throttling is off (it spaces writes seconds apart) and retries wait milliseconds
 * instead of seconds, unless a test passes its own `throttle` / `retry` options.
 */
export function octokitFor(
  github: GitHubEmulator,
  token: string | undefined,
  options: { throttle?: ThrottlingOptions; retries?: number } = {}
): ProductOctokitClient {
  return new ProductOctokit({
    ...(token === undefined ? {} : { auth: token }),
    baseUrl: github.apiUrl,
    retry: { retryAfterBaseValue: 1, retries: options.retries ?? 3 },
    throttle: options.throttle ?? { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  })
}

/** The HTTP status of a failed Octokit call (Octokit throws a RequestError with `status` and `response`). */
export async function failure(
  call: Promise<unknown>
): Promise<{ status: number; message: string; data: unknown; headers: Record<string, string | undefined> }> {
  try {
    await call
  } catch (error) {
    const e = error as {
      status: number
      message: string
      response?: { data: unknown; headers: Record<string, string | undefined> }
    }
    return { status: e.status, message: e.message, data: e.response?.data, headers: e.response?.headers ?? {} }
  }
  throw new Error('expected the call to fail, but it succeeded')
}
