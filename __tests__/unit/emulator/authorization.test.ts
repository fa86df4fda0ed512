import { actionMatches, conditionConstrains, roleAllows } from '../../../emulator/authorization/access-check.js'
import { parsePrincipalRole } from '../../../emulator/authorization/principal-roles.js'
import { BUILTIN_ROLE_DEFINITIONS, builtinRoleNamed } from '../../../emulator/authorization/role-definitions.js'
import { parseEmulatorArgs } from '../../../emulator/cli-options.js'

const role = (name: string) => {
  const found = builtinRoleNamed(name)
  if (!found) throw new Error(name)
  return found
}

describe('role definitions and action matching (the emulator’s ARM authorization)', () => {
  it('records at least the six roles issue #12 names, and the role every Flux definition asks for', () => {
    const names = [...BUILTIN_ROLE_DEFINITIONS.values()].map((r) => r.roleName)
    expect(names).toEqual(
      expect.arrayContaining([
        'Owner',
        'Contributor',
        'Reader',
        'Resource Policy Contributor',
        'User Access Administrator',
        'Role Based Access Control Administrator'
      ])
    )
    // fixtures/azure/policy-definitions/*: roleDefinitionIds are all Contributor.
    expect(BUILTIN_ROLE_DEFINITIONS.get('b24988ac-6180-42a0-ab88-20f7382dd24c')?.roleName).toBe('Contributor')
  })

  // "Understand Azure role definitions", Actions format: `*` is a wildcard; action strings compare case-insensitively.
  it('matches `*` anywhere and ignores case', () => {
    expect(actionMatches('*', 'Microsoft.Authorization/policyAssignments/write')).toBe(true)
    expect(actionMatches('*/read', 'Microsoft.Authorization/policyAssignments/read')).toBe(true)
    expect(actionMatches('*/read', 'Microsoft.Authorization/policyAssignments/write')).toBe(false)
    expect(
      actionMatches('Microsoft.Authorization/policyassignments/*', 'Microsoft.Authorization/policyAssignments/write')
    ).toBe(true)
    expect(actionMatches('Microsoft.Authorization/*/Write', 'microsoft.authorization/roleassignments/write')).toBe(true)
    expect(actionMatches('Microsoft.Authorization/*', 'Microsoft.AuthorizationX/foo/read')).toBe(false)
    expect(actionMatches('Microsoft.Support/*', 'Microsoft.Support.Evil/x')).toBe(false)
  })

  // Same page, NotActions: a role grants its actions minus its notActions.
  it('subtracts notActions: Contributor may not write policy or role assignments, Owner may', () => {
    expect(roleAllows(role('Contributor'), 'Microsoft.Authorization/policyAssignments/write')).toBe(false)
    expect(roleAllows(role('Contributor'), 'Microsoft.PolicyInsights/remediations/write')).toBe(true)
    expect(roleAllows(role('Owner'), 'Microsoft.Authorization/roleAssignments/write')).toBe(true)
    expect(roleAllows(role('Resource Policy Contributor'), 'Microsoft.Authorization/roleAssignments/write')).toBe(false)
    expect(
      roleAllows(role('Role Based Access Control Administrator'), 'Microsoft.Authorization/roleAssignments/write')
    ).toBe(true)
    expect(roleAllows(role('Reader'), 'Microsoft.PolicyInsights/remediations/write')).toBe(false)
  })

  // "Azure conditions format", Actions: the actions a condition's ActionMatches clauses name.
  it('reads the actions a condition constrains', () => {
    const condition =
      "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[x] StringEquals 'y'))"
    expect(conditionConstrains(condition, 'Microsoft.Authorization/roleAssignments/write')).toBe(true)
    expect(conditionConstrains(condition, 'Microsoft.Authorization/roleAssignments/delete')).toBe(false)
    expect(conditionConstrains(undefined, 'Microsoft.Authorization/roleAssignments/write')).toBe(false)
  })

  it('parses --principal-role ROLE@SCOPE (repeatable) and refuses unknown roles', () => {
    const group = '/providers/Microsoft.Management/managementGroups/contoso'
    expect(parsePrincipalRole(`Reader@${group}`)).toEqual({ role: 'Reader', scope: group })
    expect(parsePrincipalRole('Wizard@/subscriptions/x')).toMatch(/unknown role 'Wizard'/)
    expect(parsePrincipalRole('Reader')).toMatch(/ROLE@SCOPE/)
    const command = parseEmulatorArgs([
      '--principal-role',
      `Reader@${group}`,
      '--principal-role',
      'Resource Policy Contributor@/subscriptions/11111111-1111-1111-1111-111111111111'
    ])
    expect(command).toMatchObject({
      kind: 'start',
      principalRoles: [
        { role: 'Reader', scope: group },
        { role: 'Resource Policy Contributor', scope: '/subscriptions/11111111-1111-1111-1111-111111111111' }
      ]
    })
    expect(parseEmulatorArgs(['--principal-role', 'Nobody@/'])).toMatchObject({ kind: 'usage-error' })
  })
})
