import type { components } from '@octokit/openapi-types'
import type { CommentRecord } from '../state/records.js'
import { findPullRequest } from '../state/lookups.js'
import { nodeId } from './links.js'
import { simpleUser } from './account-shape.js'
import type { ShapeContext } from './shape-context.js'
import { accountNamed, authorAssociation, noReactions } from './shape-context.js'

export type IssueComment = components['schemas']['issue-comment']

export function commentShape(comment: CommentRecord, { state, urls }: ShapeContext): IssueComment {
  const api = `${urls.api}/repos/${comment.repository}`
  const isPullRequest = findPullRequest(state, comment.repository, comment.issueNumber) !== undefined
  const url = `${api}/issues/comments/${comment.id}`
  return {
    url,
    html_url: `${urls.html}/${comment.repository}/${isPullRequest ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: simpleUser(accountNamed(state, comment.author), urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(state, comment.author, comment.repository),
    body: comment.body,
    reactions: noReactions(url),
    performed_via_github_app: null
  }
}
