import type { ChangeCounts, Plan } from '../../plan/plan.js'

const changed = (c: ChangeCounts) => c.create + c.update + c.delete

/** One line: "No changes." or "2 to create, 1 to update, 1 to delete." (custom definitions counted apart). */
export function planStatusLine(counts: ChangeCounts, definitionCounts?: ChangeCounts): string {
  const parts = [
    counts.create ? `${counts.create} to create` : '',
    counts.update ? `${counts.update} to update` : '',
    counts.delete ? `${counts.delete} to delete` : ''
  ].filter(Boolean)
  const line = parts.length === 0 ? 'No changes.' : `${parts.join(', ')}.`
  if (!definitionCounts || changed(definitionCounts) === 0) return line
  const defs = (['create', 'update', 'delete'] as const)
    .filter((a) => definitionCounts[a])
    .map((a) => `${definitionCounts[a]} to ${a}`)
  return `${parts.length === 0 ? 'No assignment changes.' : line} Custom definitions: ${defs.join(', ')}.`
}

export function hasChanges(plan: Plan): boolean {
  return changed(plan.counts) + changed(plan.definitionCounts) > 0
}
