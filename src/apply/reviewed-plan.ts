import { assignmentFingerprint, definitionFingerprint } from '../plan/change-fingerprints.js'
import type { Plan } from '../plan/plan.js'

/** The plan reviewed on the merged pull request, as its plan comment recorded it. */
export interface ReviewedPlan {
  hash: string
  /** The fingerprints of its changes (`changeFingerprints`); absent when the comment recorded only the hash. */
  changes?: string[]
}

/** How the plan made now relates to the reviewed one. */
export type ReviewCheck =
  | { kind: 'none-reviewed' }
  | { kind: 'same' }
  /** Every change now planned was in the reviewed plan, with the same target; the others are live already. */
  | { kind: 'continues'; alreadyLive: number }
  /** Changes now planned that the reviewed plan did not have (or had with other values), described for people. */
  | { kind: 'differs'; unreviewed: string[] }

/**
 * Compares the plan made now with the reviewed plan. The same hash is the same plan. Otherwise, after a run that
 * was interrupted or partly failed (or whose report was lost), the plan made now is the reviewed plan minus what
 * that run applied: every change in it must be one the reviewed plan contained, with the same target values.
 */
export function checkAgainstReviewed(plan: Plan, reviewed: ReviewedPlan | undefined): ReviewCheck {
  if (!reviewed) return { kind: 'none-reviewed' }
  if (reviewed.hash === plan.hash) return { kind: 'same' }
  if (!reviewed.changes) {
    return { kind: 'differs', unreviewed: [`the plan hash (${plan.hash}, reviewed: ${reviewed.hash})`] }
  }
  const known = new Set(reviewed.changes)
  const unreviewed = [
    ...plan.definitionChanges
      .filter((c) => !definitionFingerprint(c).every((f) => known.has(f)))
      .map((c) => `${c.action} of custom definition ${c.name} at ${c.scope}`),
    ...plan.changes.filter((c) => !assignmentFingerprint(c).every((f) => known.has(f))).map(describe)
  ]
  if (unreviewed.length > 0) return { kind: 'differs', unreviewed }
  const planned = [...plan.changes, ...plan.definitionChanges].filter((c) => c.action !== 'no-op').length
  return { kind: 'continues', alreadyLive: Math.max(reviewed.changes.length - planned, 0) }
}

function describe(change: Plan['changes'][number]): string {
  const what = `${change.action} of ${change.name} at ${change.scope} (${change.team}/${change.source})`
  return change.action === 'update' ? `${what}: ${change.diffs.map((d) => d.field).join(', ')}` : what
}

/** Why apply refuses, when the reviewed plan is required and the plan made now is not (a rest of) it. */
export function reviewRefusal(check: ReviewCheck, planHash: string): string | undefined {
  if (check.kind === 'none-reviewed') {
    return (
      'No reviewed plan was found on the merged pull request, and require-reviewed-plan is on; nothing was written. ' +
      'Merge changes through a pull request the action planned.'
    )
  }
  if (check.kind !== 'differs') return undefined
  const shown = check.unreviewed.slice(0, 20)
  const more = check.unreviewed.length > shown.length ? `; and ${check.unreviewed.length - shown.length} more` : ''
  return (
    `The plan made now (${planHash}) has changes the reviewed plan did not: ${shown.join('; ')}${more}. ` +
    'Live state changed since review; nothing was written. Re-run the plan on a pull request and review it.'
  )
}
