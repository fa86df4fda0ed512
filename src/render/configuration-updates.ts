import type { ConfigurationUpdateOutcome, ConfigurationUpdates } from '../apply/apply-result.js'
import { mdCode, mdMessage, mdText } from './markdown/inert.js'
import { terminalText } from './terminal-text.js'

/** Rows of the Markdown table before it is cut (a comment holds at most 65,536 characters); failures come first. */
const MARKDOWN_ROWS = 50

/** `payments-apps on aks-prod-01` from a configuration id: the cluster's and the configuration's names. */
function where(o: ConfigurationUpdateOutcome): string {
  const cluster = o.clusterId.split('/').pop() ?? o.clusterId
  return `${o.team}/${o.source} on ${cluster}`
}

/** One cluster as a terminal line (progress and the final list use the same words). */
export function configurationUpdateLine(o: ConfigurationUpdateOutcome): string {
  return terminalText(
    o.status === 'updated'
      ? `✓ updated ${where(o)}: ${o.fields.join(', ')}`
      : `✗ update ${where(o)} failed — ${o.reason ?? 'unknown error'} (${o.configurationId})`
  )
}

/** The direct update's verdict, one line: what went, what failed, and that a re-run retries. */
export function configurationUpdatesVerdict(updates: ConfigurationUpdates): string {
  if (updates.error)
    return terminalText(
      `Flux configurations not checked: ${updates.error} Nothing was updated on clusters; run apply again.`
    )
  const failed = updates.outcomes.filter((o) => o.status === 'failed').length
  const updated = updates.outcomes.length - failed
  if (updates.outcomes.length === 0) return 'Flux configurations: every cluster already matches the files.'
  return (
    `Flux configurations updated directly (changes the policy cannot see): ${updated} cluster(s)` +
    (failed > 0 ? `, ${failed} failed — run apply again to retry them.` : '.')
  )
}

/** The Markdown section of the apply report: the verdict and a table, failures first, cut at 50 rows. */
export function configurationUpdatesMarkdown(
  updates: ConfigurationUpdates | undefined,
  by: 'apply' | 'self-heal' = 'apply'
): string[] {
  if (!updates || (updates.outcomes.length === 0 && !updates.error)) return []
  const verdict = updates.error
    ? `**✗ Flux configurations not checked:** ${mdMessage(updates.error)} Nothing was updated on clusters; re-run the workflow.`
    : mdText(configurationUpdatesVerdict(updates))
  const ordered = [...updates.outcomes].sort((a, b) => (a.status === b.status ? 0 : a.status === 'failed' ? -1 : 1))
  const shown = ordered.slice(0, MARKDOWN_ROWS)
  const rows = shown.map((o) => {
    const result = o.status === 'updated' ? '✓ updated' : `✗ failed: ${mdMessage(o.reason ?? '')}`
    return `| ${mdText(`${o.team}/${o.source}`)} | ${mdCode(o.clusterId)} | ${o.fields.map((f) => mdCode(f)).join(', ')} | ${result} |`
  })
  const more = ordered.length - shown.length
  return [
    '### Flux configurations updated on clusters',
    '',
    by === 'apply'
      ? 'The policy cannot see these fields, so apply updated the configurations directly.'
      : 'Remediation cannot fix these fields (the policy does not compare them), so the audit updated the configurations directly (`self-heal`).',
    '',
    verdict,
    '',
    ...(rows.length ? ['| team/source | cluster | changed | result |', '|---|---|---|---|', ...rows, ''] : []),
    ...(more > 0 ? [`… and ${more} more cluster(s) (every one is in the step's \`result\` output).`, ''] : [])
  ]
}
