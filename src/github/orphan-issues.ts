import type { OrphanObservation } from '../apply/orphan-record.js'
import type { ExistingIssue } from '../issues/issue-sync-plan.js'
import {
  planOrphanIssues,
  orphanWritesOf,
  type OrphanIssueAction,
  type OrphanIssuePlan
} from '../issues/orphan-issue-plan.js'
import { hasOrphanMarker, ORPHAN_LABEL, readOrphanIssue } from '../render/orphans/orphan-issue.js'
import { errorText } from '../util/error-text.js'
import type { GitHubClient } from './octokit.js'
import type { RepositoryRef } from './repository.js'

export interface OrphanIssueOutcome {
  action: OrphanIssueAction
  status: 'done' | 'failed' | 'dry-run'
  url?: string
  /** Why the write failed, as `errorText` shows it: every credential GitHub's answer may echo is hidden. */
  error?: string
}

export interface OrphanIssueSyncResult {
  plan: OrphanIssuePlan
  outcomes: OrphanIssueOutcome[]
  /** Writes made (the label, issues, comments). */
  writes: number
}

/**
 * The tool's orphan issues: every page of the label, open or closed; only those the token's login opened whose body
 * carries the marker and a record in the tool's shape (the label alone proves nothing: anyone may add it). One of
 * the token's issues whose marker is there but whose record is not in shape (edited) is left alone, and reported
 * to `onUnreadable`.
 */
export async function listOrphanIssues(
  github: GitHubClient,
  { owner, repo }: RepositoryRef,
  creator: string,
  onUnreadable: (issueNumber: number) => void = () => {}
): Promise<ExistingIssue[]> {
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: ORPHAN_LABEL,
    state: 'all',
    per_page: 100
  })
  const mine = listed.filter((i) => !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase())
  for (const issue of mine) if (hasOrphanMarker(issue.body) && !readOrphanIssue(issue.body)) onUnreadable(issue.number)
  return mine
    .filter((i) => readOrphanIssue(i.body) !== undefined)
    .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body! }))
}

/** Plans with `planOrphanIssues` within `maxWrites`, then writes (or, dry, only says what it would write). */
export async function syncOrphanIssues(
  github: GitHubClient,
  options: {
    repository: RepositoryRef
    observations: readonly OrphanObservation[]
    existing: readonly ExistingIssue[]
    maxWrites: number
    dryRun: boolean
    log: (line: string) => void
  }
): Promise<OrphanIssueSyncResult> {
  const { owner, repo } = options.repository
  const plan = planOrphanIssues(options)
  if (options.dryRun) {
    for (const action of plan.actions) options.log(`[dry-run] would ${describeOrphanAction(action)}`)
    for (const action of plan.deferred)
      options.log(`[dry-run] would defer (write budget) ${describeOrphanAction(action)}`)
    return { plan, outcomes: plan.actions.map((action) => ({ action, status: 'dry-run' })), writes: 0 }
  }
  let writes = 0
  if (plan.createLabel) {
    try {
      await github.rest.issues.createLabel({
        owner,
        repo,
        name: ORPHAN_LABEL,
        color: 'fbca04',
        description: 'Flux configurations deleted sources left on clusters (flux-policy)'
      })
      writes++
    } catch (error) {
      // Created meanwhile, or by a person (422 already_exists): what matters is that it exists.
      if ((error as { status?: number }).status !== 422) throw error
    }
  }
  const outcomes: OrphanIssueOutcome[] = []
  for (const action of plan.actions) {
    try {
      const url = await run(github, options.repository, action)
      writes += orphanWritesOf(action)
      outcomes.push({ action, status: 'done', url })
      options.log(`${describeOrphanAction(action)}: ${url}`)
    } catch (error) {
      outcomes.push({ action, status: 'failed', error: errorText(error) })
    }
  }
  return { plan, outcomes, writes }
}

async function run(github: GitHubClient, { owner, repo }: RepositoryRef, action: OrphanIssueAction): Promise<string> {
  switch (action.kind) {
    case 'open': {
      const { title, body, labels } = action
      return (await github.rest.issues.create({ owner, repo, title, body, labels })).data.html_url
    }
    case 'update':
    case 'resolve': {
      const { number: issue_number, title, body } = action
      return (await github.rest.issues.update({ owner, repo, issue_number, title, body })).data.html_url
    }
    case 'reopen': {
      const { number: issue_number, title, body, comment } = action
      const { data } = await github.rest.issues.update({ owner, repo, issue_number, title, body, state: 'open' })
      await github.rest.issues.createComment({ owner, repo, issue_number, body: comment })
      return data.html_url
    }
    case 'close': {
      const { number: issue_number, title, body, comment } = action
      await github.rest.issues.createComment({ owner, repo, issue_number, body: comment })
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number,
        title,
        body,
        state: 'closed',
        state_reason: 'completed'
      })
      return data.html_url
    }
  }
}

export function describeOrphanAction(action: OrphanIssueAction): string {
  return action.kind === 'open'
    ? `open an orphaned-configurations issue (${action.key})`
    : `${action.kind} orphaned-configurations issue #${action.number} (${action.key})`
}
