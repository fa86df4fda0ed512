// The permission pre-flight: which actions the plan's writes need, and what the identity's grants leave missing.
import { applyRoot } from '../../../src/commands/apply.js'
import { planRoot } from '../../../src/commands/plan.js'
import {
  actionMatches,
  grantAllows,
  permissionFindings,
  permissionScopeOf
} from '../../../src/plan/permission-preflight.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { realDefinitions } from '../../helpers/policy-root.js'
import type { PolicyDefinitionBody } from '../../../src/desired/custom-definition-body.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

const apply = (azure: InMemoryAzure) =>
  applyRoot('examples', REPOSITORY, { reads: azure.reads, writes: azure.writes }, { allowManyDeletes: false })
const RG_PAYMENTS = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
// Resource Policy Contributor and Reader, as Microsoft's "Azure built-in roles" lists them.
const RESOURCE_POLICY_CONTRIBUTOR = {
  actions: [
    '*/read',
    'Microsoft.Authorization/policyassignments/*',
    'Microsoft.Authorization/policydefinitions/*',
    'Microsoft.Authorization/policyexemptions/*',
    'Microsoft.Authorization/policysetdefinitions/*',
    'Microsoft.PolicyInsights/*',
    'Microsoft.Resources/deployments/*',
    'Microsoft.Support/*'
  ],
  notActions: []
}
const READER = { actions: ['*/read'], notActions: [] }
const CONTRIBUTOR = {
  actions: ['*'],
  notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write']
}

describe('permission pre-flight (pure)', () => {
  // "Understand Azure role definitions": `*` wildcards, case-insensitive, actions minus notActions.
  it('judges a grant like Azure: wildcards, any case, notActions subtracted', () => {
    expect(
      actionMatches('Microsoft.Authorization/policyassignments/*', 'Microsoft.Authorization/policyAssignments/write')
    ).toBe(true)
    expect(actionMatches('*/read', 'Microsoft.Authorization/policyAssignments/write')).toBe(false)
    expect(grantAllows(CONTRIBUTOR, 'Microsoft.Authorization/policyAssignments/write')).toBe(false)
    expect(grantAllows(CONTRIBUTOR, 'Microsoft.PolicyInsights/remediations/write')).toBe(true)
  })

  it('reads a Key Vault’s permissions at its resource group', () => {
    expect(permissionScopeOf(`${RG_PAYMENTS}/providers/Microsoft.KeyVault/vaults/kv`)).toBe(RG_PAYMENTS)
    expect(permissionScopeOf(RG_PAYMENTS)).toBe(RG_PAYMENTS)
  })

  it('turns a missing action into an error, a conditional grant into a warning', () => {
    const use = { scope: RG_PAYMENTS, file: 'teams/payments/apps.yaml', line: 7, column: 12, field: 'scope' }
    const needs = [
      { scope: RG_PAYMENTS, action: 'Microsoft.Authorization/policyAssignments/write', use },
      { scope: RG_PAYMENTS, action: 'Microsoft.Authorization/roleAssignments/write', use }
    ]
    const conditional = {
      actions: ['Microsoft.Authorization/roleAssignments/write'],
      notActions: [],
      condition: "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})))"
    }
    const findings = permissionFindings(
      needs,
      new Map([[RG_PAYMENTS.toLowerCase(), { kind: 'read' as const, grants: [READER, conditional] }]])
    )
    expect(findings.errors).toEqual([
      {
        code: 'permission-missing',
        file: 'teams/payments/apps.yaml',
        line: 7,
        column: 12,
        message: expect.stringContaining(
          `may not perform Microsoft.Authorization/policyAssignments/write on ${RG_PAYMENTS}`
        )
      }
    ])
    expect(findings.errors[0]!.message).toContain('Grant it Resource Policy Contributor (or Owner)')
    expect(findings.warnings).toEqual([
      expect.objectContaining({
        code: 'permission-unconfirmed',
        message: expect.stringContaining('only a role assignment with a condition grants it')
      })
    ])
  })
})

