import type { ExistingIssue } from '../issues/issue-sync-plan.js'
import type { AuditStateAction } from '../issues/audit-state-plan.js'
import { stateIssueOf } from '../issues/audit-state-plan.js'
import { AUDIT_STATE_LABEL, isAuditStateBody, readAuditState } from '../render/drift/audit-state-issue.js'
import type { GitHubClient } from './octokit.js'
import type { RepositoryRef } from './repository.js'
import { tokenLogin } from './sticky-comment.js'

/** What earlier audits remembered on GitHub: the tool's state issues and the first sightings in the oldest. */
export interface AuditMemory {
  /** The token's login: only its issues are read back. */
  creator: string
  existing: ExistingIssue[]
  sightings: Map<string, string>
}

/**
 * Reads the first sightings back from the state issue (label `flux-drift-state`, every page, open or closed), the
 * issue's author and marker checked here: an issue anyone else wrote is never read.
 */
export async function readAuditMemory(github: GitHubClient, { owner, repo }: RepositoryRef): Promise<AuditMemory> {
  const creator = await tokenLogin(github)
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: AUDIT_STATE_LABEL,
    state: 'all',
    per_page: 100
  })
  const existing: ExistingIssue[] = listed
    .filter(
      (i) => !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase() && isAuditStateBody(i.body)
    )
    .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body! }))
  return { creator, existing, sightings: readAuditState(stateIssueOf(existing)?.body) ?? new Map() }
}

/** Runs one planned state write (one GitHub write). */
export async function writeAuditState(
  github: GitHubClient,
  { owner, repo }: RepositoryRef,
  action: AuditStateAction
): Promise<{ number: number; url: string }> {
  const { data } =
    action.kind === 'open'
      ? await github.rest.issues.create({ owner, repo, title: action.title, body: action.body, labels: action.labels })
      : await github.rest.issues.update({
          owner,
          repo,
          issue_number: action.number,
          body: action.body,
          ...(action.reopen ? { state: 'open' as const } : {})
        })
  return { number: data.number, url: data.html_url }
}
