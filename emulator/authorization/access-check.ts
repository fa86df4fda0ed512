import { ArmFailure } from '../arm/arm-error.js'
import type { AccessTokenClaims } from '../entra/access-tokens.js'
import { scopeKey } from '../fleet/scope.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import type { RoleAssignmentRecord, RoleAssignmentStore } from './role-assignment-store.js'
import { BUILTIN_ROLE_DEFINITIONS, roleGuidOf, type RecordedRoleDefinition } from './role-definitions.js'

/** A role assignment of the caller that applies at a scope, with its role definition. */
export interface Grant {
  assignment: RoleAssignmentRecord
  role: RecordedRoleDefinition
}

/**
 * True when an action string of a role definition covers `action`. "Understand Azure role definitions"
 * (learn.microsoft.com/azure/role-based-access-control/role-definitions), section "Actions format": `*` is a
 * wildcard ("The wildcard character (`*`) extends a permission to everything that matches the action string you
 * provide"), e.g. `*\/read` or `Microsoft.Authorization/*`; the strings are case-insensitive (built-in roles mix
 * `Microsoft.Authorization/*\/Write` and `…/policyassignments/*`).
 */
export function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 'i').test(action)
}

/**
 * Same page, section "NotActions": what a role grants is its `actions` minus its `notActions` ("If a user is
 * assigned a role that excludes an operation in NotActions, and is assigned a second role that grants access to the
 * same operation, the user is allowed to perform that operation" — so each grant is judged on its own).
 */
export function roleAllows(role: RecordedRoleDefinition, action: string): boolean {
  return role.permissions.some(
    (p) => p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((n) => actionMatches(n, action))
  )
}

/**
 * Actions a role assignment's condition constrains: the `ActionMatches{'…'}` clauses of an Azure ABAC condition
 * ("Azure conditions format", learn.microsoft.com/azure/role-based-access-control/conditions-format, section
 * "Actions"). The emulator does not evaluate conditions; being as strict as Azure could be, a conditional
 * assignment grants nothing for an action its condition names, and everything else its role allows.
 */
export function conditionConstrains(condition: string | undefined, action: string): boolean {
  if (condition === undefined) return false
  const named = [...condition.matchAll(/ActionMatches\s*\{\s*'([^']+)'\s*\}/gi)].map((m) => m[1] ?? '')
  return named.some((pattern) => actionMatches(pattern, action))
}

/**
 * The principal's role assignments at `scope` or above it (or above `parent`, when `scope` is a resource id). Role
 * assignments are inherited by child scopes ("Understand scope for Azure RBAC", section "Scope levels"). With
 * `effectiveAt`, only those in effect then count (see roleAssignmentInEffect).
 */
export function grantsAt(
  store: RoleAssignmentStore,
  fleet: SimulatedFleet,
  principalId: string,
  scope: string,
  options: { parent?: string; effectiveAt?: { now: number; propagationDelayMs: number } } = {}
): Grant[] {
  const { parent, effectiveAt } = options
  const chain = new Set([scopeKey(scope), ...fleet.scopeChain(scope), ...(parent ? fleet.scopeChain(parent) : [])])
  const principal = principalId.toLowerCase()
  const grants: Grant[] = []
  for (const assignment of store.all()) {
    if (assignment.properties.principalId.toLowerCase() !== principal) continue
    if (!chain.has(scopeKey(assignment.properties.scope))) continue
    if (effectiveAt && !roleAssignmentInEffect(assignment, effectiveAt.now, effectiveAt.propagationDelayMs)) continue
    const role = BUILTIN_ROLE_DEFINITIONS.get(roleGuidOf(assignment.properties.roleDefinitionId))
    if (role) grants.push({ assignment, role })
  }
  return grants
}

/**
 * "Troubleshoot Azure RBAC" (learn.microsoft.com/azure/role-based-access-control/troubleshooting), section "Role
 * assignment changes are not being detected": "Azure Resource Manager sometimes caches configurations and data to
 * improve performance. When you assign roles or remove role assignments, it can take up to 10 minutes for changes to
 * take effect." Strict reading: a new assignment counts only `propagationDelayMs` after its creation; removals take
 * effect at once (the stricter side of "up to").
 */
export function roleAssignmentInEffect(assignment: RoleAssignmentRecord, now: number, propagationDelayMs: number) {
  return assignment.createdAtMs + propagationDelayMs <= now
}

export function grantsAllow(grants: readonly Grant[], action: string): boolean {
  return grants.some(
    (g) => roleAllows(g.role, action) && !conditionConstrains(g.assignment.properties.condition, action)
  )
}

/**
 * ARM's 403 when the caller lacks the action ("Troubleshoot Azure RBAC", section "Symptom - Authorization failed";
 * message text as ARM returns it, quoted in issue #12): the client is the token's app id, then its object id.
 */
export function authorizationFailed(caller: Pick<AccessTokenClaims, 'appid' | 'oid'>, action: string, scope: string) {
  return new ArmFailure(
    403,
    'AuthorizationFailed',
    `The client '${caller.appid}' with object id '${caller.oid}' does not have authorization to perform action ` +
      `'${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh ` +
      'your credentials.'
  )
}
