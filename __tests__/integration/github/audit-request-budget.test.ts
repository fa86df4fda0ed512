// The audit's GitHub requests against the primary budget of a workflow's GITHUB_TOKEN (1,000 an hour per repository
// on GitHub; here a few): the state issue's read is counted with the audit's other reads, and writes stop where the
// budget GitHub reports would run out, instead of running into 403s.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHubEmulator, type GitHubEmulator, type IssueSeed } from '../../../emulator/github/index.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { sightingKey } from '../../../src/audit/first-sighting.js'
import { readAuditMemory } from '../../../src/github/audit-state.js'
import { syncDriftIssues } from '../../../src/github/drift-issues.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { trackGitHubRequests } from '../../../src/github/request-ledger.js'
import { expectation, SUB_1 } from '../../unit/audit/audit-fixtures.js'
import { repo } from './github-client.js'

function report(team: string): DriftReport {
  const e = expectation({ team, source: 'apps', scope: `/subscriptions/${SUB_1}/resourceGroups/rg-${team}` })
  return { key: e.key, team, source: 'apps', expectation: e, assignments: [], clusters: [] }
}

/** People's copies of the state issue, enough to fill two pages of the label: never read, but listed. */
const copies: IssueSeed[] = Array.from({ length: 120 }, (_, i) => ({
  title: `flux-policy audit state (copy ${i})`,
  author: 'mona',
  labels: ['flux-drift-state'],
  body: 'copied by hand'
}))

describe("the audit's GitHub requests", () => {
  let github: GitHubEmulator
  afterEach(() => github.stop())

  it('count the state issue read, and leave writes only what the primary budget has left', async () => {
    // 4 reads spend the repository's budget (2 pages of the state label, 1 of drift issues, 1 of labels); 5 remain.
    github = await startGitHubEmulator({
      seed: { issues: copies },
      rateLimits: { actionsTokenPerHourPerRepository: 9 }
    })
    const client = createGitHubClient({ token: github.tokens.bot, baseUrl: github.apiUrl, throttle: false })
    const requests = trackGitHubRequests(client)
    const memory = await readAuditMemory(client, repo)
    const sightings = new Map([[sightingKey('payments/apps', 'aks-new'), '2025-06-01T03:00:00.000Z']])
    const result = await syncDriftIssues(client, {
      repository: repo,
      reports: ['data', 'identity', 'payments', 'retail'].map(report),
      maxWrites: 50,
      dryRun: false,
      isCurrent: () => true,
      log: () => {},
      context: () => ({ now: '2025-06-01T03:00:00.000Z', owners: [] }),
      state: { memory, sightings, unconfirmed: 1, graceSeconds: 7200 },
      requests
    })

    const statePages = github.requests
      .forRoute('issues.listForRepo')
      .filter((r) => r.query.labels === 'flux-drift-state')
    expect(statePages).toHaveLength(2)
    // Reads: every GET, and the GraphQL query for the token's login (a POST that writes nothing).
    expect(result.requests.reads).toBe(
      github.requests.filter((r) => r.method === 'GET' || r.route === 'graphql').length
    )
    expect(result.writeBudget).toEqual({ limit: 5, limitedBy: 'primary-rate-limit' })
    expect(result.state?.status).toBe('done')
    expect(result.outcomes.map((o) => [o.status, o.action.key])).toEqual([['done', 'data/apps']])
    expect(result.plan.deferred).toHaveLength(3)
    // Nothing ran into the limit (the bot may not read /user: that 403 is GitHub's answer to an installation).
    const refused = github.requests.filter((r) => r.status >= 400).map((r) => r.route)
    expect(refused).toEqual(['users.getAuthenticated'])
    // The state issue and its label (2), then `team:data` and the issue (2): the next issue would need 2 more.
    expect([result.writes, result.requests.writes, result.requests.remaining]).toEqual([4, 4, 1])
  })
})
