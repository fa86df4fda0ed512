import { PLAN_MARKER, planChangesOf, planHashOf } from '../render/plan/plan-markdown.js'
import type { GitHubClient } from './octokit.js'
import type { RepositoryRef } from './repository.js'
import { opensWithMarker } from './sticky-comment.js'

export interface MergedPullRequest {
  number: number
  labels: string[]
}

/** The pull request a push to the default branch merged: the one whose merge commit is the pushed sha. */
export async function findMergedPullRequest(
  github: GitHubClient,
  repository: RepositoryRef,
  sha: string
): Promise<MergedPullRequest | undefined> {
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: sha })
  const pr = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at)
  return pr
    ? { number: pr.number, labels: pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))) }
    : undefined
}

/**
 * The plan recorded in the tool's plan comment on a pull request: its hash, and its changes' fingerprints. The
 * comment is the one `upsertStickyComment` keeps up to date — the first of the token's own comments that the plan
 * marker opens — so a stale duplicate of the tool, or another user's copy of the marker, is never taken for it; when
 * that comment holds no plan (the files were invalid at the last push), none was reviewed.
 */
export async function reviewedPlan(
  github: GitHubClient,
  repository: RepositoryRef,
  issueNumber: number,
  author: string
): Promise<{ hash: string; changes?: string[] } | undefined> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100
  })
  const body = comments.find((c) => c.user?.login === author && opensWithMarker(c.body, PLAN_MARKER))?.body
  const hash = body ? planHashOf(body) : undefined
  if (!body || hash === undefined) return undefined
  const changes = planChangesOf(body)
  return changes === undefined ? { hash } : { hash, changes }
}
