import { afterEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator, GitHubEmulatorOptions } from '../../../emulator/github/index.js'
import { startGitHubEmulator } from '../../../emulator/github/index.js'
import { failure, octokitFor, repo } from './github-client.js'

/** A clock the test moves by hand, so rate-limit windows pass without sleeping. */
function manualClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
  let now = start
  return {
    now: () => now,
    advance: (milliseconds: number) => {
      now += milliseconds
    }
  }
}

const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-used',
  'x-ratelimit-resource'
]

describe('authentication, rate limits and injected faults', () => {
  let github: GitHubEmulator
  const start = async (options?: GitHubEmulatorOptions) => (github = await startGitHubEmulator(options))
  afterEach(() => github.stop())

  it('answers 401 "Bad credentials" for an unknown token and "Requires authentication" for none', async () => {
    await start()
    const badToken = await failure(octokitFor(github, 'ghs_not-a-real-token').rest.issues.listForRepo(repo))
    const noToken = await failure(octokitFor(github, undefined).rest.issues.listForRepo(repo))

    expect(badToken).toMatchObject({
      status: 401,
      data: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }
    })
    expect(noToken).toMatchObject({ status: 401, data: { message: 'Requires authentication' } })
    expect(github.requests.map((r) => [r.status, r.user])).toEqual([
      [401, null],
      [401, null]
    ])
  })

  it("lets a read-only token (a fork pull request's GITHUB_TOKEN) read but not write", async () => {
    await start()
    const octokit = octokitFor(github, github.tokens.readOnlyBot)
    expect((await octokit.rest.issues.listComments({ ...repo, issue_number: 2 })).status).toBe(200)

    const refused = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: 'plan' }))

    expect(refused).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } })
    expect(github.state.comments).toEqual([])
  })

  it('answers GET /user for a person and refuses it for an installation token, as GitHub does', async () => {
    await start()
    const person = await octokitFor(github, github.tokens.human).rest.users.getAuthenticated()
    const bot = await failure(octokitFor(github, github.tokens.bot).rest.users.getAuthenticated())

    expect(person.data).toMatchObject({ login: 'mona', type: 'User' })
    expect(bot).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } })
  })

  it('puts the x-ratelimit headers on every response, successful or not', async () => {
    await start()
    const octokit = octokitFor(github, github.tokens.bot)
    const ok = await octokit.rest.repos.get(repo)
    const missing = await failure(octokit.rest.issues.getLabel({ ...repo, name: 'nope' }))
    const unauthenticated = await failure(octokitFor(github, 'wrong').rest.repos.get(repo))

    for (const headers of [ok.headers as Record<string, unknown>, missing.headers, unauthenticated.headers]) {
      expect(RATE_LIMIT_HEADERS.filter((name) => headers[name] === undefined)).toEqual([])
    }
    expect(ok.headers['x-ratelimit-used']).toBe('1')
    // A workflow's GITHUB_TOKEN: 1,000 an hour per repository; a person: 5,000 an hour.
    expect([ok.headers['x-ratelimit-limit'], missing.headers['x-ratelimit-remaining']]).toEqual(['1000', '998'])
    const person = await octokitFor(github, github.tokens.human).rest.repos.get(repo)
    expect([person.headers['x-ratelimit-limit'], person.headers['x-ratelimit-remaining']]).toEqual(['5000', '4999'])
    expect(unauthenticated.headers['x-ratelimit-limit']).toBe('60')
  })

  it('refuses requests over the primary hourly budget until the window resets', async () => {
    const clock = manualClock()
    await start({ clock, rateLimits: { actionsTokenPerHourPerRepository: 2 } })
    github.seed({ repositories: [{ owner: 'contoso', name: 'other-policies' }] })
    const octokit = octokitFor(github, github.tokens.bot)
    await octokit.rest.repos.get(repo)
    await octokit.rest.repos.get(repo)

    const refused = await failure(octokit.rest.repos.get(repo))
    // The GITHUB_TOKEN's budget is per repository: another repository's is untouched.
    const other = await octokit.rest.repos.get({ owner: 'contoso', repo: 'other-policies' })
    expect(other.headers['x-ratelimit-remaining']).toBe('1')
    clock.advance(3_600_000)
    const afterReset = await octokit.rest.repos.get(repo)

    expect(refused.status).toBe(403)
    expect(refused.message).toMatch(/^API rate limit exceeded for installation ID 1\./)
    expect(refused.headers['x-ratelimit-remaining']).toBe('0')
    expect(afterReset.headers['x-ratelimit-remaining']).toBe('1')
  })

  it('answers content creation over the per-minute cap with 403 and retry-after; the throttling plugin waits and retries', async () => {
    const clock = manualClock()
    await start({ clock, rateLimits: { contentCreatingPerMinute: 2 } })
    const plain = octokitFor(github, github.tokens.bot)
    await plain.rest.issues.createComment({ ...repo, issue_number: 1, body: 'one' })
    await plain.rest.issues.createComment({ ...repo, issue_number: 1, body: 'two' })

    const refused = await failure(plain.rest.issues.createComment({ ...repo, issue_number: 1, body: 'three' }))
    expect(refused.status).toBe(403)
    expect(refused.message).toMatch(/You have exceeded a secondary rate limit/)
    expect(refused.headers['retry-after']).toBe('60')

    const asked: number[] = []
    const throttled = octokitFor(github, github.tokens.bot, {
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter, _options, _octokit, retryCount) => {
          asked.push(retryAfter)
          clock.advance(retryAfter * 1000)
          return retryCount === 0
        }
      }
    })
    const created = await throttled.rest.issues.createComment({ ...repo, issue_number: 1, body: 'three' })

    expect(created.status).toBe(201)
    expect(asked).toEqual([60])
    expect(github.requests.map((r) => r.status)).toEqual([201, 201, 403, 403, 201])
    expect(github.state.comments.map((c) => c.body)).toEqual(['one', 'two', 'three'])
  })

  it('plays a scripted fault sequence (500, 502, then the real answer), which the retry plugin rides out', async () => {
    await start()
    github.faults.inject('issues.listComments', 500, 502)

    const comments = await octokitFor(github, github.tokens.bot).rest.issues.listComments({ ...repo, issue_number: 1 })

    expect(comments.status).toBe(200)
    expect(github.requests.map((r) => [r.route, r.status, r.fault])).toEqual([
      ['issues.listComments', 500, true],
      ['issues.listComments', 502, true],
      ['issues.listComments', 200, false]
    ])
    expect(github.faults.pending()).toEqual({})
  })

  it('lets a fault outlast the retries, and never retries a 422', async () => {
    await start()
    github.faults.inject('issues.createComment', 502, 502)
    const octokit = octokitFor(github, github.tokens.bot, { retries: 1 })

    const exhausted = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }))
    const invalid = await failure(
      octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(70_000) })
    )

    expect(exhausted.status).toBe(502)
    expect(invalid.status).toBe(422)
    expect(github.requests.map((r) => r.status)).toEqual([502, 502, 422])
    expect(github.state.comments).toEqual([])
  })
})
