import { MAX_REMEMBERED_CLUSTERS, type IssueState } from './issue-state.js'
import { code, plural } from './markdown-text.js'

/**
 * The comment that goes with an update, only when the set of drifted clusters or the assignment's state changed
 * (an edit of the body alone notifies nobody; a comment does, so details such as error texts do not get one).
 */
export function changeComment(previous: IssueState, next: IssueState): string | undefined {
  const clustersChanged = previous.clusterSetHash !== next.clusterSetHash
  const assignmentChanged = previous.assignmentCount > 0 !== next.assignmentCount > 0
  if (!clustersChanged && !assignmentChanged) return undefined
  const lines: string[] = []
  if (clustersChanged) {
    const exact = previous.clusterCount <= MAX_REMEMBERED_CLUSTERS && next.clusterCount <= MAX_REMEMBERED_CLUSTERS
    const before = new Set(Object.keys(previous.firstSeen))
    const after = new Set(Object.keys(next.firstSeen))
    const added = [...after].filter((k) => !before.has(k)).length
    const gone = [...before].filter((k) => !after.has(k)).length
    const delta = exact
      ? ` (${[added ? `${added} new` : '', gone ? `${gone} no longer drifting` : ''].filter(Boolean).join(', ')})`
      : ''
    lines.push(
      next.clusterCount === 0
        ? `No cluster drifts any more (${plural(previous.clusterCount, 'cluster')} before).`
        : `The drifted clusters changed: now ${plural(next.clusterCount, 'cluster')}, ${previous.clusterCount} before${delta}.`
    )
  }
  if (assignmentChanged)
    lines.push(
      next.assignmentCount > 0
        ? 'The live policy assignment now differs from the default branch.'
        : 'The policy assignment matches the default branch again.'
    )
  return `${lines.join(' ')} The description above is up to date.`
}

export function reopenComment(next: IssueState): string {
  const what = [
    next.clusterCount > 0 ? plural(next.clusterCount, 'cluster') : '',
    next.assignmentCount > 0 ? 'the policy assignment' : ''
  ]
    .filter(Boolean)
    .join(' and ')
  return `The drift is back (${what}); reopening. The description above is up to date.`
}

export function closeComment(sourceStillInFiles: boolean, commit: string | undefined): string {
  const at = commit ? ` at ${code(commit.slice(0, 12))}` : ''
  return sourceStillInFiles
    ? `No drift left: every cluster under this source and its policy assignment match the files${at}. Closing.`
    : `This source is no longer in the policy files${at} and nothing of it drifts in Azure. Closing.`
}
