// The audit side of #14, pure: the record of a deleted source read back from its issue (hostile), the issue body
// (inert), and the plan that opens, updates, closes, reopens it within the write budget.
import type { OrphanedConfiguration } from '../../../src/apply/orphaned-configurations.js'
import {
  isReassigned,
  observationsOfApply,
  orphanRecordKey,
  readOrphanRecord,
  type OrphanRecord
} from '../../../src/apply/orphan-record.js'
import type { ExistingIssue } from '../../../src/issues/issue-sync-plan.js'
import { followedRecords, planOrphanIssues } from '../../../src/issues/orphan-issue-plan.js'
import { readOrphanIssue, renderOrphanIssue } from '../../../src/render/orphans/orphan-issue.js'
import { orphanSummaryMarkdown } from '../../../src/render/orphans/orphan-summary.js'

const SUB = '11111111-1111-1111-1111-111111111111'
const RG = `/subscriptions/${SUB}/resourceGroups/rg-payments`
const record: OrphanRecord = {
  assignmentKey: `${RG.toLowerCase()}|payments-apps`,
  team: 'payments',
  source: 'payments-apps',
  scope: RG,
  notScopes: [`${RG}/providers/Microsoft.ContainerService/managedClusters/canary`],
  configurationName: 'payments-apps',
  url: 'https://github.com/contoso/payments-gitops',
  deletedAt: '2026-11-29T08:00:00.000Z',
  commit: 'abcdef1234567890'
}
const configuration = (cluster: string): OrphanedConfiguration => ({
  id: `${RG}/providers/Microsoft.Kubernetes/connectedClusters/${cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-apps`,
  clusterId: `${RG}/providers/Microsoft.Kubernetes/connectedClusters/${cluster}`.toLowerCase(),
  subscriptionId: SUB,
  name: 'payments-apps',
  url: record.url,
  assignmentKey: record.assignmentKey,
  team: 'payments',
  source: 'payments-apps'
})
const found = (...clusters: string[]) => ({ kind: 'found' as const, configurations: clusters.map(configuration) })
const issue = (number: number, state: 'open' | 'closed', rendered: { title: string; body: string }): ExistingIssue => ({
  number,
  state,
  ...rendered
})

