import type { DesiredAssignment } from '../desired/desired-assignment.js'
import type { LiveAssignment } from './live-assignment.js'
import type { AssignmentChange, PlanError, PlannedRoleAssignment } from './plan.js'

/** Azure's limits that a plan can break: policy assignments per scope, role assignments per subscription. */
export const MAX_ASSIGNMENTS_PER_SCOPE = 200
export const MAX_ROLE_ASSIGNMENTS_PER_SUBSCRIPTION = 4000
/**
 * learn.microsoft.com/azure/role-based-access-control/troubleshoot-limits: "Azure supports up to 4000 role assignments
 * per subscription" (management-group assignments not included) and "up to 500 role assignments per management group".
 */
export const MAX_ROLE_ASSIGNMENTS_PER_MANAGEMENT_GROUP = 500

const norm = (scope: string) => scope.replace(/^\/+/, '').toLowerCase()

/**
 * Errors for scopes the plan would take past 200 assignments, counting every assignment already there (anyone's),
 * and for subscriptions that would get more than 4,000 new role assignments in one apply.
 */
export function limitErrors(
  changes: readonly AssignmentChange[],
  live: readonly LiveAssignment[],
  roles: readonly PlannedRoleAssignment[]
): PlanError[] {
  const counts = new Map<string, number>()
  for (const l of live) counts.set(norm(l.scope), (counts.get(norm(l.scope)) ?? 0) + 1)
  const creates = changes.filter((c): c is Extract<AssignmentChange, { action: 'create' }> => c.action === 'create')
  const deletes = changes.filter((c) => c.action === 'delete')
  for (const c of creates) counts.set(norm(c.scope), (counts.get(norm(c.scope)) ?? 0) + 1)
  for (const c of deletes) counts.set(norm(c.scope), (counts.get(norm(c.scope)) ?? 0) - 1)
  const errors: PlanError[] = []
  const reported = new Set<string>()
  // Report at a team's source where possible: that is the file someone can change.
  const byBlame = [
    ...creates.filter((c) => c.kind === 'configuration'),
    ...creates.filter((c) => c.kind === 'extension')
  ]
  for (const c of byBlame) {
    const total = counts.get(norm(c.scope))!
    if (total <= MAX_ASSIGNMENTS_PER_SCOPE || reported.has(norm(c.scope))) continue
    reported.add(norm(c.scope))
    errors.push(
      limitError(
        c.desired,
        `${c.scope} would hold ${total} policy assignments; Azure allows ${MAX_ASSIGNMENTS_PER_SCOPE} per scope. Move some sources to other scopes (a child resource group, or a management group above).`
      )
    )
  }
  const rolesPerSubscription = new Map<string, PlannedRoleAssignment[]>()
  for (const r of roles) {
    const sub = /subscriptions\/([^/]+)/i.exec(r.scope)?.[1]?.toLowerCase() ?? 'tenant'
    rolesPerSubscription.set(sub, [...(rolesPerSubscription.get(sub) ?? []), r])
  }
  for (const [sub, planned] of rolesPerSubscription) {
    if (planned.length <= MAX_ROLE_ASSIGNMENTS_PER_SUBSCRIPTION) continue
    const first = creates.find((c) => c.key === planned[0]!.assignmentKey)
    if (first)
      errors.push(
        limitError(
          first.desired,
          `This apply would create ${planned.length} role assignments in subscription ${sub}; Azure allows ${MAX_ROLE_ASSIGNMENTS_PER_SUBSCRIPTION} per subscription in all.`
        )
      )
  }
  return errors
}

function limitError(desired: DesiredAssignment, message: string): PlanError {
  return { code: 'azure-limit', file: desired.origin.file, line: desired.origin.line, message }
}

/** Where a role assignment counts against a limit: `/subscriptions/<id>` or a management group's id, lower case. */
export function roleLimitKey(scope: string): string | undefined {
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1]
  if (subscription) return `/subscriptions/${subscription.toLowerCase()}`
  const group = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)$/i.exec(scope)?.[1]
  return group ? `/providers/microsoft.management/managementgroups/${group.toLowerCase()}` : undefined
}

/**
 * Errors for subscriptions and management groups the plan's new role assignments take past Azure's limits, counting
 * the role assignments already there (anyone's, read from Resource Graph). Only what `limitErrors` (new ones alone)
 * did not already report.
 */
export function exactRoleLimitErrors(
  changes: readonly AssignmentChange[],
  roles: readonly PlannedRoleAssignment[],
  existing: ReadonlyMap<string, number>
): PlanError[] {
  const planned = new Map<string, PlannedRoleAssignment[]>()
  for (const r of roles) {
    const key = roleLimitKey(r.scope)
    if (key) planned.set(key, [...(planned.get(key) ?? []), r])
  }
  const errors: PlanError[] = []
  for (const [key, items] of [...planned].sort(([a], [b]) => a.localeCompare(b))) {
    const isGroup = !key.startsWith('/subscriptions/')
    const limit = isGroup ? MAX_ROLE_ASSIGNMENTS_PER_MANAGEMENT_GROUP : MAX_ROLE_ASSIGNMENTS_PER_SUBSCRIPTION
    const already = existing.get(key)
    if (already === undefined || (!isGroup && items.length > limit) || already + items.length <= limit) continue
    const first = changes.find(
      (c): c is Extract<AssignmentChange, { action: 'create' | 'update' }> =>
        (c.action === 'create' || c.action === 'update') && c.key === items[0]!.assignmentKey
    )
    if (!first) continue
    const where = isGroup ? `management group ${key.split('/').pop()}` : `subscription ${key.split('/').pop()}`
    errors.push(
      limitError(
        first.desired,
        `${where} holds ${already} role assignments and this apply would add ${items.length}; Azure allows ${limit} per ${isGroup ? 'management group' : 'subscription'}. Remove unused role assignments there, or move sources to another scope.`
      )
    )
  }
  return errors
}
