// The product's Octokit (src/github/octokit.ts) over GitHub's primary rate limit, in both shapes GitHub documents:
// "If you exceed your primary rate limit, you will receive a 403 or 429 response, and the `x-ratelimit-remaining`
// header will be `0`. You should not retry your request until after the time specified by the `x-ratelimit-reset`
// header." It waits for the reset when that fits its wait budget, and gives up at once when it does not.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator } from '../../../emulator/github/index.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { failure, repo } from './github-client.js'

const HOUR = 3_600_000

/** The emulator's clock, moved by hand: the product's waits shrink to a millisecond per second asked. */
function manualClock(start: number) {
  let now = start
  return {
    now: () => now,
    advance: (milliseconds: number) => {
      now += milliseconds
    }
  }
}

describe.each([403, 429] as const)('a primary rate limit answered with %i', (status) => {
  let github: GitHubEmulator
  afterEach(() => github.stop())

  /** A GITHUB_TOKEN with a budget of one request an hour, whose window resets `resetInSeconds` from the real now. */
  async function spentBudget(resetInSeconds: number) {
    // The plugin counts down to `x-ratelimit-reset` from the real clock; the window opens with the first request.
    const clock = manualClock(Date.now() - HOUR + resetInSeconds * 1000)
    github = await startGitHubEmulator({
      clock,
      rateLimits: { actionsTokenPerHourPerRepository: 1, primaryStatus: status }
    })
    const warnings: string[] = []
    const client = createGitHubClient({
      token: github.tokens.bot,
      baseUrl: github.apiUrl,
      millisecondsPerSecond: 1,
      // While the product waits, the emulator's hour passes.
      log: { warn: (line) => (warnings.push(line), clock.advance(HOUR)) }
    })
    await client.rest.repos.get(repo)
    return { client, warnings }
  }

  it('waits for x-ratelimit-reset, then retries once', async () => {
    const { client, warnings } = await spentBudget(20)
    const { status: got } = await client.rest.issues.listForRepo(repo)

    expect(got).toBe(200)
    expect(github.requests.forRoute('issues.listForRepo').map((r) => r.status)).toEqual([status, 200])
    expect(warnings).toEqual([expect.stringMatching(/^GitHub primary rate limit on GET .*; retrying in 2[012] s\.$/)])
  })

  it('gives up at once when the reset is further away than its wait budget (15 minutes by default)', async () => {
    const { client, warnings } = await spentBudget(3_600)
    const refused = await failure(client.rest.issues.listForRepo(repo))

    expect(refused.status).toBe(status)
    expect(refused.headers['x-ratelimit-remaining']).toBe('0')
    expect(github.requests.forRoute('issues.listForRepo').map((r) => r.status)).toEqual([status])
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub primary rate limit on GET .*; giving up \(a 360\d s wait is past the wait budget\)\.$/
      )
    ])
  })
})
