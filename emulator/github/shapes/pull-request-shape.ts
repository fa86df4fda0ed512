import type { components } from '@octokit/openapi-types'
import type { PullRequestRecord } from '../state/records.js'
import { findIssue, findRepositoryByFullName } from '../state/lookups.js'
import { simpleUser } from './account-shape.js'
import { issueShape } from './issue-shape.js'
import { nodeId } from './links.js'
import { repositoryShape } from './repository-shape.js'
import type { ShapeContext } from './shape-context.js'
import { accountNamed, repositoryFacts } from './shape-context.js'

export type PullRequestSimple = components['schemas']['pull-request-simple']
export type PullRequest = components['schemas']['pull-request']

/** The list form (`pulls.list`, `listPullRequestsAssociatedWithCommit`). */
export function pullRequestSimpleShape(pullRequest: PullRequestRecord, context: ShapeContext): PullRequestSimple {
  const { state, urls } = context
  const issueRecord = findIssue(state, pullRequest.repository, pullRequest.number)
  if (!issueRecord) throw new Error(`pull request ${pullRequest.repository}#${pullRequest.number} has no issue record`)
  const issue = issueShape(issueRecord, context)
  const api = `${urls.api}/repos/${pullRequest.repository}`
  const url = `${api}/pulls/${pullRequest.number}`
  const html = `${urls.html}/${pullRequest.repository}/pull/${pullRequest.number}`
  const link = (href: string) => ({ href })
  return {
    url,
    id: pullRequest.id,
    node_id: nodeId('PullRequest', pullRequest.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue.url,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: issue.comments_url,
    statuses_url: `${api}/statuses/${pullRequest.head.sha}`,
    number: pullRequest.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: issue.user,
    body: issue.body ?? null,
    // GitHub sends `description: null` for a label without one; the OpenAPI description says string.
    labels: issue.labels.map((label) => label as PullRequestSimple['labels'][number]),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pullRequest.mergedAt,
    merge_commit_sha: pullRequest.mergeCommitSha,
    assignee: issue.assignee,
    assignees: issue.assignees ?? [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchShape(context, pullRequest.head.repository, pullRequest.head.ref, pullRequest.head.sha),
    base: branchShape(context, pullRequest.repository, pullRequest.base.ref, pullRequest.base.sha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(issue.url),
      comments: link(issue.comments_url),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/statuses/${pullRequest.head.sha}`)
    },
    author_association: issue.author_association ?? 'NONE',
    auto_merge: null,
    draft: pullRequest.draft
  }
}

/** The single form (`pulls.get`): the list form plus merge state and counts. */
export function pullRequestShape(pullRequest: PullRequestRecord, context: ShapeContext): PullRequest {
  const simple = pullRequestSimpleShape(pullRequest, context)
  const issue = findIssue(context.state, pullRequest.repository, pullRequest.number)
  const closedBy = issue?.closedBy ?? null
  const merged = pullRequest.mergedAt !== null
  return {
    ...simple,
    state: simple.state === 'closed' ? 'closed' : 'open',
    user: simple.user ?? simpleUser(accountNamed(context.state, 'ghost'), context.urls),
    head: branchShape(context, pullRequest.head.repository, pullRequest.head.ref, pullRequest.head.sha),
    base: branchShape(context, pullRequest.repository, pullRequest.base.ref, pullRequest.base.sha),
    merged,
    mergeable: merged ? null : true,
    rebaseable: merged ? null : true,
    mergeable_state: merged ? 'unknown' : 'clean',
    merged_by: merged && closedBy ? simpleUser(accountNamed(context.state, closedBy), context.urls) : null,
    comments: context.state.comments.filter(
      (c) => c.repository === pullRequest.repository && c.issueNumber === pullRequest.number
    ).length,
    review_comments: 0,
    maintainer_can_modify: pullRequest.head.repository !== pullRequest.repository,
    commits: pullRequest.commits.length,
    additions: 1,
    deletions: 0,
    changed_files: 1
  }
}

function branchShape(context: ShapeContext, repositoryName: string, ref: string, sha: string): PullRequest['head'] {
  const repository = findRepositoryByFullName(context.state, repositoryName)
  if (!repository) throw new Error(`pull request branch in unknown repository ${repositoryName}`)
  const facts = repositoryFacts(context.state, repository)
  return {
    label: `${repository.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(facts.owner, context.urls),
    repo: repositoryShape(repository, facts, context.urls)
  }
}
