import type { ClusterDrift } from '../../../src/audit/cluster-drift.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import {
  planIssueSync,
  writesOf,
  type ExistingIssue,
  type IssueAction,
  type IssueSyncInput
} from '../../../src/issues/issue-sync-plan.js'
import { GITHUB_BODY_LIMIT } from '../../../src/render/markdown/fit-markdown.js'
import { readIssueState } from '../../../src/render/drift/issue-state.js'
import { expectation, SUB_1 } from './audit-fixtures.js'

const APPS = expectation({ team: 'payments', source: 'apps', scope: `/subscriptions/${SUB_1}/resourceGroups/rg-apps` })

function cluster(name: string, fields: Partial<ClusterDrift> = {}): ClusterDrift {
  const id = `/subscriptions/${SUB_1}/resourceGroups/rg-apps/providers/Microsoft.ContainerService/managedClusters/${name}`
  return {
    clusterId: id.toLowerCase(),
    id,
    name,
    subscriptionId: SUB_1,
    resourceGroup: 'rg-apps',
    clusterKind: 'AKS',
    kind: 'missing-configuration',
    detail: "no Flux configuration 'apps'",
    ...fields
  }
}

const appsReport = (clusters: ClusterDrift[]): DriftReport => ({
  key: 'payments/apps',
  team: 'payments',
  source: 'apps',
  expectation: APPS,
  file: APPS.file,
  line: 4,
  clusters,
  assignments: []
})
const pipelinesReport: DriftReport = {
  key: 'data/pipelines',
  team: 'data',
  source: 'pipelines',
  file: 'teams/data/pipelines.yaml',
  line: 5,
  clusters: [],
  assignments: [
    {
      action: 'update',
      name: 'data-pipelines',
      scope: '/subscriptions/x',
      lines: ['! enforcementMode: "DoNotEnforce" → "Default"']
    }
  ]
}

function input(
  reports: DriftReport[],
  existing: ExistingIssue[],
  overrides: Partial<IssueSyncInput> = {}
): IssueSyncInput {
  return {
    reports,
    existing,
    existingLabels: new Set(),
    maxWrites: 50,
    isCurrent: (key) => key !== 'old/gone',
    commit: 'c0ffee0000000000000000000000000000000000',
    context: (report) => ({
      now: '2025-06-01T03:00:00.000Z',
      commit: 'c0ffee0000000000000000000000000000000000',
      owners: report.team === 'payments' ? ['@contoso/payments'] : [],
      fileUrl: (file, line) =>
        `https://github.com/contoso/fleet-policies/blob/c0ffee0000000000000000000000000000000000/${file}#L${line}`
    }),
    ...overrides
  }
}

/** What GitHub would hold after the actions ran (numbers from 1 for new issues). */
function applied(existing: ExistingIssue[], actions: IssueAction[]): ExistingIssue[] {
  const issues = existing.map((i) => ({ ...i }))
  for (const a of actions) {
    if (a.kind === 'open') issues.push({ number: issues.length + 1, state: 'open', title: a.title, body: a.body })
    else {
      const issue = issues.find((i) => i.number === a.number)!
      if (a.kind === 'close') issue.state = 'closed'
      else Object.assign(issue, { state: 'open', title: a.title, body: a.body })
    }
  }
  return issues
}

