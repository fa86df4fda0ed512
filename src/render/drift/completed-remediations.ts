import type { CompletedRemediation } from '../../audit/audit-result.js'
import { describeRemediationPath } from '../../plan/remediation-path.js'
import { mdCode, mdText } from '../markdown/inert.js'
import { plural, utcMinute } from './markdown-text.js'

const HEADING = 'Self-heal: remediations for unchanged assignments that had none since their last write'

/** Why a remediation could not start, in words (the identity lacks the action: self-heal needs the role). */
const NOT_STARTED =
  'not started, a permission problem (grant the audit identity Resource Policy Contributor there, or turn self-heal off)'

const sentence = (r: CompletedRemediation, text: (value: string) => string = (v) => v): string =>
  r.error
    ? `${NOT_STARTED}: ${text(r.error)}`
    : r.remediationId
      ? `started — ${describeRemediationPath(r.path)}`
      : 'still pending: Azure has not evaluated it yet'

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
    ...remediations.map((r) => `- ${mdCode(r.name)} at ${mdCode(r.scope)}: ${sentence(r, mdText)}`)
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
      r.error
        ? `- The remediation of ${mdCode(r.name)} at ${mdCode(r.scope)} was ${sentence(r, mdText)}`
        : r.remediationId
          ? `- Remediation ${mdCode(r.remediationId.split('/').pop() ?? r.name)} started` +
            `${r.startedAt ? ` at ${utcMinute(r.startedAt)}` : ''}` +
            `${r.driftedClusters ? ` for ${plural(r.driftedClusters, 'non-compliant cluster')}` : ''} ` +
            `(${describeRemediationPath(r.path)}); the next audit shows what it reached.`
          : `- The remediation of ${mdCode(r.name)} is pending: Azure has not evaluated the assignment at ` +
            `${mdCode(r.scope)} yet; the next audit (or apply) starts it.`
    )
  ]
}
