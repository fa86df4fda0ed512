import { randomUUID } from 'node:crypto'
import { managementGroupScope, normaliseScope } from '../fleet/scope.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import type { RoleAssignmentStore } from './role-assignment-store.js'
import { BUILTIN_ROLE_DEFINITIONS, builtinRoleNamed, tenantRoleDefinitionId } from './role-definitions.js'

/** A role the emulator gives the signed-in principal from the start: a built-in role (name or GUID) at a scope. */
export interface PrincipalRole {
  role: string
  scope: string
  /** An Azure ABAC condition on the assignment (the emulator does not evaluate it; see conditionConstrains). */
  condition?: string
}

/** Owner at the top management group: what lets the demo and the tests write everywhere, as a tenant admin can. */
export function defaultPrincipalRoles(fleet: SimulatedFleet): PrincipalRole[] {
  return [{ role: 'Owner', scope: managementGroupScope(fleet.rootManagementGroup.name) }]
}

/**
 * Reads `Role@scope` (the emulator's `--principal-role`), e.g.
 * `Reader@/providers/Microsoft.Management/managementGroups/contoso`.
 */
export function parsePrincipalRole(text: string): PrincipalRole | string {
  const at = text.indexOf('@')
  if (at <= 0) return `--principal-role wants ROLE@SCOPE (got '${text}')`
  const role = text.slice(0, at).trim()
  const scope = normaliseScope(text.slice(at + 1).trim())
  if (!roleGuid(role)) return `--principal-role: unknown role '${role}' (known: ${knownRoleNames().join(', ')})`
  if (!scope.startsWith('/')) return `--principal-role: '${text}' has no scope after '@'`
  return { role, scope }
}

export const knownRoleNames = (): string[] => [...BUILTIN_ROLE_DEFINITIONS.values()].map((r) => r.roleName).sort()

function roleGuid(role: string): string | undefined {
  const byGuid = BUILTIN_ROLE_DEFINITIONS.get(role.toLowerCase())
  return byGuid?.name ?? builtinRoleNamed(role)?.name
}

/** Records the roles as role assignments that always existed (in effect from the start, no propagation delay). */
export function seedPrincipalRoles(
  store: RoleAssignmentStore,
  principalId: string,
  roles: readonly PrincipalRole[],
  nowIso: string
): void {
  for (const { role, scope, condition } of roles) {
    const guid = roleGuid(role)
    if (!guid) throw new Error(`Unknown built-in role '${role}' (known: ${knownRoleNames().join(', ')}).`)
    store.put({
      scope,
      name: randomUUID(),
      roleDefinitionId: tenantRoleDefinitionId(guid),
      principalId,
      principalType: 'ServicePrincipal',
      ...(condition !== undefined ? { condition, conditionVersion: '2.0' } : {}),
      now: nowIso,
      nowMs: Number.NEGATIVE_INFINITY,
      caller: principalId
    })
  }
}
