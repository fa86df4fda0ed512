// applyRoot through its interfaces (AzureReads, AzureWrites) over an in-memory Azure: re-plan, guards, apply.
import { applyRoot } from '../../../src/commands/apply.js'
import { planRoot } from '../../../src/commands/plan.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

const apply = (azure: InMemoryAzure, root = 'examples', options: Partial<Parameters<typeof applyRoot>[3]> = {}) =>
  applyRoot(root, REPOSITORY, { reads: azure.reads, writes: azure.writes }, { allowManyDeletes: false, ...options })

async function planCounts(azure: InMemoryAzure, root = 'examples') {
  const outcome = await planRoot(root, REPOSITORY, azure.reads)
  if (outcome.kind !== 'planned') throw new Error('invalid')
  return outcome.plan.counts
}

describe('applyRoot', () => {
  it('applies the examples with their roles and remediations, then the next plan changes nothing', async () => {
    const azure = new InMemoryAzure()
    const outcome = await apply(azure)
    if (outcome.kind !== 'applied') throw new Error('invalid')
    expect(outcome.result.succeeded).toBe(true)
    expect(azure.assignments.size).toBe(8)
    expect(azure.grants.length).toBeGreaterThan(0)
    expect(azure.remediations.length).toBeGreaterThan(0)
    expect(await planCounts(azure)).toEqual({ create: 0, update: 0, delete: 0, noop: 8 })

    const writesBefore = azure.writeCalls().length
    expect((await apply(azure)).kind).toBe('applied')
    expect(azure.writeCalls().length).toBe(writesBefore)
  })

  it('writes nothing when the plan made now differs from the reviewed one', async () => {
    const azure = new InMemoryAzure()
    const outcome = await apply(azure, 'examples', { requireHash: 'reviewed-elsewhere' })
    expect(outcome).toMatchObject({
      kind: 'applied',
      result: { succeeded: false, refused: expect.stringContaining('differs from the reviewed plan') }
    })
    expect(azure.writeCalls()).toEqual([])
  })

  it('writes nothing when the files are invalid', async () => {
    const copy = copyOfExamples()
    copy.edit('teams/payments/apps.yaml', (t) => t.replace('branch: main', 'branch: [main'))
    const azure = new InMemoryAzure()
    expect((await apply(azure, copy.root)).kind).toBe('invalid')
    expect(azure.calls).toEqual([])
  })

  it('goes on past a failed write, and a re-run converges', async () => {
    const azure = new InMemoryAzure()
    const first = await planRoot('examples', REPOSITORY, azure.reads)
    if (first.kind !== 'planned') throw new Error('invalid')
    const failing = first.plan.changes.find((c) => c.kind === 'configuration')!.name
    azure.failingPuts.add(failing)
    const broken = await apply(azure)
    if (broken.kind !== 'applied') throw new Error('invalid')
    expect(broken.result.succeeded).toBe(false)
    expect(broken.result.outcomes.filter((o) => o.status === 'failed').map((o) => o.name)).toEqual([failing])
    expect(azure.assignments.size).toBe(7)

    azure.failingPuts.clear()
    const rerun = await apply(azure)
    expect(rerun).toMatchObject({ kind: 'applied', result: { succeeded: true } })
    expect(await planCounts(azure)).toEqual({ create: 0, update: 0, delete: 0, noop: 8 })
  })

  it('deletes what it owns when a source goes, only with the override past safety.maxDeletes', async () => {
    const azure = new InMemoryAzure()
    await apply(azure)
    const copy = copyOfExamples()
    copy.edit('flux-policy.yaml', (t) => t.replace('maxDeletes: 5', 'maxDeletes: 0'))
    copy.edit('teams/data/pipelines.yaml', (t) => t.slice(0, t.indexOf('  # A MinIO bucket')))
    const refused = await apply(azure, copy.root)
    expect(refused).toMatchObject({
      kind: 'applied',
      result: { refused: expect.stringContaining('safety.maxDeletes (0)') }
    })
    expect(azure.assignments.size).toBe(8)

    const allowed = await apply(azure, copy.root, { allowManyDeletes: true })
    expect(allowed).toMatchObject({ kind: 'applied', result: { succeeded: true } })
    expect(azure.calls.filter((c) => c.startsWith('deleteAssignment'))).toHaveLength(1)
    expect(await planCounts(azure, copy.root)).toMatchObject({ create: 0, update: 0, delete: 0 })
  })
})
