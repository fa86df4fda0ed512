import { exactRoleLimitErrors } from './azure-limits.js'
import type { FleetImpact } from './fleet-impact.js'
import type { Plan, PlanWarning } from './plan.js'

/**
 * The plan with what Resource Graph said about the fleet: each changed assignment's impact, a warning for a change
 * that reaches no cluster (a likely typo in a scope), exact role-assignment limits. Pure; the hash stays the plan's
 * own (it never depends on Resource Graph).
 */
export function withImpact(plan: Plan, fleet: FleetImpact): Plan {
  if (!fleet.known) {
    const unknown = { status: 'unknown' as const, reason: fleet.reason }
    return {
      ...plan,
      changes: plan.changes.map((c) => (c.action === 'no-op' ? c : { ...c, impact: unknown })),
      warnings: [
        ...plan.warnings,
        {
          code: 'impact-unknown',
          assignmentKey: '',
          message: `Resource Graph did not answer, so the clusters each change reaches are unknown (${fleet.reason}). The plan is otherwise complete.`
        }
      ]
    }
  }
  const warnings: PlanWarning[] = []
  const changes = plan.changes.map((c) => {
    const impact = fleet.impacts.get(c.key)
    if (!impact) return c
    if (impact.status !== 'unknown' && impact.clusters === 0 && c.action !== 'delete')
      warnings.push({
        code: 'no-clusters',
        assignmentKey: c.key,
        message: `Assignment '${c.name}' reaches no cluster at ${c.scope}${impact.status === 'lower-bound' ? ' that the plan can see' : ''}: check the scope for a typo.`
      })
    return { ...c, impact }
  })
  const errors = fleet.roleAssignments
    ? exactRoleLimitErrors(plan.changes, plan.roleAssignments, fleet.roleAssignments)
    : []
  return { ...plan, changes, warnings: [...plan.warnings, ...warnings], errors: [...plan.errors, ...errors] }
}
