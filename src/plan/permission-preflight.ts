import type { Plan, PlanError, PlanWarning } from './plan.js'
import type { ScopeUse } from './scope-existence.js'

/** A grant of the identity at a scope: a role definition's permission block and the assignment's condition. */
export interface PermissionGrant {
  actions: readonly string[]
  notActions: readonly string[]
  /** An Azure ABAC condition on the role assignment: whether it allows a given write cannot be told in advance. */
  condition?: string
}

/** What the plan could read of the identity's permissions at one scope. */
export type ScopePermissions = { kind: 'read'; grants: PermissionGrant[] } | { kind: 'unreadable'; reason: string }

/** An action a write of the plan needs at a scope, and the field in the files that leads to it. */
export interface PermissionNeed {
  /** The scope read for permissions: a management group, subscription or resource group id. */
  scope: string
  action: string
  use: ScopeUse
  /** Why the plan needs it, when the scope's field alone does not say (removing orphaned configurations). */
  reason?: string
}

/**
 * Removing orphaned configurations is opted in (safety.removeConfigurationsOnDelete, the pull request's label or
 * `--remove-orphaned-configurations`): `use` is the field to point at (the setting, else the platform file's
 * `safety`), `by` says how it was opted in.
 */
export interface OrphanRemoval {
  use: ScopeUse
  by: string
}

export const ACTIONS = {
  assignmentWrite: 'Microsoft.Authorization/policyAssignments/write',
  assignmentDelete: 'Microsoft.Authorization/policyAssignments/delete',
  roleWrite: 'Microsoft.Authorization/roleAssignments/write',
  roleDelete: 'Microsoft.Authorization/roleAssignments/delete',
  remediationWrite: 'Microsoft.PolicyInsights/remediations/write',
  /**
   * "Azure permissions for Management and governance", Microsoft.PolicyInsights: "Triggers a new compliance
   * evaluation for the selected scope." Apply sends it to each subscription below a management-group assignment.
   */
  triggerEvaluation: 'Microsoft.PolicyInsights/policyStates/triggerEvaluation/action',
  definitionWrite: 'Microsoft.Authorization/policyDefinitions/write',
  definitionDelete: 'Microsoft.Authorization/policyDefinitions/delete',
  fluxConfigurationWrite: 'Microsoft.KubernetesConfiguration/fluxConfigurations/write',
  fluxConfigurationDelete: 'Microsoft.KubernetesConfiguration/fluxConfigurations/delete'
} as const

/**
 * The scope whose permissions decide a write at `scope`: the scope itself for a management group, subscription or
 * resource group, the resource group of a resource (a Key Vault a role is granted on). Role assignments are
 * inherited downwards ("Understand scope for Azure RBAC"), so what holds at the group holds at the resource.
 */
export function permissionScopeOf(scope: string): string {
  const match = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)\/providers\//i.exec(scope)
  return match?.[1] ?? scope
}

/**
 * Every action the plan's writes need, once per (scope, action): policy assignments written and deleted, the roles
 * granted to their identities (and revoked with a deleted assignment), the remediations started (and, at a
 * management group, the evaluations of the subscriptions below that come first), the custom
 * definitions written and deleted, the Flux configurations apply updates directly. Each points at the field naming
 * the scope. Pure.
 */
export function permissionNeeds(
  plan: Plan,
  uses: readonly ScopeUse[],
  orphanRemoval?: OrphanRemoval
): PermissionNeed[] {
  const useOf = new Map<string, ScopeUse>()
  for (const use of uses) if (!useOf.has(use.scope.toLowerCase())) useOf.set(use.scope.toLowerCase(), use)
  const scopeOfAssignment = new Map(plan.changes.map((c) => [c.key, c.scope]))
  const needs = new Map<string, PermissionNeed>()
  const need = (scope: string, action: string, origin: string): void => {
    const use = useOf.get(origin.toLowerCase()) ?? useOf.get(scope.toLowerCase())
    if (!use) return
    const at = permissionScopeOf(scope)
    const key = `${at.toLowerCase()}|${action.toLowerCase()}`
    if (!needs.has(key)) needs.set(key, { scope: at, action, use })
  }
  for (const change of plan.changes) {
    if (change.action === 'create' || change.action === 'update')
      need(change.scope, ACTIONS.assignmentWrite, change.scope)
    // A change the policy cannot see reaches existing clusters only through apply's direct update (a PATCH of their
    // Flux configurations, src/apply/update-configurations.ts).
    if (change.action === 'update' && change.reach?.some((r) => r.reach === 'invisible'))
      need(change.scope, ACTIONS.fluxConfigurationWrite, change.scope)
    if (change.action === 'delete') {
      need(change.scope, ACTIONS.assignmentDelete, change.scope)
      need(change.scope, ACTIONS.roleDelete, change.scope)
    }
  }
  // With orphan removal opted in, apply turns prune off on each configuration a deleted source left (a PATCH) and
  // then deletes it, on the clusters of the deleted assignment's old scope (src/apply/remove-orphans.ts). Whether
  // any is left is Resource Graph's answer, which lags and may be partial: needed for every deleted source, so the
  // plan's errors do not depend on it.
  for (const change of orphanRemoval ? plan.changes : [])
    if (change.action === 'delete' && change.kind === 'configuration') {
      const at = permissionScopeOf(change.scope)
      const reason =
        `to remove the Flux configurations the deleted source ${change.team}/${change.source} leaves on its ` +
        `clusters (opted in by ${orphanRemoval!.by})`
      for (const action of [ACTIONS.fluxConfigurationWrite, ACTIONS.fluxConfigurationDelete]) {
        const key = `${at.toLowerCase()}|${action.toLowerCase()}`
        if (!needs.has(key)) needs.set(key, { scope: at, action, use: orphanRemoval!.use, reason })
      }
    }
  for (const role of plan.roleAssignments)
    need(role.scope, ACTIONS.roleWrite, scopeOfAssignment.get(role.assignmentKey) ?? role.scope)
  for (const remediation of plan.remediations) {
    need(remediation.scope, ACTIONS.remediationWrite, remediation.scope)
    // At a management group apply evaluates the subscriptions below first (src/apply/evaluate-then-remediate.ts):
    // role assignments are inherited downwards, so the action held at the group holds at each subscription.
    if (remediation.path === 'evaluate-subscriptions')
      need(remediation.scope, ACTIONS.triggerEvaluation, remediation.scope)
  }
  for (const definition of plan.definitionChanges) {
    if (definition.action === 'create' || definition.action === 'update')
      need(definition.scope, ACTIONS.definitionWrite, definition.scope)
    if (definition.action === 'delete') need(definition.scope, ACTIONS.definitionDelete, definition.scope)
  }
  return [...needs.values()]
}

