import type { CompletedRemediation } from '../../audit/audit-result.js'
import { describeRemediationPath } from '../../plan/remediation-path.js'
import { mdCode } from '../markdown/inert.js'

const HEADING = 'Self-heal: remediations for unchanged assignments that had none since their last write'

const sentence = (r: CompletedRemediation): string =>
  r.remediationId ? `started — ${describeRemediationPath(r.path)}` : 'still pending: Azure has not evaluated it yet'

/** The audit's terminal lines (the caller makes them terminal-safe). */
export function completedRemediationsText(remediations: readonly CompletedRemediation[] | undefined): string[] {
  if (!remediations || remediations.length === 0) return []
  return ['', `${HEADING}:`, ...remediations.map((r) => `  ${r.name} at ${r.scope}: ${sentence(r)}`)]
}

/** The same for the run summary, values inert. */
export function completedRemediationsMarkdown(remediations: readonly CompletedRemediation[] | undefined): string[] {
  if (!remediations || remediations.length === 0) return []
  return [
    '',
    `**${HEADING}**`,
    '',
    ...remediations.map((r) => `- ${mdCode(r.name)} at ${mdCode(r.scope)}: ${sentence(r)}`)
  ]
}
