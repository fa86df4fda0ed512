// Drift issues through the product's Octokit against the GitHub emulator: found again by marker over every page of
// the tool's own issues, labels created when missing, reopened rather than duplicated, bounded, and a dry run.
import type { GitHubEmulator, IssueSeed } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, startGitHubEmulator } from '../../../emulator/github/index.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { syncDriftIssues, type DriftIssueSyncOptions } from '../../../src/github/drift-issues.js'
import { createGitHubClient } from '../../../src/github/octokit.js'
import { expectation, SUB_1 } from '../../unit/audit/audit-fixtures.js'
import { echoedIn, echoingCredentials } from '../../helpers/echoed-credentials.js'
import { repo } from './github-client.js'

const BOT = GITHUB_ACTIONS_BOT.login

function report(team: string, source: string, clusters = 1): DriftReport {
  const e = expectation({ team, source, scope: `/subscriptions/${SUB_1}/resourceGroups/rg-${team}` })
  return {
    key: e.key,
    team,
    source,
    expectation: e,
    file: e.file,
    line: e.line,
    assignments: [],
    clusters: Array.from({ length: clusters }, (_, i) => ({
      clusterId: `/subscriptions/${SUB_1}/resourcegroups/rg-${team}/providers/microsoft.kubernetes/connectedclusters/arc-${i}`,
      id: `/subscriptions/${SUB_1}/resourceGroups/rg-${team}/providers/Microsoft.Kubernetes/connectedClusters/arc-${i}`,
      name: `arc-${i}`,
      subscriptionId: SUB_1,
      resourceGroup: `rg-${team}`,
      clusterKind: 'Arc' as const,
      kind: 'missing-extension' as const,
      detail: 'Flux extension not installed'
    }))
  }
}

/**
 * 120 closed drift issues of other sources (so the tool's issues span pages), one closed for payments/apps, and a
 * person's look-alike.
 */
function seed(): IssueSeed[] {
  const old: IssueSeed[] = Array.from({ length: 120 }, (_, i) => ({
    title: `Drift: old/s${i}`,
    author: BOT,
    state: 'closed',
    labels: ['flux-drift'],
    body: `<!-- flux-policy:drift old/s${i} -->`
  }))
  return [
    {
      title: 'Drift: payments/apps',
      author: BOT,
      state: 'closed',
      labels: ['flux-drift', 'team:payments'],
      body: '<!-- flux-policy:drift payments/apps -->\nold text'
    },
    ...old,
    {
      title: 'Drift: data/pipelines (copied by hand)',
      author: 'mona',
      labels: ['flux-drift'],
      body: '<!-- flux-policy:drift data/pipelines -->'
    }
  ]
}

describe('syncing drift issues with GitHub', () => {
  let github: GitHubEmulator
  beforeAll(async () => {
    github = await startGitHubEmulator({ seed: { issues: seed(), labels: [{ name: 'flux-drift' }] } })
  })
  afterAll(() => github.stop())

  const client = () => createGitHubClient({ token: github.tokens.bot, baseUrl: github.apiUrl, throttle: false })
  const options = (reports: DriftReport[], extra: Partial<DriftIssueSyncOptions> = {}): DriftIssueSyncOptions => ({
    repository: repo,
    reports,
    maxWrites: 50,
    dryRun: false,
    isCurrent: () => true,
    log: () => {},
    context: () => ({ now: '2025-06-01T03:00:00.000Z', owners: ['@contoso/payments'] }),
    ...extra
  })
  const reports = [report('payments', 'apps', 2), report('data', 'pipelines')]

  it('in a dry run, reads and plans but writes nothing', async () => {
    const result = await syncDriftIssues(client(), options(reports, { dryRun: true }))
    expect(result.outcomes.map((o) => [o.status, o.action.kind, o.action.key])).toEqual([
      ['dry-run', 'open', 'data/pipelines'],
      ['dry-run', 'reopen', 'payments/apps']
    ])
    expect(github.requests.writes()).toEqual([])
    expect(github.requests.forRoute('issues.listForRepo').length).toBeGreaterThan(1)
  })

  it("reopens the closed issue of a source found on a later page, opens the others, and leaves a person's issue alone", async () => {
    const result = await syncDriftIssues(client(), options(reports))
    expect(result.outcomes.map((o) => [o.status, o.action.kind, o.number])).toEqual([
      ['done', 'open', 125],
      ['done', 'reopen', 3]
    ])
    expect(github.requests.forRoute('issues.createLabel')).toHaveLength(1)
    expect(github.state.labels.find((l) => l.name === 'team:data')).toMatchObject({
      color: 'c5def5',
      description: 'flux-policy team'
    })
    const apps = github.state.issues.find((i) => i.number === 3)!
    expect([apps.state, apps.body?.includes('| `arc-1` (Arc · rg-payments)')]).toEqual(['open', true])
    expect(github.state.comments.filter((c) => c.issueNumber === 3).map((c) => c.body)).toEqual([
      'The drift is back (2 clusters); reopening. The description above is up to date.'
    ])
    expect(github.state.issues.find((i) => i.number === 124)).toMatchObject({
      author: 'mona',
      state: 'open',
      body: '<!-- flux-policy:drift data/pipelines -->'
    })
    expect(result.writes).toBe(github.requests.writes().length)
  })

  it('writes nothing the next time when nothing changed', async () => {
    const before = github.requests.writes().length
    const result = await syncDriftIssues(client(), options(reports))
    expect(result.plan.unchanged.map((u) => u.number).sort()).toEqual([125, 3])
    expect(github.requests.writes().length).toBe(before)
  })

  it('stops at max-issue-writes and leaves the rest for the next run', async () => {
    const before = github.requests.writes().length
    const result = await syncDriftIssues(
      client(),
      options([...reports, report('retail', 'shop'), report('identity', 'idp')], { maxWrites: 2 })
    )
    expect(github.requests.writes().length - before).toBe(2)
    expect(result.plan.deferred.map((a) => a.key)).toEqual(['retail/shop'])
  })

  it('closes with a comment once the drift is gone', async () => {
    await syncDriftIssues(client(), options([]))
    const mine = github.state.issues.filter((i) => i.author === BOT && i.state === 'open')
    expect(mine).toEqual([])
    expect(github.state.comments.filter((c) => c.issueNumber === 125).map((c) => c.body)).toEqual([
      'No drift left: every cluster under this source and its policy assignment match the files. Closing.'
    ])
  })

  it("a write GitHub refuses is a failed outcome whose error says why, hiding the credentials GitHub's answer echoes", async () => {
    github.faults.inject('issues.create', echoingCredentials())
    const result = await syncDriftIssues(client(), options([report('ops', 'tools')]))
    expect(github.faults.pending()).toEqual({})
    const [outcome] = result.outcomes
    expect(outcome).toMatchObject({ status: 'failed', action: { kind: 'open', key: 'ops/tools' } })
    expect(outcome!.error).toContain('Resource not accessible by integration')
    expect(outcome!.error).toContain('[secret hidden]')
    expect(echoedIn(outcome!.error!)).toEqual([])
  })
})