describe('permission pre-flight in planRoot', () => {
  it('asks once per scope it writes, and finds nothing missing for an Owner', async () => {
    const azure = new InMemoryAzure()
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
    expect(outcome.plan.errors).toEqual([])
    expect(azure.permissionReads).toHaveLength(1)
    const scopes = azure.permissionReads[0]!
    expect(new Set(scopes.map((s) => s.toLowerCase())).size).toBe(scopes.length)
    expect(scopes).toContain(RG_PAYMENTS)
  })

  it('reports each action a weak identity lacks at the scope field, and the plan hash does not change', async () => {
    const owner = new InMemoryAzure()
    const asOwner = await planRoot('examples', REPOSITORY, owner.reads)
    const azure = new InMemoryAzure()
    azure.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR])
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned' || asOwner.kind !== 'planned') throw new Error('invalid')
    const missing = outcome.plan.errors.filter((e) => e.code === 'permission-missing')
    expect(missing).toEqual([
      expect.objectContaining({
        file: 'teams/payments/apps.yaml',
        line: 7,
        column: 12,
        message: expect.stringContaining(
          `may not perform Microsoft.Authorization/roleAssignments/write on ${RG_PAYMENTS}`
        )
      })
    ])
    expect(missing[0]!.message).toContain('Role Based Access Control Administrator')
    expect(outcome.plan.hash).toBe(asOwner.plan.hash)
  })

  it('needs Flux configuration writes where an update is invisible to the policy (apply updates clusters directly)', async () => {
    const azure = new InMemoryAzure()
    // The real built-ins: reach is read from their existence conditions.
    azure.builtins = new Map(
      realDefinitions().map((d) => [d.name.toLowerCase(), d.properties as unknown as PolicyDefinitionBody])
    )
    const files = copyOfExamples()
    expect((await apply(azure)).kind).toBe('applied')
    files.edit('teams/payments/apps.yaml', (text) =>
      text.replace('path: ./clusters/prod,', 'path: ./clusters/prod-v2,')
    )
    azure.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR])
    const outcome = await planRoot(files.root, REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error('invalid')
    const missing = outcome.plan.errors.filter((e) => e.code === 'permission-missing').map((e) => e.message)
    expect(missing).toEqual([
      expect.stringContaining(`Microsoft.KubernetesConfiguration/fluxConfigurations/write on ${RG_PAYMENTS}`)
    ])
    expect(missing[0]).toContain('Contributor')
    azure.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR, CONTRIBUTOR])
    const granted = await planRoot(files.root, REPOSITORY, azure.reads)
    if (granted.kind !== 'planned') throw new Error('invalid')
    expect(granted.plan.errors).toEqual([])
  })

  it('needs Flux configuration delete and write where a deleted source’s configurations are to be removed', async () => {
    const azure = new InMemoryAzure()
    const files = copyOfExamples()
    expect((await applyRoot(files.root, REPOSITORY, azure, { allowManyDeletes: false })).kind).toBe('applied')
    files.edit(
      'teams/payments/apps.yaml',
      (text) => text.slice(0, text.indexOf('  # Git over HTTPS')) + text.slice(text.indexOf('  # Git over SSH'))
    )
    // May delete the assignment and its role assignments, not touch the clusters' Flux configurations.
    const ROLES = { actions: ['Microsoft.Authorization/roleAssignments/*'], notActions: [] }
    azure.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR, ROLES])
    const missing = async (options: { removeOrphans?: boolean }) => {
      const outcome = await planRoot(files.root, REPOSITORY, azure.reads, options)
      if (outcome.kind !== 'planned') throw new Error('invalid')
      expect(outcome.plan.counts.delete).toBe(1)
      return outcome.plan.errors.filter((e) => e.code === 'permission-missing')
    }
    expect(await missing({})).toEqual([])
    const byLabel = await missing({ removeOrphans: true })
    expect(byLabel.map((e) => e.message)).toEqual([
      expect.stringContaining(`Microsoft.KubernetesConfiguration/fluxConfigurations/write on ${RG_PAYMENTS}`),
      expect.stringContaining(`Microsoft.KubernetesConfiguration/fluxConfigurations/delete on ${RG_PAYMENTS}`)
    ])
    expect(byLabel[0]).toMatchObject({ file: 'flux-policy.yaml', line: 26 })
    expect(byLabel[0]!.message).toContain('the deleted source payments/payments-apps')
    expect(byLabel[0]!.message).toContain("the label 'flux-policy:remove-orphaned-configurations'")
    files.edit('flux-policy.yaml', (text) =>
      text.replace('  maxDeletes: 5', '  maxDeletes: 5\n  removeConfigurationsOnDelete: true')
    )
    const bySetting = await missing({})
    expect(bySetting).toHaveLength(2)
    expect(bySetting[1]).toMatchObject({ file: 'flux-policy.yaml', line: 27, column: 33 })
    expect(bySetting[1]!.message).toContain('opted in by safety.removeConfigurationsOnDelete')
    azure.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR, ROLES, CONTRIBUTOR])
    expect(await missing({ removeOrphans: true })).toEqual([])
  })

  it('needs evaluation triggers at a management group, where apply evaluates the subscriptions below first', async () => {
    const group = '/providers/Microsoft.Management/managementGroups/contoso-prod'
    const trigger = 'Microsoft.PolicyInsights/policyStates/triggerEvaluation/action'
    const roles = { actions: ['Microsoft.Authorization/roleAssignments/*'], notActions: [] }
    // Policy writes and remediations, but no other Microsoft.PolicyInsights action.
    const noTrigger = {
      actions: [
        ...RESOURCE_POLICY_CONTRIBUTOR.actions.filter((a) => a !== 'Microsoft.PolicyInsights/*'),
        'Microsoft.PolicyInsights/remediations/*'
      ],
      notActions: []
    }
    const azure = new InMemoryAzure()
    azure.permissionGrants.set(group.toLowerCase(), [noTrigger, roles])
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error('invalid')
    const missing = outcome.plan.errors.filter((e) => e.code === 'permission-missing')
    expect(missing).toEqual([
      expect.objectContaining({
        file: 'teams/platform/baseline.yaml',
        message: expect.stringContaining(`may not perform ${trigger} on ${group}`)
      })
    ])
    expect(missing[0]!.message).toContain('Grant it Resource Policy Contributor (or Owner)')
    azure.permissionGrants.set(group.toLowerCase(), [RESOURCE_POLICY_CONTRIBUTOR, roles])
    const granted = await planRoot('examples', REPOSITORY, azure.reads)
    if (granted.kind !== 'planned') throw new Error('invalid')
    expect(granted.plan.errors).toEqual([])
  })

  it('warns when a scope’s permissions cannot be read, and the audit reads none', async () => {
    const azure = new InMemoryAzure()
    azure.unreadablePermissions.add(RG_PAYMENTS.toLowerCase())
    const outcome = await planRoot('examples', REPOSITORY, azure.reads)
    if (outcome.kind !== 'planned') throw new Error('invalid')
    expect(outcome.plan.errors).toEqual([])
    expect(outcome.plan.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'permission-unconfirmed', message: expect.stringContaining(RG_PAYMENTS) })
      ])
    )
    const auditing = new InMemoryAzure()
    await planRoot('examples', REPOSITORY, auditing.reads, { checkPermissions: false })
    expect(auditing.permissionReads).toEqual([])
  })

  it('stops apply before its first write when anything is missing, and reads nothing once nothing changes', async () => {
    const weak = new InMemoryAzure()
    weak.permissionGrants.set(RG_PAYMENTS.toLowerCase(), [READER])
    const refused = await apply(weak)
    expect(refused).toMatchObject({
      kind: 'applied',
      result: { succeeded: false, refused: expect.stringContaining('Microsoft.Authorization/policyAssignments/write') }
    })
    expect(weak.writeCalls()).toEqual([])

    const azure = new InMemoryAzure()
    expect(await apply(azure)).toMatchObject({ kind: 'applied', result: { succeeded: true } })
    azure.permissionReads.length = 0
    const again = await planRoot('examples', REPOSITORY, azure.reads)
    if (again.kind !== 'planned') throw new Error('invalid')
    expect(again.plan.counts.noop).toBe(8)
    expect(azure.permissionReads).toEqual([])
  })

  it('reports a 403 in the middle of an apply as one, and a re-run with the role converges', async () => {
    const azure = new InMemoryAzure()
    const planned = await planRoot('examples', REPOSITORY, azure.reads)
    if (planned.kind !== 'planned') throw new Error('invalid')
    const victim = planned.plan.changes.find((c) => c.kind === 'configuration')!
    azure.forbiddenPuts.add(victim.name)
    const first = await apply(azure)
    if (first.kind !== 'applied') throw new Error('invalid')
    expect(first.result.succeeded).toBe(false)
    expect(first.result.outcomes.find((o) => o.name === victim.name)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^403 AuthorizationFailed: .*'Microsoft\.Authorization\/policyAssignments\/write'/)
    })
    azure.forbiddenPuts.clear()
    expect(await apply(azure)).toMatchObject({ kind: 'applied', result: { succeeded: true } })
    const after = await planRoot('examples', REPOSITORY, azure.reads)
    if (after.kind !== 'planned') throw new Error('invalid')
    expect(after.plan.counts).toMatchObject({ create: 0, update: 0, delete: 0 })
  })
})
