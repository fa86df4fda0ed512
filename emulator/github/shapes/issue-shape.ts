import type { components } from '@octokit/openapi-types'
import type { IssueRecord, LabelRecord } from '../state/records.js'
import { findPullRequest, sameName } from '../state/lookups.js'
import { nodeId } from './links.js'
import { simpleUser } from './account-shape.js'
import { labelShape } from './label-shape.js'
import type { ShapeContext } from './shape-context.js'
import { accountNamed, authorAssociation, noReactions } from './shape-context.js'

export type Issue = components['schemas']['issue']

/**
 * An issue as `issues.get` / `issues.listForRepo` return it. The issue half of a pull request carries a
 * `pull_request` key, which is how clients tell the two apart in the issues list.
 */
export function issueShape(issue: IssueRecord, context: ShapeContext): Issue {
  const { state, urls } = context
  const api = `${urls.api}/repos/${issue.repository}`
  const url = `${api}/issues/${issue.number}`
  const pullRequest = findPullRequest(state, issue.repository, issue.number)
  const html = `${urls.html}/${issue.repository}/${pullRequest ? 'pull' : 'issues'}/${issue.number}`
  const assignees = issue.assignees.map((login) => simpleUser(accountNamed(state, login), urls))
  const comments = state.comments.filter(
    (c) => sameName(c.repository, issue.repository) && c.issueNumber === issue.number
  )
  return {
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    id: issue.id,
    node_id: nodeId(pullRequest ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    title: issue.title,
    user: simpleUser(accountNamed(state, issue.author), urls),
    labels: issue.labels.map((name) => labelShape(labelRecord(context, issue.repository, name), urls)),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(state, issue.author, issue.repository),
    type: null,
    active_lock_reason: null,
    ...(pullRequest
      ? {
          draft: pullRequest.draft,
          pull_request: {
            url: `${api}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pullRequest.mergedAt
          }
        }
      : {}),
    body: issue.body,
    closed_by: issue.closedBy === null ? null : simpleUser(accountNamed(state, issue.closedBy), urls),
    reactions: noReactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason
  }
}

function labelRecord({ state }: ShapeContext, repository: string, name: string): LabelRecord {
  const label = state.labels.find((l) => sameName(l.repository, repository) && sameName(l.name, name))
  if (!label) throw new Error(`${repository} has an issue labelled "${name}" but no such label`)
  return label
}
