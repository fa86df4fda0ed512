import { renderDriftIssue, DRIFT_LABEL, type DriftIssueContext } from '../render/drift/drift-issue.js'
import { changeComment, closeComment, reopenComment } from '../render/drift/issue-comments.js'
import { issueKeyOf, readIssueState } from '../render/drift/issue-state.js'
import type { DriftReport } from '../audit/drift-report.js'

/** An issue the tool opened before (found by its label and creator), as GitHub lists it. */
export interface ExistingIssue {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string
}

export type IssueAction =
  | { kind: 'open'; key: string; title: string; body: string; labels: string[] }
  | { kind: 'update'; key: string; number: number; title: string; body: string; comment?: string }
  | { kind: 'reopen'; key: string; number: number; title: string; body: string; comment: string }
  | { kind: 'close'; key: string; number: number; comment: string }

export interface IssueSyncPlan {
  labelsToCreate: string[]
  /** Within the write budget, in the order to run them. */
  actions: IssueAction[]
  /** Past the budget: the next run does them. */
  deferred: IssueAction[]
  unchanged: Array<{ key: string; number: number }>
}

export interface IssueSyncInput {
  reports: readonly DriftReport[]
  existing: readonly ExistingIssue[]
  /** Lower-case names of the repository's labels. */
  existingLabels: ReadonlySet<string>
  /** Issue writes this run may make at most (labels, issues and comments each count). */
  maxWrites: number
  context: (report: DriftReport) => DriftIssueContext
  /** True for keys of sources (and extension prerequisites) still in the files. */
  isCurrent: (key: string) => boolean
  commit?: string
}

/** GitHub writes each action makes. */
export function writesOf(action: IssueAction): number {
  return action.kind === 'open' ? 1 : action.kind === 'update' ? (action.comment ? 2 : 1) : 2
}

const PRIORITY: Record<IssueAction['kind'], number> = { open: 0, reopen: 0, close: 1, update: 2 }

/**
 * One issue per drifted source, kept in step with the audit, pure: open when new, reopen (never duplicate) when an
 * issue for the source was closed, update only when what the body says changed (with a comment when the set of
 * clusters or the assignment's state changed), close with a comment when the drift is gone. New and returning
 * drift go first when the write budget is short.
 */
export function planIssueSync(input: IssueSyncInput): IssueSyncPlan {
  const byKey = new Map<string, ExistingIssue[]>()
  for (const issue of input.existing) {
    const key = issueKeyOf(issue.body)
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), issue])
  }
  const candidates: IssueAction[] = []
  const unchanged: IssueSyncPlan['unchanged'] = []
  for (const report of input.reports) {
    const issues = byKey.get(report.key) ?? []
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0]
    const closed = issues.filter((i) => i.state === 'closed').sort((a, b) => b.number - a.number)[0]
    if (open) {
      const previous = readIssueState(open.body)
      const rendered = renderDriftIssue(report, previous, input.context(report))
      if (previous?.contentHash === rendered.state.contentHash && open.title === rendered.title) {
        unchanged.push({ key: report.key, number: open.number })
        continue
      }
      const comment = previous ? changeComment(previous, rendered.state) : undefined
      candidates.push({
        kind: 'update',
        key: report.key,
        number: open.number,
        title: rendered.title,
        body: rendered.body,
        ...(comment ? { comment } : {})
      })
    } else if (closed) {
      const rendered = renderDriftIssue(report, undefined, input.context(report))
      candidates.push({
        kind: 'reopen',
        key: report.key,
        number: closed.number,
        title: rendered.title,
        body: rendered.body,
        comment: reopenComment(rendered.state)
      })
    } else {
      const rendered = renderDriftIssue(report, undefined, input.context(report))
      candidates.push({
        kind: 'open',
        key: report.key,
        title: rendered.title,
        body: rendered.body,
        labels: rendered.labels
      })
    }
  }
  const drifted = new Set(input.reports.map((r) => r.key))
  for (const [key, issues] of byKey) {
    if (drifted.has(key)) continue
    for (const issue of issues.filter((i) => i.state === 'open')) {
      candidates.push({
        kind: 'close',
        key,
        number: issue.number,
        comment: closeComment(input.isCurrent(key), input.commit)
      })
    }
  }
  return withinBudget(candidates, unchanged, input)
}

function withinBudget(
  candidates: IssueAction[],
  unchanged: IssueSyncPlan['unchanged'],
  input: IssueSyncInput
): IssueSyncPlan {
  const ordered = [...candidates].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.key.localeCompare(b.key))
  const plan: IssueSyncPlan = { labelsToCreate: [], actions: [], deferred: [], unchanged }
  const labels = new Set(input.existingLabels)
  let writes = 0
  for (const action of ordered) {
    const newLabels =
      action.kind === 'open' ? [...new Set(action.labels.filter((l) => !labels.has(l.toLowerCase())))] : []
    const cost = writesOf(action) + newLabels.length
    if (writes + cost > input.maxWrites) {
      plan.deferred.push(action)
      continue
    }
    writes += cost
    for (const label of newLabels) labels.add(label.toLowerCase())
    plan.labelsToCreate.push(...newLabels)
    plan.actions.push(action)
  }
  plan.labelsToCreate.sort((a, b) => (a === DRIFT_LABEL ? -1 : b === DRIFT_LABEL ? 1 : a.localeCompare(b)))
  return plan
}
