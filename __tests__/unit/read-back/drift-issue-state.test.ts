// A drift issue's hidden state line is read back on the next night, after anyone with write access may have edited
// it: every field is checked before use, and a value out of shape is dropped (never a crash of the whole audit,
// never rendered back into the issue).
import { describe, expect, it } from '@jest/globals'
import type { ClusterDrift } from '../../../src/audit/cluster-drift.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { planIssueSync, type ExistingIssue } from '../../../src/issues/issue-sync-plan.js'
import { clusterKey, readIssueState } from '../../../src/render/drift/issue-state.js'
import { renderDriftIssue, type DriftIssueContext } from '../../../src/render/drift/drift-issue.js'
import { expectation, SUB_1 } from '../audit/audit-fixtures.js'

const APPS = expectation({ team: 'payments', source: 'apps', scope: `/subscriptions/${SUB_1}/resourceGroups/rg-apps` })
const CLUSTER_ID = `/subscriptions/${SUB_1}/resourcegroups/rg-apps/providers/microsoft.containerservice/managedclusters/aks-1`
const drift: ClusterDrift = {
  clusterId: CLUSTER_ID,
  id: CLUSTER_ID,
  name: 'aks-1',
  subscriptionId: SUB_1,
  resourceGroup: 'rg-apps',
  clusterKind: 'AKS',
  kind: 'missing-configuration',
  detail: "no Flux configuration 'apps'"
}
const report: DriftReport = {
  key: 'payments/apps',
  team: 'payments',
  source: 'apps',
  expectation: APPS,
  file: APPS.file,
  line: 4,
  clusters: [drift],
  assignments: []
}
const context = (): DriftIssueContext => ({ now: '2026-11-29T03:00:00.000Z', owners: [] })

/** The tool's own issue for the report, its state line replaced by `state` (what a person's edit can do). */
function editedIssue(state: unknown): ExistingIssue {
  const body = renderDriftIssue(report, undefined, context()).body.split('\n')
  const json = typeof state === 'string' ? state : JSON.stringify(state)
  body[body.length - 1] = `<!-- flux-policy:drift-state ${json} -->`
  return { number: 7, state: 'open', title: 'Drift: payments/apps', body: body.join('\n') }
}

const sync = (issue: ExistingIssue) =>
  planIssueSync({
    reports: [report],
    existing: [issue],
    existingLabels: new Set(),
    maxWrites: 10,
    isCurrent: () => true,
    context
  })

describe('a drift issue state edited by a person', () => {
  const key = clusterKey(CLUSTER_ID)
  const base = { contentHash: 'ab12', clusterSetHash: 'cd34', clusterCount: 1, assignmentCount: 0 }

  it.each([
    ['an object', { [key]: { toString: 'x' } }],
    ['an array', { [key]: ['2026-01-01T00:00Z'] }],
    ['a number', { [key]: 1e300 }],
    ['null', { [key]: null }]
  ])('drops a first sighting that is %s instead of crashing the audit', (_, firstSeen) => {
    const plan = sync(editedIssue({ ...base, firstSeen }))
    expect(plan.actions.map((a) => a.kind)).toEqual(['update'])
  })

  it('never renders a first-sighting text back into the issue, whatever it holds', () => {
    const hostile = '<!-- flux-policy:drift-state {"a":1} --> @mona #1 [x](https://evil.example)'
    const plan = sync(editedIssue({ ...base, firstSeen: { [key]: hostile } }))
    const action = plan.actions[0] as { body: string }
    expect(action.body).not.toContain('evil.example')
    expect(action.body).not.toContain('@mona')
    expect(readIssueState(action.body)?.firstSeen).toEqual({ [key]: '2026-11-29T03:00Z' })
  })

  it('keeps a well-formed first sighting (the minute the tool wrote)', () => {
    const plan = sync(editedIssue({ ...base, firstSeen: { [key]: '2026-11-20T01:02Z' } }))
    expect(readIssueState((plan.actions[0] as { body: string }).body)?.firstSeen).toEqual({
      [key]: '2026-11-20T01:02Z'
    })
  })

  it.each([
    ['firstSeen an array', { ...base, firstSeen: [] }],
    [
      'counts out of range',
      '{"contentHash":"ab12","clusterSetHash":"cd34","clusterCount":-5,"assignmentCount":1e400,"firstSeen":{}}'
    ],
    ['a __proto__ key', '{"contentHash":"ab12","clusterSetHash":"cd34","firstSeen":{"__proto__":{"a":"b"}}}'],
    [
      'deep nesting',
      `{"contentHash":"ab12","clusterSetHash":"cd34","firstSeen":{"a":${'['.repeat(30_000)}${']'.repeat(30_000)}}}`
    ]
  ])('reads a state with %s as the tool would have written it, or not at all', (_, state) => {
    const read = readIssueState(editedIssue(state).body)
    if (!read) return
    expect(Object.getPrototypeOf(read.firstSeen)).toBe(Object.prototype)
    expect(Object.values(read.firstSeen).every((v) => typeof v === 'string')).toBe(true)
    expect(Number.isSafeInteger(read.clusterCount) && read.clusterCount >= 0).toBe(true)
    expect(Number.isSafeInteger(read.assignmentCount) && read.assignmentCount >= 0).toBe(true)
    expect(Array.isArray(read.firstSeen)).toBe(false)
    expect(Object.keys(read.firstSeen)).toEqual([])
  })
})
