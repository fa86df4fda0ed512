import { hashOf } from '../util/canonical-json.js'
import type { AssignmentChange, DefinitionChange, Plan } from './plan.js'

/** More changes than this and the plan comment records only the plan hash (the comment has a size limit). */
export const MAX_RECORDED_CHANGES = 1_000

/**
 * One short hash per change a plan would make: what is changed (assignment or definition key) and the state it
 * is changed to (the desired state hash, or "deleted") — not the live state it starts from, so a change a run
 * already made drops out of the next plan, and what is left keeps the fingerprints the reviewed plan had.
 */
export function changeFingerprints(plan: Pick<Plan, 'changes' | 'definitionChanges'>): string[] {
  return [...plan.definitionChanges.flatMap(definitionFingerprint), ...plan.changes.flatMap(assignmentFingerprint)]
}

export function assignmentFingerprint(change: AssignmentChange): string[] {
  if (change.action === 'no-op') return []
  const target = change.action === 'delete' ? 'deleted' : change.desired.metadata.fluxPolicy.desiredStateHash
  const location = change.action === 'delete' ? undefined : change.desired.location
  return [hashOf({ assignment: change.key, target, location }, 16)]
}

export function definitionFingerprint(change: DefinitionChange): string[] {
  if (change.action === 'no-op') return []
  if (change.action === 'delete') return [hashOf({ definition: change.key, target: 'deleted' }, 16)]
  const target = (change.body.metadata?.fluxPolicy as { desiredStateHash?: string } | undefined)?.desiredStateHash
  return [hashOf({ definition: change.key, target }, 16)]
}
