// planRoot through its interface (AzureReads) over an in-memory Azure: validate → desired → live → plan.
import { planRoot } from '../../../src/commands/plan.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

describe('planRoot', () => {
  it('plans the examples against an empty Azure, reading each scope once and nothing else', async () => {
    const azure = new InMemoryAzure()
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.plan.counts).toEqual({ create: 8, update: 0, delete: 0, noop: 0 })
    expect(outcome.scopesRead.length).toBeGreaterThan(1)
    // Existence first (a missing scope is left out of the other reads), then the live assignments.
    expect(azure.calls).toHaveLength(3)
    expect(azure.calls[0]).toBe('builtinDefinitions ')
    expect(azure.calls[2]).toBe(`liveAssignments ${outcome.scopesRead.map((r) => r.scope).join(' ')}`)
    // One existence read per distinct scope the sources write to.
    const checked = azure.calls[1]!.replace('scopeExistence ', '').split(' ')
    expect(new Set(checked.map((s) => s.toLowerCase())).size).toBe(checked.length)
    expect(checked).toContain('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments')
    expect(outcome.plan.errors).toEqual([])
    // The platform file's owners of each team reach the renderers (issue #15).
    expect(outcome.teamOwners).toEqual({
      platform: ['@contoso/platform'],
      payments: ['@contoso/payments'],
      data: ['@contoso/data']
    })
  })

  it('fails at the scope field of each source whose resource group does not exist', async () => {
    const copy = copyOfExamples()
    const rename = (t: string) => t.replaceAll('resourceGroups/rg-payments', 'resourceGroups/rg-doesnotexist')
    copy.edit('teams/payments/apps.yaml', rename)
    copy.edit('flux-policy.yaml', rename)
    const azure = new InMemoryAzure()
    azure.missingScopes.add('/subscriptions/11111111-1111-1111-1111-111111111111/resourcegroups/rg-doesnotexist')
    const outcome = await planRoot(copy.root, REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    const error = (line: number) => ({
      code: 'scope-not-found',
      file: 'teams/payments/apps.yaml',
      line,
      column: 12,
      message: expect.stringContaining('rg-doesnotexist does not exist in Azure')
    })
    expect(outcome.plan.errors).toEqual([error(7), error(24), error(37)])
    expect(outcome.plan.warnings).toEqual([])
  })

  it('fails at customDefinitions.scope when that management group does not exist', async () => {
    const copy = copyOfExamples()
    copy.edit(
      'flux-policy.yaml',
      (t) => `${t}customDefinitions:\n  scope: /providers/Microsoft.Management/managementGroups/mg-gone\n`
    )
    const azure = new InMemoryAzure()
    azure.missingScopes.add('/providers/microsoft.management/managementgroups/mg-gone')
    const outcome = await planRoot(copy.root, REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.plan.errors).toEqual([
      expect.objectContaining({ code: 'scope-not-found', file: 'flux-policy.yaml', column: 10 })
    ])
    // Azure answers 403 to any read under a management group that does not exist: nothing else is read there.
    expect(azure.calls.filter((c) => c.startsWith('customDefinitions'))).toEqual([])
  })

  it('only warns when the identity may not read a scope (403)', async () => {
    const azure = new InMemoryAzure()
    azure.unreadableScopes.add('/subscriptions/11111111-1111-1111-1111-111111111111/resourcegroups/rg-payments')
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.plan.errors).toEqual([])
    expect(outcome.plan.warnings).toEqual([
      expect.objectContaining({ code: 'scope-unconfirmed', message: expect.stringContaining('rg-payments') })
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
