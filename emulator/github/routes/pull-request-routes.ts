import type { RouteContext, RouteDefinition } from '../http/route-types.js'
import { errorBody, GitHubFailure, notFound } from '../http/github-errors.js'
import { pullRequestShape, pullRequestSimpleShape } from '../shapes/pull-request-shape.js'
import type { PullRequestRecord, RepositoryRecord } from '../state/records.js'
import { findIssue, findPullRequest, findRepositoryByFullName, fullName, sameName } from '../state/lookups.js'
import { listPage, requireRepository } from './route-helpers.js'

const DOCS = 'https://docs.github.com/rest/pulls/pulls'

export const pullRequestRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls',
    name: 'pulls.list',
    docs: `${DOCS}#list-pull-requests`,
    handle(context) {
      const repository = requireRepository(context)
      const pulls = selectPullRequests(context, repository)
      return listPage(context, repository, 'pulls', pulls, (p) => pullRequestSimpleShape(p, context))
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
    name: 'pulls.get',
    docs: `${DOCS}#get-a-pull-request`,
    handle(context) {
      const repository = requireRepository(context)
      const pullRequest = findPullRequest(context.state, fullName(repository), Number(context.params.pull_number))
      if (!pullRequest) throw notFound(context.docs)
      return { status: 200, body: pullRequestShape(pullRequest, context) }
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    name: 'repos.listPullRequestsAssociatedWithCommit',
    docs: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
    handle(context) {
      const repository = requireRepository(context)
      const sha = context.params.commit_sha ?? ''
      if (!knownCommits(context, repository).has(sha)) {
        throw new GitHubFailure(422, errorBody(422, `No commit found for SHA: ${sha}`, context.docs))
      }
      // A commit that a merge brought to the base branch names the merged pull request; otherwise the open ones
      // carrying it.
      const ours = context.state.pullRequests.filter((p) => sameName(p.repository, fullName(repository)))
      const merged = ours.filter((p) => p.mergeCommitSha === sha || (p.mergedAt !== null && p.commits.includes(sha)))
      const open = ours.filter(
        (p) => p.commits.includes(sha) && findIssue(context.state, p.repository, p.number)?.state === 'open'
      )
      const pulls = (merged.length > 0 ? merged : open).sort((a, b) => b.number - a.number)
      return listPage(context, repository, `commits/${sha}/pulls`, pulls, (p) => pullRequestSimpleShape(p, context))
    }
  }
]

/** `state` (open by default), `head` (`owner:ref`), `base`, `sort` and `direction`, as `pulls.list` reads them. */
function selectPullRequests(context: RouteContext, repository: RepositoryRecord): PullRequestRecord[] {
  const query = context.request.query
  const wantedState = query.get('state') ?? 'open'
  const head = query.get('head')
  const base = query.get('base')
  const sort = query.get('sort') ?? 'created'
  const direction = query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
  const issueOf = (p: PullRequestRecord) => findIssue(context.state, p.repository, p.number)
  const selected = context.state.pullRequests.filter((p) => {
    const issue = issueOf(p)
    const headOwner = findRepositoryByFullName(context.state, p.head.repository)?.owner ?? ''
    return (
      sameName(p.repository, fullName(repository)) &&
      issue !== undefined &&
      (wantedState === 'all' || issue.state === wantedState) &&
      (head === null || sameName(`${headOwner}:${p.head.ref}`, head)) &&
      (base === null || p.base.ref === base)
    )
  })
  const key = (p: PullRequestRecord) =>
    sort === 'updated' ? (issueOf(p)?.updatedAt ?? '') : (issueOf(p)?.createdAt ?? '')
  const sign = direction === 'asc' ? 1 : -1
  return selected.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number) * sign)
}

function knownCommits(context: RouteContext, repository: RepositoryRecord): Set<string> {
  const shas = new Set([repository.defaultBranchSha])
  for (const p of context.state.pullRequests.filter((p) => sameName(p.repository, fullName(repository)))) {
    for (const sha of [...p.commits, p.head.sha, p.base.sha, p.mergeCommitSha]) if (sha) shas.add(sha)
  }
  return shas
}
