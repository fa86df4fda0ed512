// The audit state issue (#13) through the product's Octokit against the GitHub emulator: first sightings read back
// only from the token's own issue, written first and within max-issue-writes, and not rewritten when unchanged.
import { GITHUB_ACTIONS_BOT, startGitHubEmulator, type GitHubEmulator } from '../../../emulator/github/index.js'
import { sightingKey } from '../../../src/audit/first-sighting.js'
import { readAuditMemory } from '../../../src/github/audit-state.js'
import { syncDriftIssues, type DriftIssueSyncOptions } from '../../../src/github/drift-issues.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { renderAuditStateBody } from '../../../src/render/drift/audit-state-issue.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { expectation, SUB_1 } from '../../unit/audit/audit-fixtures.js'
import { echoedIn, echoingCredentials } from '../../helpers/echoed-credentials.js'
import { repo } from './github-client.js'

const spoofed = new Map([[sightingKey('payments/apps', 'aks-old'), '2020-01-01T00:00:00.000Z']])
const sightings = new Map([[sightingKey('payments/apps', 'aks-new'), '2025-06-01T03:00:00.000Z']])

function report(): DriftReport {
  const e = expectation({ team: 'data', source: 'pipelines', scope: `/subscriptions/${SUB_1}/resourceGroups/rg-data` })
  return { key: e.key, team: 'data', source: 'pipelines', expectation: e, assignments: [], clusters: [] }
}

describe('the audit state issue on GitHub', () => {
  let github: GitHubEmulator
  beforeAll(async () => {
    github = await startGitHubEmulator({
      seed: {
        issues: [
          // A person's copy, with sightings old enough to confirm at once: never read.
          {
            title: 'flux-policy audit state',
            author: 'mona',
            labels: ['flux-drift-state'],
            body: renderAuditStateBody(spoofed, 0, 7200)
          }
        ]
      }
    })
  })
  afterAll(() => github.stop())

  const client = () => createGitHubClient({ token: github.tokens.bot, baseUrl: github.apiUrl, throttle: false })
  const options = async (maxWrites: number): Promise<DriftIssueSyncOptions> => ({
    repository: repo,
    reports: [report()],
    maxWrites,
    dryRun: false,
    isCurrent: () => true,
    log: () => {},
    context: () => ({ now: '2025-06-01T03:00:00.000Z', owners: [] }),
    state: { memory: await readAuditMemory(client(), repo), sightings, unconfirmed: 1, graceSeconds: 7200 }
  })

  it('reads no sightings from an issue the token did not write', async () => {
    expect((await readAuditMemory(client(), repo)).sightings).toEqual(new Map())
  })

  it('writes the state first, within max-issue-writes, and defers the drift issue', async () => {
    const result = await syncDriftIssues(client(), await options(1))
    expect(result.state).toMatchObject({ status: 'done', action: { kind: 'open' } })
    expect(result.plan.deferred.map((a) => a.key)).toEqual(['data/pipelines'])
    expect(github.requests.writes()).toHaveLength(1)
    expect(result.writes).toBe(1)
    const mine = github.state.issues.filter((i) => i.author === GITHUB_ACTIONS_BOT.login)
    expect(mine).toEqual([expect.objectContaining({ title: 'flux-policy audit state', labels: ['flux-drift-state'] })])
    expect((await readAuditMemory(client(), repo)).sightings).toEqual(sightings)
  })

  it('does not rewrite an unchanged state, and defers it when the budget is spent', async () => {
    const before = github.requests.writes().length
    const unchanged = await syncDriftIssues(client(), { ...(await options(0)), reports: [] })
    expect(unchanged.state).toEqual({ status: 'unchanged' })
    const changed = await options(0)
    const deferred = await syncDriftIssues(client(), {
      ...changed,
      reports: [],
      state: { ...changed.state!, unconfirmed: 0 }
    })
    expect(deferred.state).toMatchObject({ status: 'deferred', action: { kind: 'update' } })
    expect(github.requests.writes().length).toBe(before)
  })

  it("a state write GitHub refuses fails with why, hiding the credentials GitHub's answer echoes", async () => {
    github.faults.inject('issues.update', echoingCredentials())
    const changed = await options(5)
    const result = await syncDriftIssues(client(), {
      ...changed,
      reports: [],
      state: { ...changed.state!, unconfirmed: 0 }
    })
    expect(github.faults.pending()).toEqual({})
    expect(result.state).toMatchObject({ status: 'failed', action: { kind: 'update' } })
    const error = (result.state as { error: string }).error
    expect(error).toContain('Resource not accessible by integration')
    expect(error).toContain('[secret hidden]')
    expect(echoedIn(error)).toEqual([])
  })
})