describe('the record of a deleted source', () => {
  it('round-trips through the issue body, keyed by the deleted assignment', () => {
    const rendered = renderOrphanIssue(record, found('arc-1', 'arc-2'))
    expect(rendered.key).toBe(orphanRecordKey(record))
    expect(readOrphanIssue(rendered.body)).toEqual({
      key: rendered.key,
      data: { record, resolved: false, contentHash: rendered.data.contentHash, clusterCount: 2 }
    })
    expect(rendered.title).toBe('Orphaned Flux configurations of payments/payments-apps: 2 clusters')
    expect(rendered.body).toContain('`arc-1`')
  })

  it('is refused when edited out of shape: no query is ever built from it', () => {
    expect(readOrphanRecord({ ...record, scope: 'not a scope' })).toBeUndefined()
    expect(readOrphanRecord({ ...record, deletedAt: 'yesterday' })).toBeUndefined()
    expect(readOrphanRecord({ ...record, notScopes: [1] })).toBeUndefined()
    expect(readOrphanRecord({ ...record, url: 'x'.repeat(2_001) })).toBeUndefined()
    expect(readOrphanRecord({ ...record, commit: '<b>' })).toEqual({ ...record, commit: undefined })
    // A body whose record does not match its marker's key (copied from another issue) is not the tool's.
    const other = renderOrphanIssue({ ...record, assignmentKey: 'other|x' }, found('arc-1'))
    const spliced = `${renderOrphanIssue(record, found('arc-1')).body.split('\n')[0]}\n${other.body.split('\n').slice(1).join('\n')}`
    expect(readOrphanIssue(spliced)).toBeUndefined()
    expect(readOrphanIssue('<!-- flux-policy:orphans 0123456789abcdef0123 -->\nhello')).toBeUndefined()
  })

  it('renders hostile names and URLs inert, and no value can close the hidden data comment', () => {
    const hostile: OrphanRecord = {
      ...record,
      team: '@contoso/admins',
      source: '<img src=x>',
      url: 'https://evil.example/--><script>alert(1)</script> #1 @everyone'
    }
    const { body, title } = renderOrphanIssue(hostile, found('arc-1'))
    expect(body).not.toMatch(/<img|<script/)
    // Mentions and references only inside code spans, where GitHub links nothing.
    expect(body.replace(/`[^`\n]*`/g, '')).not.toMatch(/@everyone|@contoso|#1\b/)
    expect(body.split('-->').length - 1).toBe(2) // the marker's and the data line's own
    expect(readOrphanIssue(body)?.data.record).toEqual(hostile)
    expect(title).not.toContain('\n')
  })

  it('counts a source the files assign again (same name and URL) as reassigned', () => {
    const assignment = (parameters: Record<string, string>) => ({ kind: 'configuration' as const, parameters })
    expect(
      isReassigned(record, {
        assignments: [assignment({ configurationName: 'PAYMENTS-APPS', repositoryUrl: record.url.toUpperCase() })]
      } as never)
    ).toBe(true)
    expect(
      isReassigned(record, {
        assignments: [assignment({ configurationName: 'payments-apps', repositoryUrl: 'https://github.com/x/fork' })]
      } as never)
    ).toBe(false)
  })

  it('is made by apply for each deleted source that left configurations it did not remove', () => {
    const source = { ...record } as Partial<OrphanRecord>
    delete source.deletedAt
    delete source.commit
    const deleted = [source as OrphanRecord]
    const all = [configuration('arc-1'), configuration('arc-2')]
    const at = '2026-11-29T09:00:00.000Z'
    expect(observationsOfApply(deleted, { found: all, removed: [] }, at, 'abc1234')).toEqual([
      { record: { ...source, deletedAt: at, commit: 'abc1234' }, state: { kind: 'found', configurations: all } }
    ])
    expect(observationsOfApply(deleted, { found: all, removed: all.map((c) => c.id) }, at)).toEqual([])
    expect(observationsOfApply(deleted, { found: [], removed: [], unknown: true }, at)[0]!.state).toEqual({
      kind: 'unknown'
    })
  })
})

describe('planOrphanIssues', () => {
  const opened = renderOrphanIssue(record, found('arc-1', 'arc-2'))

  it('opens one issue (and its label) when configurations are left, and nothing when none are', () => {
    const plan = planOrphanIssues({ observations: [{ record, state: found('arc-1') }], existing: [], maxWrites: 5 })
    expect(plan.createLabel).toBe(true)
    expect(plan.actions).toEqual([expect.objectContaining({ kind: 'open', labels: ['flux-orphans'] })])
    expect(
      planOrphanIssues({ observations: [{ record, state: found() }], existing: [], maxWrites: 5 }).actions
    ).toEqual([])
  })

  it('writes nothing when nothing changed, updates when the clusters did', () => {
    const existing = [issue(7, 'open', opened)]
    const same = planOrphanIssues({
      observations: [{ record, state: found('arc-2', 'arc-1') }],
      existing,
      maxWrites: 5
    })
    expect(same).toMatchObject({ actions: [], unchanged: 1 })
    const fewer = planOrphanIssues({ observations: [{ record, state: found('arc-1') }], existing, maxWrites: 5 })
    expect(fewer.actions).toEqual([expect.objectContaining({ kind: 'update', number: 7 })])
  })

  it('closes it, marked resolved, once none is left or the files assign it again; then no longer follows it', () => {
    const existing = [issue(7, 'open', opened)]
    expect(followedRecords(existing)).toEqual([record])
    const plan = planOrphanIssues({ observations: [{ record, state: found() }], existing, maxWrites: 5 })
    const [close] = plan.actions
    expect(close).toMatchObject({ kind: 'close', number: 7, comment: expect.stringContaining('Closing') })
    if (close?.kind !== 'close') throw new Error('not a close')
    expect(followedRecords([issue(7, 'closed', close)])).toEqual([])
    const again = planOrphanIssues({
      observations: [{ record, state: { kind: 'reassigned' } }],
      existing,
      maxWrites: 5
    })
    expect(again.actions).toEqual([
      expect.objectContaining({ kind: 'close', comment: expect.stringContaining('assign a configuration') })
    ])
  })

  it('reopens one a person closed while configurations are left, and marks it resolved when none are', () => {
    const existing = [issue(7, 'closed', opened)]
    expect(followedRecords(existing)).toEqual([record])
    const left = planOrphanIssues({ observations: [{ record, state: found('arc-1') }], existing, maxWrites: 5 })
    expect(left.actions).toEqual([expect.objectContaining({ kind: 'reopen', number: 7 })])
    const none = planOrphanIssues({ observations: [{ record, state: found() }], existing, maxWrites: 5 })
    expect(none.actions).toEqual([expect.objectContaining({ kind: 'resolve', number: 7 })])
  })

  it('stays within the write budget, new ones first', () => {
    const other: OrphanRecord = { ...record, assignmentKey: 'x|data', source: 'data' }
    const existing = [issue(7, 'open', opened)]
    const observations = [
      { record, state: found() },
      { record: other, state: found('arc-9') }
    ]
    const plan = planOrphanIssues({ observations, existing, maxWrites: 2 })
    expect(plan.actions.map((a) => a.kind)).toEqual(['open'])
    expect(plan.deferred.map((a) => a.kind)).toEqual(['close'])
    expect(planOrphanIssues({ observations, existing, maxWrites: 0 }).actions).toEqual([])
  })

  it('lists each followed source in the audit summary, inert', () => {
    const lines = orphanSummaryMarkdown([{ record: { ...record, source: '<b>x</b>' }, state: found('arc-1') }])
    expect(lines.join('\n')).toContain('| 1 |')
    expect(lines.join('\n')).not.toContain('<b>')
  })
})
