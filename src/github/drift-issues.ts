import {
  planIssueSync,
  writesOf,
  type ExistingIssue,
  type IssueAction,
  type IssueSyncInput,
  type IssueSyncPlan
} from '../issues/issue-sync-plan.js'
import { planAuditStateWrite, type AuditStateAction } from '../issues/audit-state-plan.js'
import { AUDIT_STATE_LABEL } from '../render/drift/audit-state-issue.js'
import { DRIFT_LABEL } from '../render/drift/drift-issue.js'
import { writeAuditState, type AuditMemory } from './audit-state.js'
import { issueKeyOf } from '../render/drift/issue-state.js'
import { errorText } from '../util/error-text.js'
import type { GitHubClient } from './octokit.js'
import { trackGitHubRequests, type GitHubRequestLedger } from './request-ledger.js'
import type { RepositoryRef } from './repository.js'
import { tokenLogin } from './sticky-comment.js'

export interface DriftIssueSyncOptions extends Omit<IssueSyncInput, 'existing' | 'existingLabels'> {
  repository: RepositoryRef
  /** Plan and report, write nothing. */
  dryRun: boolean
  log: (line: string) => void
  /** The first sightings to keep (#13), with what `readAuditMemory` found; without it no state is written. */
  state?: { memory: AuditMemory; sightings: ReadonlyMap<string, string>; unconfirmed: number; graceSeconds: number }
  /**
   * The audit's GitHub requests so far, tracked from before its first read (the state issue's, `readAuditMemory`):
   * writes stop where the primary budget GitHub reports would run out. Without it, only this sync's are counted.
   */
  requests?: GitHubRequestLedger
}

/** What happened to the state issue: its write goes first and counts against the same budget. */
export interface AuditStateOutcome {
  action?: AuditStateAction
  status: 'unchanged' | 'done' | 'failed' | 'dry-run' | 'deferred'
  url?: string
  /** Why the write failed, as `errorText` shows it: every credential GitHub's answer may echo is hidden. */
  error?: string
}

/** What happened to one planned action. */
export interface IssueOutcome {
  action: IssueAction
  status: 'done' | 'failed' | 'dry-run'
  number?: number
  url?: string
  /** Why the write failed, as `errorText` shows it: every credential GitHub's answer may echo is hidden. */
  error?: string
}

export interface DriftIssueSyncResult {
  plan: IssueSyncPlan
  outcomes: IssueOutcome[]
  /** Writes made (labels, issues, comments). */
  writes: number
  state?: AuditStateOutcome
  /** The writes this run could make: `max-issue-writes`, or less when the primary budget left after reading is less. */
  writeBudget: { limit: number; limitedBy: 'max-issue-writes' | 'primary-rate-limit' }
  /** The audit's GitHub requests (reads including the state issue's) and the primary budget left at the end. */
  requests: GitHubRequestLedger
}

const LABEL_COLOURS = { drift: 'd73a4a', team: 'c5def5' }

/**
 * Keeps one GitHub issue per drifted source: finds the tool's issues by label, author and marker over every page of
 * `issues.listForRepo` (not the search API, which lags and would make duplicates), plans with `planIssueSync`,
 * creates missing labels, then writes at most `maxWrites` times. Octokit's throttling plugin paces the writes.
 */