describe('keeping one issue per drifted source', () => {
  const first = planIssueSync(input([appsReport([cluster('aks-1'), cluster('aks-2')]), pipelinesReport], []))
  const afterFirst = applied([], first.actions)

  it('opens one labelled issue per drifted source, creating the labels first', () => {
    expect(first.labelsToCreate).toEqual(['flux-drift', 'team:data', 'team:payments'])
    expect(first.actions.map((a) => [a.kind, a.key])).toEqual([
      ['open', 'data/pipelines'],
      ['open', 'payments/apps']
    ])
    const apps = first.actions[1] as Extract<IssueAction, { kind: 'open' }>
    expect(apps.title).toBe('Drift: payments/apps')
    expect(apps.labels).toEqual(['flux-drift', 'team:payments'])
    expect(apps.body.startsWith('<!-- flux-policy:drift payments/apps -->')).toBe(true)
    expect(apps.body).toContain('Owners: @contoso/payments')
    expect(apps.body).toContain(
      '](https://github.com/contoso/fleet-policies/blob/c0ffee0000000000000000000000000000000000/teams/payments/apps.yaml#L4)'
    )
    expect(apps.body).toContain(
      '| `aks-1` (AKS · rg-apps) | `11111111-1111-1111-1111-111111111111` | configuration missing | 2025-06-01 03:00 UTC |'
    )
    expect(first.actions[0]!.kind === 'open' && first.actions[0]!.body).toContain(
      '! enforcementMode: "DoNotEnforce" → "Default"'
    )
  })

  it('changes nothing on the next run when nothing changed, even at another commit and time', () => {
    const next = planIssueSync(
      input([appsReport([cluster('aks-1'), cluster('aks-2')]), pipelinesReport], afterFirst, {
        commit: 'beef',
        context: (r) => ({ ...input([], []).context(r), now: '2025-06-02T03:00:00.000Z', commit: 'beef' })
      })
    )
    expect(next.actions).toEqual([])
    expect(next.unchanged.map((u) => u.number).sort()).toEqual([1, 2])
  })

  it('updates with a comment when the set of clusters changes, silently when only a detail does', () => {
    const grown = planIssueSync(
      input([appsReport([cluster('aks-1'), cluster('aks-2'), cluster('aks-3')]), pipelinesReport], afterFirst)
    )
    expect(grown.actions).toEqual([
      expect.objectContaining({
        kind: 'update',
        number: 2,
        comment: expect.stringContaining('now 3 clusters, 2 before (1 new)')
      })
    ])
    const reworded = planIssueSync(
      input(
        [
          appsReport([
            cluster('aks-1', { detail: 'Flux extension Failed', kind: 'missing-extension' }),
            cluster('aks-2')
          ]),
          pipelinesReport
        ],
        afterFirst
      )
    )
    expect(reworded.actions).toEqual([expect.objectContaining({ kind: 'update', number: 2 })])
    expect(reworded.actions[0]).not.toHaveProperty('comment')
  })

  it('keeps the time a cluster was first seen drifting', () => {
    const later = planIssueSync(
      input([appsReport([cluster('aks-1'), cluster('aks-9')]), pipelinesReport], afterFirst, {
        context: (r) => ({ ...input([], []).context(r), now: '2025-06-05T03:00:00.000Z' })
      })
    )
    const body = (later.actions[0] as Extract<IssueAction, { kind: 'update' }>).body
    expect(body).toMatch(/`aks-1`.*2025-06-01 03:00 UTC/)
    expect(body).toMatch(/`aks-9`.*2025-06-05 03:00 UTC/)
  })

  it('shows when Azure says a configuration started failing, and keeps that time when Azure refreshes its status', () => {
    const failing = (since: string) =>
      appsReport([
        cluster('aks-1', { kind: 'failed-configuration', detail: 'Non-Compliant: kustomize build failed', since })
      ])
    const [open] = planIssueSync(input([failing('2025-05-30T10:00:00Z')], [])).actions as Array<
      Extract<IssueAction, { kind: 'open' }>
    >
    expect(open!.body).toContain('| failing | 2025-05-30 10:00 UTC |')
    const next = planIssueSync(input([failing('2025-06-01T02:00:00Z')], applied([], [open!])))
    expect(next.actions).toEqual([])
  })

  it('closes with a comment when the drift is gone, and says so when the source left the files', () => {
    const gone = applied(afterFirst, [])
    gone.push({ number: 3, state: 'open', title: 'Drift: old/gone', body: '<!-- flux-policy:drift old/gone -->' })
    const plan = planIssueSync(input([], gone))
    expect(plan.actions.map((a) => [a.kind, a.key])).toEqual([
      ['close', 'data/pipelines'],
      ['close', 'old/gone'],
      ['close', 'payments/apps']
    ])
    const comments = plan.actions.map((a) => (a as Extract<IssueAction, { kind: 'close' }>).comment)
    expect(comments[0]).toMatch(/^No drift left: .* at `c0ffee000000`\. Closing\.$/)
    expect(comments[1]).toContain('no longer in the policy files')
  })

  it('reopens the closed issue when drift returns, never a duplicate', () => {
    const closed = applied(afterFirst, planIssueSync(input([], afterFirst)).actions)
    const back = planIssueSync(input([appsReport([cluster('aks-2')])], closed))
    expect(back.actions).toEqual([
      expect.objectContaining({
        kind: 'reopen',
        number: 2,
        comment: expect.stringContaining('The drift is back (1 cluster)')
      })
    ])
    expect(back.labelsToCreate).toEqual([])
  })

  it('ignores issues without its marker, and uses the oldest open issue of a source when there are two', () => {
    const twice = [
      ...afterFirst,
      { ...afterFirst[1]!, number: 7 },
      { number: 8, state: 'open' as const, title: 'Drift: payments/apps', body: 'a copy without the marker' }
    ]
    const plan = planIssueSync(input([appsReport([cluster('aks-1')]), pipelinesReport], twice))
    expect(plan.actions.map((a) => (a.kind === 'open' ? 'open' : a.number))).toEqual([2])
  })

  it('makes at most max-issue-writes writes, new drift first, and defers the rest', () => {
    const reports = ['a', 'b', 'c'].map((t) => ({ ...appsReport([cluster('aks-1')]), key: `${t}/apps`, team: t }))
    const withClose: ExistingIssue[] = [
      { number: 9, state: 'open', title: 'x', body: '<!-- flux-policy:drift z/gone -->' }
    ]
    const plan = planIssueSync(
      input(reports, withClose, { maxWrites: 5, existingLabels: new Set(['flux-drift', 'team:a']) })
    )
    expect(plan.labelsToCreate).toEqual(['team:b', 'team:c'])
    expect(plan.actions.map((a) => a.key)).toEqual(['a/apps', 'b/apps', 'c/apps'])
    expect(plan.deferred.map((a) => `${a.kind} ${a.key}`)).toEqual(['close z/gone'])
    expect(plan.actions.reduce((sum, a) => sum + writesOf(a), 0) + plan.labelsToCreate.length).toBeLessThanOrEqual(5)
  })

  it('never writes a body over 65,536 characters: the table is capped with a count', () => {
    const many = Array.from({ length: 5_000 }, (_, i) =>
      cluster(`aks-${String(i).padStart(5, '0')}`, {
        kind: 'failed-configuration',
        detail: `Non-Compliant: ${'x'.repeat(290)}`
      })
    )
    const [open] = planIssueSync(input([appsReport(many)], [])).actions as Array<Extract<IssueAction, { kind: 'open' }>>
    expect(open!.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(open!.body).toContain('…and 4950 more rows')
    expect(readIssueState(open!.body)).toMatchObject({ clusterCount: 5000 })
  })

  it('keeps text from Azure from breaking the table or mentioning anyone', () => {
    const [open] = planIssueSync(input([appsReport([cluster('aks-1', { detail: 'failed | ping @octocat <b>' })])], []))
      .actions as Array<Extract<IssueAction, { kind: 'open' }>>
    expect(open!.body).toContain('failed \\| ping @\u200boctocat &lt;b&gt; |')
  })
})
