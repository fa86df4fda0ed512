// auditRoot with recorded deleted sources, on the emulator's Resource Graph engine over the demo fleet: what each
// still leaves, "none left" believed only where the old scope is readable, and a source the files assign again.
import { answerResourceGraphQuery } from '../../../emulator/resource-graph/index.js'
import { demoFleet, SimulatedFleet } from '../../../emulator/index.js'
import type { OrphanRecord } from '../../../src/apply/orphan-record.js'
import { auditRoot } from '../../../src/commands/audit.js'
import type { QueryOutcome, ResourceGraphQuery } from '../../../src/resource-graph/resource-graph-runner.js'
import { InMemoryAzure, inMemoryResourceGraph } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

const fleet = new SimulatedFleet(demoFleet())
const scoping = {
  subscriptionsOfManagementGroup: (g: string) => fleet.subscriptionIdsUnder(g),
  managementGroupsUnder: (g: string) => fleet.managementGroupsUnder(g)
}
const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
const URL = 'https://github.com/contoso/payments-gitops'

function engine(hideContainers = false) {
  return (query: ResourceGraphQuery): QueryOutcome => {
    const tables = fleet.tables()
    const answer = answerResourceGraphQuery(
      { ...query.scope, query: query.query, options: { top: 1000 } },
      (hideContainers ? { ...tables, resourcecontainers: [] } : tables) as ReturnType<SimulatedFleet['tables']>,
      scoping
    )
    if (answer.status !== 200) return { error: { code: 'resource-graph-failed', message: JSON.stringify(answer.body) } }
    return { rows: (answer.body as { data: unknown[] }).data }
  }
}

const record = (configurationName: string, url = URL): OrphanRecord => ({
  assignmentKey: `${RG.toLowerCase()}|${configurationName}`,
  team: 'payments',
  source: configurationName,
  scope: RG,
  notScopes: [],
  configurationName,
  url,
  deletedAt: '2026-11-29T08:00:00.000Z'
})

async function orphansOf(root: string, records: OrphanRecord[], hideContainers = false) {
  const outcome = await auditRoot(
    root,
    REPOSITORY,
    { reads: new InMemoryAzure().reads, resourceGraph: inMemoryResourceGraph(engine(hideContainers)) },
    { deletedSources: records, now: () => new Date('2026-11-29T09:00:00Z') }
  )
  if (outcome.kind !== 'audited') throw new Error(JSON.stringify(outcome))
  return outcome.orphans!.map((o) => ({
    name: o.record.configurationName,
    state: o.state.kind,
    clusters: o.state.kind === 'found' ? o.state.configurations.map((c) => c.clusterId.split('/').pop()) : undefined
  }))
}

describe('the audit of recorded deleted sources', () => {
  const files = copyOfExamples()
  files.edit(
    'teams/payments/apps.yaml',
    (text) => text.slice(0, text.indexOf('  # Git over HTTPS')) + text.slice(text.indexOf('  # Git over SSH'))
  )

  it('finds what each still leaves in its old scope, by name and URL', async () => {
    expect(await orphansOf(files.root, [record('payments-apps'), record('never-deployed')])).toEqual([
      { name: 'payments-apps', state: 'found', clusters: ['arc-store-0103'] },
      { name: 'never-deployed', state: 'found', clusters: [] }
    ])
  })

  it('does not believe "none left" where the old scope cannot be read (Resource Graph hides it silently)', async () => {
    expect(await orphansOf(files.root, [record('never-deployed')], true)).toEqual([
      { name: 'never-deployed', state: 'unknown', clusters: undefined }
    ])
  })

  it('reports a source the files assign again (same name and URL) as reassigned', async () => {
    expect(await orphansOf('examples', [record('payments-apps')])).toEqual([
      { name: 'payments-apps', state: 'reassigned', clusters: undefined }
    ])
  })
})
