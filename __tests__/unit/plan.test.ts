import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { definitionById } from '../../src/desired/catalog.js'
import type { DesiredAssignment, DesiredState } from '../../src/desired/desired-assignment.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const REPO = 'contoso/fleet-policy'

function desiredOf(files = readPolicyRoot('examples')): DesiredState {
  const { model, problems } = validatePolicyFiles(files)
  expect(problems).toEqual([])
  return buildDesiredState(model!, { repository: REPO })
}

/** How Azure hands an assignment back: id casing changed, notScopes reordered, defaults filled in. */
function storedByAzure(d: DesiredAssignment): LiveAssignment {
  const defaults = Object.fromEntries(
    Object.entries(definitionById(d.policyDefinitionId)!.parameters)
      .filter(([, s]) => s.defaultValue !== undefined)
      .map(([n, s]) => [n, s.defaultValue])
  )
  return {
    id: `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
    name: d.name,
    scope: d.scope,
    policyDefinitionId: d.policyDefinitionId.toLowerCase(),
    displayName: d.displayName,
    description: d.description,
    notScopes: [...d.notScopes].reverse().map((s) => s.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/')),
    enforcementMode: d.enforcementMode,
    parameters: { ...defaults, ...d.parameters },
    metadata: JSON.parse(JSON.stringify(d.metadata)) as Record<string, unknown>,
    location: d.location,
    identity: { type: 'SystemAssigned', principalId: '00000000-0000-0000-0000-00000000000a' }
  }
}

/** The examples without the management-group sources: only the subscription and resource-group ones remain. */
function withoutManagementGroupSources(files: ReturnType<typeof readPolicyRoot>) {
  return files.filter((f) => !/managementGroups\/contoso-prod/.test(f.text) || f.path === 'flux-policy.yaml')
}

describe('buildPlan', () => {
  const desired = desiredOf()

  it('creates everything against an empty Azure, extension prerequisites first', () => {
    const plan = buildPlan(desired, [])
    expect(plan.counts).toEqual({ create: desired.assignments.length, update: 0, delete: 0, noop: 0 })
    const kinds = plan.changes.map((c) => c.kind)
    expect(kinds.lastIndexOf('extension')).toBeLessThan(kinds.indexOf('configuration'))
    // payments-infra is DoNotEnforce: nothing is deployed for it, so no remediation either.
    expect(plan.remediations.map((r) => r.assignmentName)).toHaveLength(desired.assignments.length - 1)
    expect(plan.remediations.map((r) => r.assignmentName)).not.toContainEqual(expect.stringContaining('payments-infra'))
    const kvRoles = plan.roleAssignments.filter((r) => r.scope.includes('Microsoft.KeyVault'))
    expect(kvRoles.map((r) => r.assignmentName).sort()).toHaveLength(3)
    expect(plan.errors).toEqual([])
  })

  it('is empty against what it just applied, as Azure stores it (round trip)', () => {
    const plan = buildPlan(desired, desired.assignments.map(storedByAzure))
    expect(plan.changes.filter((c) => c.action !== 'no-op')).toEqual([])
    expect(plan.warnings).toEqual([])
    expect(plan.hash).toBe(buildPlan({ ...desired, assignments: [] }, []).hash)
  })

  it('shows an update parameter by parameter and warns about a hand edit', () => {
    const live = desired.assignments.map(storedByAzure)
    const edited = live.find(
      (l) => l.metadata.fluxPolicy && (l.metadata.fluxPolicy as { source: string }).source === 'payments-apps'
    )!
    edited.parameters.repositoryRefBranch = 'hotfix'
    edited.enforcementMode = 'DoNotEnforce'
    const plan = buildPlan(desired, live)
    const update = plan.changes.find((c) => c.action === 'update')!
    expect(update.action === 'update' && update.diffs).toEqual([
      { field: 'enforcementMode', before: 'DoNotEnforce', after: 'Default' },
      { field: 'parameters.repositoryRefBranch', before: 'hotfix', after: 'main' }
    ])
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'drift' })])
    expect(plan.remediations.map((r) => r.assignmentName)).toEqual([update.name])
    expect(plan.roleAssignments).toEqual([])
  })

  it('deletes only what this repository owns, last', () => {
    const live = desired.assignments.map(storedByAzure)
    const gone = { ...live[live.length - 1]!, name: 'fp-old-source-1234abcd' }
    const foreign = { ...gone, name: 'someone-else', metadata: {} }
    const otherRepo = {
      ...gone,
      name: 'other-repo',
      metadata: { managedBy: 'flux-policy', fluxPolicy: { repository: 'contoso/other' } }
    }
    const plan = buildPlan(desired, [...live, gone, foreign, otherRepo])
    expect(plan.changes.filter((c) => c.action === 'delete').map((c) => c.name)).toEqual(['fp-old-source-1234abcd'])
    expect(plan.changes[plan.changes.length - 1]!.action).toBe('delete')
  })

  it('refuses a name collision with an assignment it does not own, naming file and line', () => {
    const live = desired.assignments.map(storedByAzure)
    live[3]!.metadata = { assignedBy: 'someone' }
    const plan = buildPlan(desired, live)
    expect(plan.errors).toEqual([
      expect.objectContaining({
        code: 'name-collision',
        file: desired.assignments[3]!.origin.file,
        line: desired.assignments[3]!.origin.line
      })
    ])
  })

  it('leaves the prerequisite to an equivalent one another repository owns at the same scope, and says so', () => {
    const prerequisite = desired.assignments.find((a) => a.kind === 'extension')!
    const theirs = storedByAzure(prerequisite)
    theirs.metadata = { managedBy: 'flux-policy', fluxPolicy: { repository: 'contoso/other-fleet' } }
    const plan = buildPlan(desired, [theirs])
    expect(plan.errors).toEqual([])
    expect(plan.changes.filter((c) => c.kind === 'extension')).toEqual([])
    expect(plan.changes.every((c) => c.action === 'create')).toBe(true)
    expect(plan.roleAssignments.map((r) => r.assignmentName)).not.toContain(prerequisite.name)
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'shared-prerequisite', message: expect.stringContaining('contoso/other-fleet') })
    ])
  })

  it('leaves a subscription prerequisite to an equivalent hand-made one at a management group above it', () => {
    const subscription = '/subscriptions/22222222-2222-2222-2222-222222222222'
    const onlyData = desiredOf(withoutManagementGroupSources(readPolicyRoot('examples')))
    const prerequisites = onlyData.assignments.filter((a) => a.kind === 'extension')
    expect(prerequisites.map((a) => a.scope)).toContain(subscription)
    const handMade: LiveAssignment = {
      ...storedByAzure(prerequisites[0]!),
      id: '/providers/Microsoft.Management/managementGroups/contoso-prod/providers/Microsoft.Authorization/policyAssignments/flux-by-hand',
      name: 'flux-by-hand',
      scope: '/providers/Microsoft.Management/managementGroups/contoso-prod',
      parameters: { effect: 'deployifnotexists' },
      metadata: { assignedBy: 'ops' }
    }
    const plan = buildPlan(onlyData, [handMade])
    expect(plan.errors).toEqual([])
    expect(plan.changes.filter((c) => c.kind === 'extension')).toEqual([])
    expect(plan.warnings.map((w) => w.code)).toEqual(prerequisites.map(() => 'shared-prerequisite'))
    expect(plan.warnings[0]!.message).toContain('made by hand')
    // Not equivalent (another release of the extension pinned): ours is created after all.
    const pinned = { ...handMade, parameters: { version: '1.2.3' } }
    expect(buildPlan(onlyData, [pinned]).changes.filter((c) => c.kind === 'extension')).toHaveLength(
      prerequisites.length
    )
  })

  it('refuses a same-name prerequisite that is not equivalent with a message that fits a prerequisite', () => {
    const prerequisite = desired.assignments.find((a) => a.kind === 'extension')!
    const theirs = storedByAzure(prerequisite)
    theirs.metadata = { managedBy: 'flux-policy', fluxPolicy: { repository: 'contoso/other-fleet' } }
    theirs.parameters.helmControllerEnabled = false
    const plan = buildPlan(desired, [theirs])
    expect(plan.errors).toEqual([
      expect.objectContaining({ code: 'name-collision', file: 'flux-policy.yaml', line: 1 })
    ])
    expect(plan.errors[0]!.message).toContain('Flux extension prerequisite')
    expect(plan.errors[0]!.message).toContain('contoso/other-fleet')
    expect(plan.errors[0]!.message).not.toMatch(/rename the source/i)
  })

  it('hashes the same plan the same way, and different plans differently', () => {
    const a = buildPlan(desiredOf(), [])
    const b = buildPlan(desiredOf(), [])
    expect(a.hash).toBe(b.hash)
    const fewer = { ...desired, assignments: desired.assignments.slice(1) }
    expect(buildPlan(fewer, []).hash).not.toBe(a.hash)
  })
})

describe('Azure limits', () => {
  it('refuses a plan that takes a scope past 200 assignments, counting what is already there', () => {
    const desired = desiredOf()
    const target = desired.assignments.find((a) => a.metadata.fluxPolicy.source === 'data-pipelines')!
    const crowd: LiveAssignment[] = Array.from({ length: 200 }, (_, i) => ({
      id: `${target.scope}/providers/Microsoft.Authorization/policyAssignments/other-${i}`,
      name: `other-${i}`,
      scope: target.scope,
      policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/x',
      notScopes: [],
      enforcementMode: 'Default',
      parameters: {},
      metadata: {}
    }))
    const plan = buildPlan(desired, crowd)
    expect(plan.errors).toEqual([
      expect.objectContaining({
        code: 'azure-limit',
        file: 'teams/data/pipelines.yaml',
        // Its source only: the extension prerequisite sits at the management group above.
        message: expect.stringContaining('201 policy assignments')
      })
    ])
    expect(buildPlan(desired, crowd.slice(0, 199)).errors).toEqual([])
  })
})
