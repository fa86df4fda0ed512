import type { CompletedRemediation } from '../../audit/audit-result.js'
import { describeRemediationPath } from '../../plan/remediation-path.js'
import { mdCode } from '../markdown/inert.js'
import { plural, utcMinute } from './markdown-text.js'

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

/**
 * The drift issue's section on what self-heal did for the source: each remediation it started (name, time, the
 * clusters it is to reach) or left pending Azure's evaluation. Values inert.
 */
export function selfHealIssueSection(remediations: readonly CompletedRemediation[] | undefined): string[] {
  if (!remediations || remediations.length === 0) return []
  return [
    '',
    '#### Self-heal',
    '',
    ...remediations.map((r) =>
      r.remediationId
        ? `- Remediation ${mdCode(r.remediationId.split('/').pop() ?? r.name)} started` +
          `${r.startedAt ? ` at ${utcMinute(r.startedAt)}` : ''}` +
          `${r.driftedClusters ? ` for ${plural(r.driftedClusters, 'non-compliant cluster')}` : ''} ` +
          `(${describeRemediationPath(r.path)}); the next audit shows what it reached.`
        : `- The remediation of ${mdCode(r.name)} is pending: Azure has not evaluated the assignment at ` +
          `${mdCode(r.scope)} yet; the next audit (or apply) starts it.`
    )
  ]
}
