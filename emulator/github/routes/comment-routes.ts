import type { RouteContext, RouteDefinition } from '../http/route-types.js'
import { notFound } from '../http/github-errors.js'
import { commentShape } from '../shapes/comment-shape.js'
import type { CommentRecord } from '../state/records.js'
import { fullName, sameName } from '../state/lookups.js'
import { postComment } from '../state/new-records.js'
import {
  type Access,
  bodyObject,
  checkBodyLength,
  listPage,
  requiredString,
  requireIssue,
  requireRepository,
  requireWritePermission
} from './route-helpers.js'

const DOCS = 'https://docs.github.com/rest/issues/comments'

/** Issue comments — the same endpoints serve pull request conversation comments. */
export const commentRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    name: 'issues.listComments',
    docs: `${DOCS}#list-issue-comments`,
    handle(context) {
      const { repository, issue } = requireIssue(context)
      const since = context.request.query.get('since')
      const comments = context.state.comments
        .filter((c) => sameName(c.repository, issue.repository) && c.issueNumber === issue.number)
        .filter((c) => since === null || c.updatedAt >= since)
        .sort((a, b) => a.id - b.id)
      return listPage(context, repository, `issues/${issue.number}/comments`, comments, (c) => commentShape(c, context))
    }
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    name: 'issues.createComment',
    docs: `${DOCS}#create-an-issue-comment`,
    handle(context) {
      const { repository, issue } = requireIssue(context, 'write')
      const body = requiredString(context, bodyObject(context), 'body')
      checkBodyLength(context, body, 'IssueComment')
      const author = context.caller.login
      const comment = postComment(context.state, fullName(repository), issue, { body, author }, context.now())
      const shape = commentShape(comment, context)
      return { status: 201, body: shape, headers: { location: shape.url } }
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    name: 'issues.getComment',
    docs: `${DOCS}#get-an-issue-comment`,
    handle: (context) => ({ status: 200, body: commentShape(requireComment(context), context) })
  },
  {
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    name: 'issues.updateComment',
    docs: `${DOCS}#update-an-issue-comment`,
    handle(context) {
      const comment = requireComment(context, 'write')
      const body = requiredString(context, bodyObject(context), 'body')
      checkBodyLength(context, body, 'IssueComment')
      comment.body = body
      comment.updatedAt = context.now()
      return { status: 200, body: commentShape(comment, context) }
    }
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    name: 'issues.deleteComment',
    docs: `${DOCS}#delete-an-issue-comment`,
    handle(context) {
      const comment = requireComment(context, 'write')
      context.state.comments.splice(context.state.comments.indexOf(comment), 1)
      return { status: 204 }
    }
  }
]

function requireComment(context: RouteContext, access: Access = 'read'): CommentRecord {
  const repository = requireRepository(context)
  const id = Number(context.params.comment_id)
  const comment = context.state.comments.find((c) => c.id === id && sameName(c.repository, fullName(repository)))
  if (!comment) throw notFound(context.docs)
  if (access === 'write') requireWritePermission(context)
  return comment
}
