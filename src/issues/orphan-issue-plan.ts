import type { OrphanObservation, OrphanRecord } from '../apply/orphan-record.js'
import {
  orphanCloseComment,
  orphanReopenComment,
  ORPHAN_LABEL,
  readOrphanIssue,
  renderOrphanIssue
} from '../render/orphans/orphan-issue.js'
import type { ExistingIssue } from './issue-sync-plan.js'

export type OrphanIssueAction =
  | { kind: 'open'; key: string; title: string; body: string; labels: string[] }
  | { kind: 'update'; key: string; number: number; title: string; body: string }
  | { kind: 'reopen'; key: string; number: number; title: string; body: string; comment: string }
  /** A comment, then the body marked resolved and the issue closed. */
  | { kind: 'close'; key: string; number: number; title: string; body: string; comment: string }
  /** Closed by a person, and nothing left: the body marked resolved, so it is no longer followed. */
  | { kind: 'resolve'; key: string; number: number; title: string; body: string }

export interface OrphanIssuePlan {
  /** The label to create first (counted in the budget), when no issue of the tool carries it yet. */
  createLabel: boolean
  actions: OrphanIssueAction[]
  /** Past the write budget: the next run does them. */
  deferred: OrphanIssueAction[]
  unchanged: number
}

/** GitHub writes each action makes. */
export const orphanWritesOf = (action: OrphanIssueAction): number =>
  action.kind === 'reopen' || action.kind === 'close' ? 2 : 1

const PRIORITY: Record<OrphanIssueAction['kind'], number> = { open: 0, reopen: 0, close: 1, update: 2, resolve: 3 }

/** The tool's orphan issues (already filtered by author), by key: the one to write (lowest open, else newest). */
function issuesByKey(existing: readonly ExistingIssue[]): Map<string, ExistingIssue & { resolved: boolean }> {
  const byKey = new Map<string, ExistingIssue & { resolved: boolean }>()
  const ordered = [...existing].sort((a, b) =>
    a.state !== b.state ? (a.state === 'open' ? -1 : 1) : a.state === 'open' ? a.number - b.number : b.number - a.number
  )
  for (const issue of ordered) {
    const read = readOrphanIssue(issue.body)
    if (read && !byKey.has(read.key)) byKey.set(read.key, { ...issue, resolved: read.data.resolved })
  }
  return byKey
}

/**
 * The deleted sources to follow, pure: the record of each of the tool's orphan issues the tool has not resolved —
 * open, or closed by a person while configurations were left (the audit checks again and reopens it if so).
 */
export function followedRecords(existing: readonly ExistingIssue[]): OrphanRecord[] {
  return [...issuesByKey(existing).values()].flatMap((issue) => {
    if (issue.resolved) return []
    const read = readOrphanIssue(issue.body)
    return read ? [read.data.record] : []
  })
}

/**
 * One issue per deleted source, kept in step, pure: open one when configurations are left (or not known yet),
 * update it when what it says changed, close it (comment, body marked resolved) when none is left or the files
 * assign the configuration again, reopen one a person closed while some are left. New and returning ones first
 * when the write budget (`maxWrites`, the label's creation included) is short.
 */
export function planOrphanIssues(input: {
  observations: readonly OrphanObservation[]
  existing: readonly ExistingIssue[]
  maxWrites: number
}): OrphanIssuePlan {
  const byKey = issuesByKey(input.existing)
  const candidates: OrphanIssueAction[] = []
  let unchanged = 0
  for (const { record, state } of input.observations) {
    const rendered = renderOrphanIssue(record, state)
    const { key, title, body } = rendered
    const issue = byKey.get(key)
    const gone = rendered.data.resolved
    if (issue?.state === 'open') {
      if (gone)
        candidates.push({ kind: 'close', key, number: issue.number, title, body, comment: orphanCloseComment(state) })
      else if (readOrphanIssue(issue.body)?.data.contentHash === rendered.data.contentHash && issue.title === title)
        unchanged++
      else candidates.push({ kind: 'update', key, number: issue.number, title, body })
    } else if (issue && !issue.resolved) {
      if (gone) candidates.push({ kind: 'resolve', key, number: issue.number, title, body })
      else
        candidates.push({
          kind: 'reopen',
          key,
          number: issue.number,
          title,
          body,
          comment: orphanReopenComment(rendered.data.clusterCount ?? 0)
        })
    } else if (!gone) candidates.push({ kind: 'open', key, title, body, labels: rendered.labels })
  }
  const ordered = candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.key.localeCompare(b.key))
  const createLabel = byKey.size === 0 && ordered.some((a) => a.kind === 'open')
  const plan: OrphanIssuePlan = { createLabel: false, actions: [], deferred: [], unchanged }
  let writes = 0
  for (const action of ordered) {
    const label = createLabel && !plan.createLabel && action.kind === 'open' ? 1 : 0
    if (writes + orphanWritesOf(action) + label > input.maxWrites) {
      plan.deferred.push(action)
      continue
    }
    writes += orphanWritesOf(action) + label
    if (label) plan.createLabel = true
    plan.actions.push(action)
  }
  return plan
}

export { ORPHAN_LABEL }