/** The distinct scopes to read permissions at, first spelling kept. */
export function permissionScopes(needs: readonly PermissionNeed[]): string[] {
  const byKey = new Map<string, string>()
  for (const n of needs) if (!byKey.has(n.scope.toLowerCase())) byKey.set(n.scope.toLowerCase(), n.scope)
  return [...byKey.values()]
}

/**
 * "Understand Azure role definitions" (Actions format, NotActions): `*` is a wildcard, action strings compare
 * case-insensitively, and a grant allows its actions minus its notActions.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${source}$`, 'i').test(action)
}

export function grantAllows(grant: PermissionGrant, action: string): boolean {
  return grant.actions.some((a) => actionMatches(a, action)) && !grant.notActions.some((n) => actionMatches(n, action))
}

/** A built-in role that grants the action, for the message (Owner grants everything too). */
export function roleGranting(action: string): string {
  if (/^Microsoft\.Authorization\/roleAssignments\//i.test(action)) return 'Role Based Access Control Administrator'
  if (/^Microsoft\.KubernetesConfiguration\//i.test(action)) return 'Contributor'
  return 'Resource Policy Contributor'
}

/**
 * A needed action no grant allows is an error at the field naming the scope (apply would stop with 403
 * AuthorizationFailed half-way); one only a conditional grant allows, or at a scope whose permissions could not be
 * read, is a warning: it cannot be confirmed. Pure.
 */
export function permissionFindings(
  needs: readonly PermissionNeed[],
  permissions: ReadonlyMap<string, ScopePermissions>
): { errors: PlanError[]; warnings: PlanWarning[] } {
  const errors: PlanError[] = []
  const warnings: PlanWarning[] = []
  for (const need of needs) {
    const read = permissions.get(need.scope.toLowerCase())
    if (!read) continue
    if (read.kind === 'unreadable') {
      warnings.push(unconfirmed(need, `its permissions there could not be read (${read.reason})`))
      continue
    }
    if (read.grants.some((g) => g.condition === undefined && grantAllows(g, need.action))) continue
    if (read.grants.some((g) => g.condition !== undefined && grantAllows(g, need.action)))
      warnings.push(unconfirmed(need, 'only a role assignment with a condition grants it'))
    else errors.push(missing(need))
  }
  return { errors, warnings }
}

function missing(need: PermissionNeed): PlanError {
  const role = roleGranting(need.action)
  return {
    code: 'permission-missing',
    file: need.use.file,
    line: need.use.line,
    column: need.use.column,
    message:
      `The signed-in identity may not perform ${need.action} on ${need.scope}` +
      `${need.reason ? ` (needed ${need.reason})` : ''}, so apply would fail there with 403 ` +
      `AuthorizationFailed. Grant it ${role} (or Owner) on ${need.scope} or above, then run again; a new role ` +
      'assignment can take up to 10 minutes to take effect.'
  }
}

function unconfirmed(need: PermissionNeed, why: string): PlanWarning {
  return {
    code: 'permission-unconfirmed',
    assignmentKey: '',
    message:
      `Cannot confirm that the signed-in identity may perform ${need.action} on ${need.scope}: ${why}. If it may ` +
      `not, apply fails there with 403 AuthorizationFailed; ${roleGranting(need.action)} (or Owner) without a ` +
      'condition grants it.'
  }
}
