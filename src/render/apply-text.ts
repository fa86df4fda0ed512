import { describeRemediationPath } from '../plan/remediation-path.js'
import type { ApplyResult, AssignmentOutcome } from '../apply/apply-result.js'
import { configurationUpdateLine, configurationUpdatesVerdict } from './configuration-updates.js'
import { terminalLines, terminalText } from './terminal-text.js'
import { orphanText } from './orphan-lines.js'

export interface ApplyTextOptions {
  /** False when each outcome was already shown as it happened (progress on the same terminal): verdict only. */
  outcomes?: boolean
}

/** Outcomes worth a line: every write, and no-ops only when apply had to repair something or could not check. */
export const shownOutcome = (o: AssignmentOutcome): boolean =>
  o.action !== 'no-op' || o.rolesGranted.length > 0 || o.status !== 'succeeded' || o.remediationId !== undefined

/** One outcome as a terminal line (progress and the final list use the same words). */
export function applyOutcomeLine(o: AssignmentOutcome): string {
  return terminalText(
    `${o.status === 'succeeded' ? '✓' : '✗'} ${o.action} ${o.name} at ${o.scope}${o.remediationId ? ` (remediation ${o.remediationId})` : ''}${o.remediationPath ? ` [${describeRemediationPath(o.remediationPath, o.evaluatedSubscriptions)}]` : ''}${o.reason ? ` — ${o.reason}` : ''}`
  )
}

/** The terminal form of an apply result. */
export function renderApplyText(result: ApplyResult, options: ApplyTextOptions = {}): string {
  if (result.refused) return `✗ Not applied: ${terminalText(result.refused)}`
  const done = result.outcomes.filter(shownOutcome)
  const failed = done.filter((o) => o.status !== 'succeeded')
  const updates = result.configurationUpdates
  const lines =
    options.outcomes === false
      ? []
      : [...done.map(applyOutcomeLine), ...(updates?.outcomes ?? []).map(configurationUpdateLine), '']
  const verdict =
    failed.length === 0
      ? `Applied: ${done.length} change${done.length === 1 ? '' : 's'}.`
      : `Partially applied: ${failed.length} of ${done.length} failed. Run apply again to converge.`
  const orphans = orphanText(result.orphans)
  return terminalLines([
    ...lines,
    ...(orphans.length ? [...orphans, ''] : []),
    verdict,
    ...(updates ? [configurationUpdatesVerdict(updates)] : [])
  ])
}
