import type { GitHubState, PullRequestRecord, RepositoryRecord } from './records.js'
import { findIssue, findPullRequest, findRepositoryByFullName } from './lookups.js'
import { shaFor } from './shas.js'
import { DEFAULT_REPOSITORY } from './default-seed.js'

/** A new commit on the pull request's branch (what a `synchronize` event follows). Returns the previous head sha. */
export function pushToPullRequest(
  state: GitHubState,
  number: number,
  sha: string,
  repository = DEFAULT_REPOSITORY
): string {
  const pullRequest = requirePullRequest(state, repository, number)
  const before = pullRequest.head.sha
  pullRequest.head.sha = sha
  pullRequest.commits.push(sha)
  return before
}

/**
 * Merges the pull request: closed, `merged_at` set, a merge commit that becomes the head of the base branch (what a
 * `push` to the default branch follows). Returns `{ before, after }` of the base branch.
 */
export function mergePullRequest(
  state: GitHubState,
  number: number,
  options: { repository?: string; mergeCommitSha?: string; mergedBy?: string; at: string }
): { before: string; after: string } {
  const repositoryName = options.repository ?? DEFAULT_REPOSITORY
  const pullRequest = requirePullRequest(state, repositoryName, number)
  const issue = findIssue(state, repositoryName, number)
  const repository = findRepositoryByFullName(state, repositoryName)
  if (!issue || !repository) throw new Error(`${repositoryName}#${number} is not seeded`)
  const before = repository.defaultBranchSha
  const after = options.mergeCommitSha ?? shaFor(`${repositoryName}#${number} merge`)
  Object.assign(pullRequest, { mergedAt: options.at, mergeCommitSha: after })
  Object.assign(issue, {
    state: 'closed',
    stateReason: null,
    closedAt: options.at,
    closedBy: options.mergedBy ?? 'mona',
    updatedAt: options.at
  })
  rememberHead(repository)
  repository.defaultBranchSha = after
  return { before, after }
}

/**
 * A new commit on the default branch with these files (the head's files before it stay readable at its sha, as
 * `repos.getContent` with `ref` reads any commit). Returns `{ before, after }` of the branch.
 */
export function commitToDefaultBranch(
  state: GitHubState,
  files: Record<string, string>,
  options: { repository?: string; sha?: string } = {}
): { before: string; after: string } {
  const repositoryName = options.repository ?? DEFAULT_REPOSITORY
  const repository = findRepositoryByFullName(state, repositoryName)
  if (!repository) throw new Error(`${repositoryName} is not seeded`)
  const before = repository.defaultBranchSha
  const after = options.sha ?? shaFor(`${repositoryName} commit ${Object.keys(repository.commits ?? {}).length + 1}`)
  rememberHead(repository)
  repository.files = { ...files }
  repository.defaultBranchSha = after
  return { before, after }
}

function rememberHead(repository: RepositoryRecord): void {
  repository.commits = { ...repository.commits, [repository.defaultBranchSha]: { ...repository.files } }
}

function requirePullRequest(state: GitHubState, repository: string, number: number): PullRequestRecord {
  const pullRequest = findPullRequest(state, repository, number)
  if (!pullRequest) throw new Error(`${repository}#${number} is not a seeded pull request`)
  return pullRequest
}
