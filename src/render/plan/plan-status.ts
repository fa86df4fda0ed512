import type { ChangeCounts, Plan } from '../../plan/plan.js'

/** One line: "No changes." or "2 to create, 1 to update, 1 to delete." */
export function planStatusLine(counts: ChangeCounts): string {
  const parts = [
    counts.create ? `${counts.create} to create` : '',
    counts.update ? `${counts.update} to update` : '',
    counts.delete ? `${counts.delete} to delete` : ''
  ].filter(Boolean)
  return parts.length === 0 ? 'No changes.' : `${parts.join(', ')}.`
}

export function hasChanges(plan: Plan): boolean {
  return plan.counts.create + plan.counts.update + plan.counts.delete > 0
}
