import { assignmentStateHash } from '../desired/state-hash.js'
import { hashOf } from '../util/canonical-json.js'
import type { Plan } from './plan.js'

/**
 * A hash of what a plan would do — operations and values, never text, ids Azure generates, or no-ops — so a
 * plan made again on another machine against the same state hashes the same.
 */
export function planHash(plan: Omit<Plan, 'hash'>): string {
  const operations = plan.changes.flatMap((c): object[] => {
    switch (c.action) {
      case 'create':
        return [{ op: 'create', key: c.key, state: assignmentStateHash(c.desired), location: c.desired.location }]
      case 'update':
        return [{ op: 'update', key: c.key, diffs: c.diffs }]
      case 'delete':
        return [{ op: 'delete', key: c.key, state: assignmentStateHash(c.live) }]
      default:
        return []
    }
  })
  const definitions = plan.definitionChanges
    .filter((c) => c.action !== 'no-op')
    .map((c) => ({
      op: c.action,
      key: c.key,
      state:
        c.action === 'delete'
          ? undefined
          : (c.body.metadata?.fluxPolicy as { desiredStateHash?: string }).desiredStateHash
    }))
  return hashOf({
    operations,
    ...(definitions.length ? { definitions } : {}),
    roles: plan.roleAssignments.map((r) => [r.assignmentKey, r.scope.toLowerCase(), r.roleDefinitionId.toLowerCase()]),
    remediations: plan.remediations.map((r) => r.assignmentKey)
  })
}
