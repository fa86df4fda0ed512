import { PLAN_MARKER, planChangesOf, planHashOf } from '../render/plan/plan-markdown.js'
import type { GitHubClient } from './octokit.js'
import type { RepositoryRef } from './repository.js'
import { opensWithMarker } from './sticky-comment.js'
import { errorText } from '../util/error-text.js'

export interface MergedPullRequest {
  number: number
  labels: string[]
  /** Labels of `writersOnly` it carries that no one who may write to the repository added: not in `labels`. */
  ignoredLabels?: IgnoredLabel[]
}

export interface IgnoredLabel {
  label: string
  /** Who added it last, when known. */
  actor?: string
  /** Why it is not honoured, when the check itself failed (as `errorText` shows it: credentials hidden). */
  error?: string
}

/**
 * The pull request a push to the default branch merged: the one whose merge commit is the pushed sha. Labels named
 * in `writersOnly` (overrides of a safety setting) count only when someone who may write to the repository added
 * them — see `addedByWriters`.
 */
export async function findMergedPullRequest(
  github: GitHubClient,
  repository: RepositoryRef,
  sha: string,
  writersOnly: readonly string[] = []
): Promise<MergedPullRequest | undefined> {
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: sha })
  const pr = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at)
  if (!pr) return undefined
  const labels = pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
  const guarded = labels.filter((l) => writersOnly.some((w) => w.toLowerCase() === l.toLowerCase()))
  if (guarded.length === 0) return { number: pr.number, labels }
  const ignoredLabels = await addedByOthers(github, repository, pr.number, guarded)
  const ignored = new Set(ignoredLabels.map((i) => i.label))
  return { number: pr.number, labels: labels.filter((l) => !ignored.has(l)), ignoredLabels }
}

/**
 * The labels (of those given) that the last person to add them could not have pushed or merged: triage users may
 * label a pull request, and an override label must not widen what apply deletes on their word. Read from the pull
 * request's `labeled` events and each actor's permission (`admin` or `write`; GitHub reports maintain as write and
 * triage as read). When the check fails, the label is not honoured (fail closed).
 */
async function addedByOthers(
  github: GitHubClient,
  repository: RepositoryRef,
  issueNumber: number,
  labels: readonly string[]
): Promise<IgnoredLabel[]> {
  try {
    const events = (await github.paginate(github.rest.issues.listEvents, {
      ...repository,
      issue_number: issueNumber,
      per_page: 100
    })) as Array<{ event?: string; actor?: { login?: string } | null; label?: { name?: string } }>
    const writers = new Map<string, boolean>()
    const mayWrite = async (login: string): Promise<boolean> => {
      if (!writers.has(login)) {
        const { data } = await github.rest.repos
          .getCollaboratorPermissionLevel({ ...repository, username: login })
          .catch((error: { status?: number }) => {
            if (error.status === 404) return { data: { permission: 'none' } }
            throw error
          })
        writers.set(login, data.permission === 'admin' || data.permission === 'write')
      }
      return writers.get(login)!
    }
    const ignored: IgnoredLabel[] = []
    for (const label of labels) {
      const actor = events
        .filter((e) => e.event === 'labeled' && e.label?.name?.toLowerCase() === label.toLowerCase())
        .at(-1)?.actor?.login
      if (!actor || !(await mayWrite(actor))) ignored.push({ label, ...(actor ? { actor } : {}) })
    }
    return ignored
  } catch (error) {
    const message = errorText(error)
    return labels.map((label) => ({ label, error: message }))
  }
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
