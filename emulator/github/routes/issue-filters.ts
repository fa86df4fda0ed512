import type { GitHubState, IssueRecord } from '../state/records.js'
import { sameName } from '../state/lookups.js'

/**
 * The issues `GET /repos/{owner}/{repo}/issues` returns, in order: `state` (open by default), `labels` (all of
 * them, comma-separated), `creator`, `assignee` (`*`, `none` or a login), `since`, `sort` and `direction`.
 * Pull requests are included, as GitHub includes them.
 */
export function selectIssues(state: GitHubState, repository: string, query: URLSearchParams): IssueRecord[] {
  const wantedState = query.get('state') ?? 'open'
  const labels = (query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const creator = query.get('creator')
  const assignee = query.get('assignee')
  const since = query.get('since')
  const selected = state.issues.filter(
    (issue) =>
      sameName(issue.repository, repository) &&
      (wantedState === 'all' || issue.state === wantedState) &&
      labels.every((label) => issue.labels.some((name) => sameName(name, label))) &&
      (creator === null || sameName(issue.author, creator)) &&
      matchesAssignee(issue, assignee) &&
      (since === null || issue.updatedAt >= since)
  )
  return sortIssues(state, selected, query.get('sort') ?? 'created', query.get('direction') ?? 'desc')
}

function matchesAssignee(issue: IssueRecord, assignee: string | null): boolean {
  if (assignee === null) return true
  if (assignee === '*') return issue.assignees.length > 0
  if (assignee === 'none') return issue.assignees.length === 0
  return issue.assignees.some((login) => sameName(login, assignee))
}

function sortIssues(state: GitHubState, issues: IssueRecord[], sort: string, direction: string): IssueRecord[] {
  const commentCount = (issue: IssueRecord) =>
    state.comments.filter((c) => sameName(c.repository, issue.repository) && c.issueNumber === issue.number).length
  const key = (issue: IssueRecord): string | number =>
    sort === 'updated' ? issue.updatedAt : sort === 'comments' ? commentCount(issue) : issue.createdAt
  const sign = direction === 'asc' ? 1 : -1
  // Ties (same second) fall back to the number, so the order is total and pages never overlap.
  return [...issues].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * sign
  })
}
