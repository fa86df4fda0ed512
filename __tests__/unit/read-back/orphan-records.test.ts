// The records the audit follows are read back from orphaned-configurations issues, whose bodies anyone with write
// access may edit. An edited record may only narrow what the audit reads: its old scope must lie inside the scopes
// the policy files grant or use, no value can break the Resource Graph query built from it (which would fail the
// whole audit every night), and nothing out of shape is followed.
import { describe, expect, it } from '@jest/globals'
import { answerResourceGraphQuery, diagnoseKql } from '../../../emulator/resource-graph/index.js'
import { demoFleet, SimulatedFleet } from '../../../emulator/index.js'
import { readOrphanRecord, type OrphanRecord } from '../../../src/apply/orphan-record.js'
import { orphanQueryText } from '../../../src/apply/orphaned-configurations.js'
import { readOrphanIssue, renderOrphanIssue } from '../../../src/render/orphans/orphan-issue.js'
import { auditRoot } from '../../../src/commands/audit.js'
import type { QueryOutcome, ResourceGraphQuery } from '../../../src/resource-graph/resource-graph-runner.js'
import { InMemoryAzure, inMemoryResourceGraph } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from '../commands/policy-copy.js'

const fleet = new SimulatedFleet(demoFleet())
const scoping = {
  subscriptionsOfManagementGroup: (g: string) => fleet.subscriptionIdsUnder(g),
  managementGroupsUnder: (g: string) => fleet.managementGroupsUnder(g)
}
const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
const NONPROD = '33333333-3333-3333-3333-333333333333'

function engine(query: ResourceGraphQuery): QueryOutcome {
  const answer = answerResourceGraphQuery(
    { ...query.scope, query: query.query, options: { top: 1000 } },
    fleet.tables(),
    scoping
  )
  if (answer.status !== 200) return { error: { code: 'resource-graph-failed', message: JSON.stringify(answer.body) } }
  return { rows: (answer.body as { data: unknown[] }).data }
}

const record = (fields: Partial<OrphanRecord> = {}): OrphanRecord => ({
  assignmentKey: `${RG.toLowerCase()}|payments-apps`,
  team: 'payments',
  source: 'payments-apps',
  scope: RG,
  notScopes: [],
  configurationName: 'payments-apps',
  url: 'https://github.com/contoso/payments-gitops',
  deletedAt: '2026-11-29T08:00:00.000Z',
  ...fields
})

async function audit(records: OrphanRecord[]) {
  const files = copyOfExamples()
  files.edit(
    'teams/payments/apps.yaml',
    (text) => text.slice(0, text.indexOf('  # Git over HTTPS')) + text.slice(text.indexOf('  # Git over SSH'))
  )
  const graph = inMemoryResourceGraph(engine)
  const outcome = await auditRoot(
    files.root,
    REPOSITORY,
    { reads: new InMemoryAzure().reads, resourceGraph: graph },
    { deletedSources: records, now: () => new Date('2026-11-29T09:00:00Z') }
  )
  return { outcome, queries: graph.queries }
}

describe('a record edited in its issue', () => {
  it.each([
    ['a line break', 'payments-apps\n| where 1 == 1'],
    ['a carriage return', "payments-apps\r'"],
    ['a NUL', 'payments\u0000apps']
  ])('cannot break the query (and fail the audit) with %s in a value', async (_, configurationName) => {
    expect(diagnoseKql(orphanQueryText(record({ configurationName })))).toEqual([])
    expect(diagnoseKql(orphanQueryText(record({ url: `https://e.example/${configurationName}` })))).toEqual([])
    const { outcome } = await audit([record({ configurationName })])
    expect(outcome.kind).toBe('audited')
  })

  it.each([
    ['a subscription the files never grant', `/subscriptions/${NONPROD}`],
    ['a resource group there', `/subscriptions/${NONPROD}/resourceGroups/rg-dev`],
    ['the tenant root group', '/providers/Microsoft.Management/managementGroups/contoso'],
    ['a sibling group', '/providers/Microsoft.Management/managementGroups/contoso-nonprod']
  ])('is not followed when its old scope is %s: nothing is read there', async (_, scope) => {
    const forged = record({ scope, assignmentKey: `${scope.slice(1).toLowerCase()}|payments-apps` })
    const { outcome, queries } = await audit([forged, record()])
    if (outcome.kind !== 'audited') throw new Error(JSON.stringify(outcome))
    const scopes = queries.map((q) => JSON.stringify(q.scope).toLowerCase())
    expect(
      scopes.filter((s) => s.includes(NONPROD) || s.includes('"contoso"') || s.includes('contoso-nonprod'))
    ).toEqual([])
    expect(outcome.orphans?.map((o) => o.record.scope)).toEqual([RG])
    expect(outcome.ignoredDeletedSources).toEqual([{ record: forged, reason: 'scope-not-granted' }])
  })

  it('is followed when its old scope lies inside a granted one (a group granted, a subscription declared under it)', async () => {
    const inside = record({ scope: '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-x' })
    const { outcome } = await audit([inside])
    if (outcome.kind !== 'audited') throw new Error(JSON.stringify(outcome))
    expect(outcome.orphans?.map((o) => o.record.scope)).toEqual([inside.scope])
    expect(outcome.ignoredDeletedSources ?? []).toEqual([])
  })

  it('is refused when an exclusion is not an Azure resource id', () => {
    expect(readOrphanRecord(record({ notScopes: ['rg-payments'] }))).toBeUndefined()
    expect(readOrphanRecord(record({ notScopes: [`${RG}\n`] }))).toBeUndefined()
    expect(
      readOrphanRecord(record({ notScopes: [`${RG}/providers/Microsoft.Kubernetes/connectedClusters/arc-1`] }))
    ).toBeDefined()
  })

  it('is refused, never polluting a prototype, when it carries __proto__ or constructor keys', () => {
    const value = JSON.parse(
      `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${JSON.stringify(record()).slice(1)}`
    )
    const read = readOrphanRecord(value)
    expect(read).toEqual(record())
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(read!)).not.toContain('__proto__')
  })

  it('is read only from the last line: a data line injected above it, or a body of other text, is never taken', () => {
    const ours = renderOrphanIssue(record(), { kind: 'unknown' }).body.split('\n')
    const forged = renderOrphanIssue(record({ scope: `/subscriptions/${NONPROD}` }), { kind: 'unknown' }).body
    const injected = [...ours.slice(0, 3), forged.split('\n').at(-1)!, ...ours.slice(3)].join('\n')
    expect(readOrphanIssue(injected)?.data.record).toEqual(record())
    const data = (json: string) =>
      [...ours.slice(0, -1), `<!-- flux-policy:orphans-data ${Buffer.from(json).toString('base64url')} -->`].join('\n')
    expect(readOrphanIssue(data(`${'['.repeat(20_000)}${']'.repeat(20_000)}`))).toBeUndefined()
    expect(readOrphanIssue(data('null'))).toBeUndefined()
    expect(readOrphanIssue(data(JSON.stringify({ record: [record()], contentHash: 'x' })))).toBeUndefined()
    expect(
      readOrphanIssue([...ours.slice(0, -1), '<!-- flux-policy:orphans-data not+base64/ -->'].join('\n'))
    ).toBeUndefined()
    expect(readOrphanIssue(`${ours.join('\n')}${' '.repeat(65_536 - ours.join('\n').length)}`)?.data.record).toEqual(
      record()
    )
  })
})
