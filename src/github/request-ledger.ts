import type { GitHubClient } from './octokit.js'

/**
 * The GitHub requests one audit makes (reads: GET; writes: the rest) and what GitHub last said is left of the
 * primary budget (`x-ratelimit-remaining`, on every answer, successful or not). Requests are counted once each, as
 * the code sends them; a rate-limit retry inside the throttling plugin is not counted again, but GitHub's own count
 * (`remaining`) includes it.
 */
export interface GitHubRequestLedger {
  readonly reads: number
  readonly writes: number
  readonly remaining: number | undefined
}

/** Starts counting the requests `github` sends from now on. */
export function trackGitHubRequests(github: GitHubClient): GitHubRequestLedger {
  const ledger = { reads: 0, writes: 0, remaining: undefined as number | undefined }
  const note = (headers: Record<string, unknown> | undefined): void => {
    const value = headers?.['x-ratelimit-remaining']
    if (value !== undefined && /^\d+$/.test(String(value))) ledger.remaining = Number(value)
  }
  github.hook.wrap('request', async (request, options) => {
    // A GraphQL query (the token's login, `viewer`) is a read, though it is sent as a POST.
    if (String(options.method).toUpperCase() === 'GET' || options.url === '/graphql') ledger.reads++
    else ledger.writes++
    try {
      const response = await request(options)
      note(response.headers as Record<string, unknown>)
      return response
    } catch (error) {
      note((error as { response?: { headers?: Record<string, unknown> } }).response?.headers)
      throw error
    }
  })
  return ledger
}
