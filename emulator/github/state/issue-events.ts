import type { GitHubState, IssueRecord } from './records.js'
import { nextId, sameName } from './lookups.js'

/**
 * Records the `labeled` / `unlabeled` events of a change of an issue's labels, as GitHub's issue timeline does
 * (docs.github.com/rest/issues/events: "labeled — a label was added", "unlabeled — a label was removed"), each with
 * the account that made it.
 */
export function recordLabelChange(
  state: GitHubState,
  issue: IssueRecord,
  before: readonly string[],
  actor: string,
  at: string
): void {
  const has = (names: readonly string[], name: string) => names.some((n) => sameName(n, name))
  const event = (kind: 'labeled' | 'unlabeled', label: string) =>
    state.issueEvents.push({
      id: nextId(state),
      repository: issue.repository,
      issueNumber: issue.number,
      event: kind,
      actor,
      label,
      createdAt: at
    })
  for (const label of issue.labels) if (!has(before, label)) event('labeled', label)
  for (const label of before) if (!has(issue.labels, label)) event('unlabeled', label)
}