export async function syncDriftIssues(
  github: GitHubClient,
  options: DriftIssueSyncOptions
): Promise<DriftIssueSyncResult> {
  const { owner, repo } = options.repository
  const requests = options.requests ?? trackGitHubRequests(github)
  const creator = options.state?.memory.creator ?? (await tokenLogin(github))
  // Every page of the label, ownership decided here (author and marker), not by the `creator` filter (#13).
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: DRIFT_LABEL,
    state: 'all',
    per_page: 100
  })
  const existing: ExistingIssue[] = listed
    .filter(
      (i) =>
        !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase() && issueKeyOf(i.body) !== undefined
    )
    .map((i) => ({
      number: i.number,
      state: i.state === 'closed' ? 'closed' : 'open',
      title: i.title,
      body: i.body ?? ''
    }))
  const labels = await github.paginate(github.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 })
  const existingLabels = new Set(labels.map((l) => l.name.toLowerCase()))
  // Every read so far (the state issue's included) has spent the primary budget: writes get what is left.
  const primaryLeft = requests.remaining ?? Number.POSITIVE_INFINITY
  const writeBudget =
    primaryLeft < options.maxWrites
      ? { limit: primaryLeft, limitedBy: 'primary-rate-limit' as const }
      : { limit: options.maxWrites, limitedBy: 'max-issue-writes' as const }
  // The state write goes first: without it, unconfirmed drift would wait another night.
  const stateAction =
    options.state && planAuditStateWrite({ ...options.state, existing: options.state.memory.existing })
  const stateLabel = stateAction?.kind === 'open' && !existingLabels.has(AUDIT_STATE_LABEL) ? 1 : 0
  const stateFits = !!stateAction && 1 + stateLabel <= writeBudget.limit
  const budget = writeBudget.limit - (stateFits ? 1 + stateLabel : 0)
  const plan = planIssueSync({ ...options, maxWrites: budget, existing, existingLabels })
  if (stateFits && stateLabel) plan.labelsToCreate.push(AUDIT_STATE_LABEL)
  if (options.dryRun) {
    if (stateAction)
      options.log(`[dry-run] would ${stateFits ? '' : 'defer (write budget) '}${describeState(stateAction)}`)
    for (const label of plan.labelsToCreate) options.log(`[dry-run] would create label ${label}`)
    for (const action of plan.actions) options.log(`[dry-run] would ${describe(action)}`)
    for (const action of plan.deferred) options.log(`[dry-run] would defer (write budget) ${describe(action)}`)
    return {
      plan,
      outcomes: plan.actions.map((action) => ({ action, status: 'dry-run', ...numberOf(action) })),
      writes: 0,
      writeBudget,
      requests,
      ...(stateAction ? { state: { action: stateAction, status: stateFits ? 'dry-run' : 'deferred' } } : {})
    }
  }
  let writes = 0
  for (const name of plan.labelsToCreate) {
    try {
      await github.rest.issues.createLabel({
        owner,
        repo,
        name,
        color: name === DRIFT_LABEL ? LABEL_COLOURS.drift : LABEL_COLOURS.team,
        description:
          name === DRIFT_LABEL
            ? 'Clusters or assignments that differ from the policy files (flux-policy audit)'
            : name === AUDIT_STATE_LABEL
              ? 'What the flux-policy audit remembers between runs'
              : 'flux-policy team'
      })
      writes++
    } catch (error) {
      // Created meanwhile (422 already_exists): what matters is that it exists.
      if ((error as { status?: number }).status !== 422) throw error
    }
  }
  let state: AuditStateOutcome | undefined
  if (stateAction && !stateFits) state = { action: stateAction, status: 'deferred' }
  else if (stateAction) {
    try {
      const done = await writeAuditState(github, options.repository, stateAction)
      writes++
      state = { action: stateAction, status: 'done', url: done.url }
      options.log(`${describeState(stateAction)}: ${done.url}`)
    } catch (error) {
      state = { action: stateAction, status: 'failed', error: errorText(error) }
    }
  } else if (options.state) state = { status: 'unchanged' }
  const outcomes: IssueOutcome[] = []
  for (const action of plan.actions) {
    try {
      const done = await run(github, options.repository, action)
      writes += writesOf(action)
      outcomes.push({ action, status: 'done', ...done })
      options.log(`${describe(action)}: ${done.url}`)
    } catch (error) {
      outcomes.push({
        action,
        status: 'failed',
        ...numberOf(action),
        error: errorText(error)
      })
    }
  }
  return { plan, outcomes, writes, writeBudget, requests, ...(state ? { state } : {}) }
}

const describeState = (action: AuditStateAction): string =>
  action.kind === 'open'
    ? 'open the audit state issue'
    : `${action.reopen ? 'reopen' : 'update'} the audit state issue #${action.number}`

async function run(
  github: GitHubClient,
  { owner, repo }: RepositoryRef,
  action: IssueAction
): Promise<{ number: number; url: string }> {
  switch (action.kind) {
    case 'open': {
      const { data } = await github.rest.issues.create({
        owner,
        repo,
        title: action.title,
        body: action.body,
        labels: action.labels
      })
      return { number: data.number, url: data.html_url }
    }
    case 'update':
    case 'reopen': {
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number: action.number,
        title: action.title,
        body: action.body,
        ...(action.kind === 'reopen' ? { state: 'open' as const } : {})
      })
      if (action.comment)
        await github.rest.issues.createComment({ owner, repo, issue_number: action.number, body: action.comment })
      return { number: data.number, url: data.html_url }
    }
    case 'close': {
      await github.rest.issues.createComment({ owner, repo, issue_number: action.number, body: action.comment })
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number: action.number,
        state: 'closed',
        state_reason: 'completed'
      })
      return { number: data.number, url: data.html_url }
    }
  }
}

function numberOf(action: IssueAction): { number?: number } {
  return action.kind === 'open' ? {} : { number: action.number }
}

export function describe(action: IssueAction): string {
  switch (action.kind) {
    case 'open':
      return `open an issue for ${action.key}`
    case 'update':
      return `update issue #${action.number} (${action.key})${action.comment ? ' with a comment' : ''}`
    case 'reopen':
      return `reopen issue #${action.number} (${action.key})`
    case 'close':
      return `close issue #${action.number} (${action.key})`
  }
}
