import {
  AUDIT_STATE_LABEL,
  AUDIT_STATE_TITLE,
  isAuditStateBody,
  renderAuditStateBody
} from '../render/drift/audit-state-issue.js'
import type { FirstSightings } from '../audit/first-sighting.js'
import type { ExistingIssue } from './issue-sync-plan.js'

export type AuditStateAction =
  | { kind: 'open'; title: string; body: string; labels: string[] }
  | { kind: 'update'; number: number; body: string; reopen: boolean }

export interface AuditStateInput {
  /** The tool's state issues (found by label, author and marker). */
  existing: readonly ExistingIssue[]
  sightings: FirstSightings
  unconfirmed: number
  graceSeconds: number
}

/** The oldest of the tool's state issues: the one read and written. */
export function stateIssueOf(existing: readonly ExistingIssue[]): ExistingIssue | undefined {
  return existing.filter((i) => isAuditStateBody(i.body)).sort((a, b) => a.number - b.number)[0]
}

/**
 * What to write to keep the first sightings, pure: nothing when the body would not change, nor when there is nothing
 * to remember and no state issue yet; otherwise open the issue, or update (reopening one a person closed) the oldest.
 */
export function planAuditStateWrite(input: AuditStateInput): AuditStateAction | undefined {
  const issue = stateIssueOf(input.existing)
  const body = renderAuditStateBody(input.sightings, input.unconfirmed, input.graceSeconds)
  if (!issue)
    return input.sightings.size > 0
      ? { kind: 'open', title: AUDIT_STATE_TITLE, body, labels: [AUDIT_STATE_LABEL] }
      : undefined
  const reopen = issue.state === 'closed' && input.sightings.size > 0
  if (issue.body === body && !reopen) return undefined
  return { kind: 'update', number: issue.number, body, reopen }
}
