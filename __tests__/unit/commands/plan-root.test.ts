// planRoot through its interface (AzureReads) over an in-memory Azure: validate → desired → live → plan.
import { planRoot } from '../../../src/commands/plan.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

describe('planRoot', () => {
  it('plans the examples against an empty Azure, reading each scope once and nothing else', async () => {
    const azure = new InMemoryAzure()
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.plan.counts).toEqual({ create: 11, update: 0, delete: 0, noop: 0 })
    expect(outcome.scopesRead.length).toBeGreaterThan(1)
    expect(azure.calls).toEqual([
      `liveAssignments ${outcome.scopesRead.map((r) => r.scope).join(' ')}`,
      'builtinDefinitions '
    ])
  })

  it('stops at invalid files without reading Azure', async () => {
    const copy = copyOfExamples()
    copy.edit('teams/payments/apps.yaml', (t) => t.replace('branch: main', 'branch: [main'))
    const azure = new InMemoryAzure()
    const outcome = await planRoot(copy.root, REPOSITORY, azure.reads)
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problems: expect.arrayContaining([
        expect.objectContaining({ file: 'teams/payments/apps.yaml', rule: 'yaml-syntax' })
      ])
    })
    expect(azure.calls).toEqual([])
  })

  it('reads the custom definitions at the scope the platform file names', async () => {
    const copy = copyOfExamples()
    copy.edit(
      'flux-policy.yaml',
      (t) => `${t}customDefinitions:\n  scope: /providers/Microsoft.Management/managementGroups/contoso-prod\n`
    )
    const azure = new InMemoryAzure()
    await planRoot(copy.root, REPOSITORY, azure.reads)
    expect(azure.calls).toContain('customDefinitions /providers/Microsoft.Management/managementGroups/contoso-prod')
  })
})
