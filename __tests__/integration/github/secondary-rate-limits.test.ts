// The product's Octokit (retry + throttling, src/github/octokit.ts) against every shape of secondary rate limit GitHub
// documents ("you will receive a 403 or 429 response"; `retry-after`, else `x-ratelimit-reset` when
// `x-ratelimit-remaining` is 0, else wait at least a minute), and the audit's write budget when a write is refused.
import { startGitHubEmulator, type GitHubEmulator } from '../../../emulator/github/index.js'
import type { SecondaryRateLimitFault } from '../../../emulator/github/http/faults.js'
import { syncDriftIssues } from '../../../src/github/drift-issues.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { expectation, SUB_1 } from '../../unit/audit/audit-fixtures.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { repo } from './github-client.js'

let github: GitHubEmulator
beforeAll(async () => {
  github = await startGitHubEmulator()
})
afterAll(() => github.stop())

/** The product's client; waits shrunk to a millisecond per second GitHub asks for. */
function productClient(warnings: string[]) {
  return createGitHubClient({
    token: github.tokens.bot,
    baseUrl: github.apiUrl,
    log: { warn: (line) => warnings.push(line) },
    millisecondsPerSecond: 1
  })
}

const VARIANTS: Array<[string, SecondaryRateLimitFault, number]> = [
  ['403 with retry-after', { status: 403, retryAfterSeconds: 7 }, 7],
  ['429 with retry-after', { status: 429, retryAfterSeconds: 7 }, 7],
  ['403 without retry-after, x-ratelimit-reset ahead', { status: 403, resetInSeconds: 30 }, 60],
  ['429 without retry-after or reset', { status: 429 }, 60]
]

describe('secondary rate limits through the product Octokit', () => {
  it.each(VARIANTS)('rides out %s, waiting what GitHub asks (or a minute)', async (_name, fault, waited) => {
    github.faults.inject('issues.createComment', { secondaryRateLimit: fault })
    const warnings: string[] = []
    const before = github.requests.forRoute('issues.createComment').length
    const { status } = await productClient(warnings).rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' })
    expect(status).toBe(201)
    expect(github.faults.pending()).toEqual({})
    expect(
      github.requests
        .forRoute('issues.createComment')
        .slice(before)
        .map((r) => r.status)
    ).toEqual([fault.status ?? 403, 201])
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^GitHub secondary rate limit on POST .*retrying in ${waited} s`))
    ])
  })

  it('gives up after two retries, and the audit counts only the writes GitHub took (max-issue-writes)', async () => {
    const limited = { secondaryRateLimit: { status: 429 as const } }
    github.faults.inject('issues.create', limited, limited, limited)
    const e = expectation({
      team: 'data',
      source: 'pipelines',
      scope: `/subscriptions/${SUB_1}/resourceGroups/rg-data`
    })
    const report: DriftReport = {
      key: e.key,
      team: 'data',
      source: 'pipelines',
      expectation: e,
      assignments: [],
      clusters: []
    }
    const warnings: string[] = []
    const writesBefore = github.requests.writes().filter((r) => !r.fault).length
    const result = await syncDriftIssues(productClient(warnings), {
      repository: repo,
      reports: [report],
      maxWrites: 3,
      dryRun: false,
      isCurrent: () => true,
      log: () => {},
      context: () => ({ now: '2025-06-01T03:00:00.000Z', owners: [] })
    })
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed'])
    expect(warnings.at(-1)).toMatch(/giving up/)
    const taken = github.requests.writes().filter((r) => !r.fault).length - writesBefore
    expect(result.writes).toBe(taken)
    expect(taken).toBeLessThanOrEqual(3)
  })
})
