import { nextId, nextIssueNumber } from './lookups.js'
import type { CommentRecord, GitHubState, IssueRecord } from './records.js'

/**
 * Opens an issue as REST `issues.create` and GraphQL `createIssue` both do: the repository's next number, open, not
 * locked. The caller takes `id` from nextId before it works out the labels (which may create labels, with ids).
 */
export function openIssue(
  state: GitHubState,
  fields: Pick<IssueRecord, 'id' | 'repository' | 'title' | 'body' | 'labels' | 'assignees' | 'author'>,
  now: string
): IssueRecord {
  const issue: IssueRecord = {
    id: fields.id,
    repository: fields.repository,
    number: nextIssueNumber(state, fields.repository),
    title: fields.title,
    body: fields.body,
    state: 'open',
    stateReason: null,
    labels: fields.labels,
    assignees: fields.assignees,
    author: fields.author,
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null
  }
  state.issues.push(issue)
  return issue
}

/**
 * Comments on an issue or pull request of `repository` (REST `issues.createComment`, GraphQL `addComment`); the
 * issue's `updatedAt` moves too.
 */
export function postComment(
  state: GitHubState,
  repository: string,
  issue: IssueRecord,
  fields: Pick<CommentRecord, 'body' | 'author'>,
  now: string
): CommentRecord {
  const comment: CommentRecord = {
    id: nextId(state),
    repository,
    issueNumber: issue.number,
    body: fields.body,
    author: fields.author,
    createdAt: now,
    updatedAt: now
  }
  state.comments.push(comment)
  issue.updatedAt = now
  return comment
}
