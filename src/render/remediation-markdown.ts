import type { RemediationOutcome } from '../apply/wait-for-remediations.js'

const MAX_FAILED_LISTED = 50

/** How the remediations ended, per task, with the clusters that failed and why. */
export function renderRemediationOutcomes(outcomes: readonly RemediationOutcome[]): string {
  if (outcomes.length === 0) return ''
  const rows = outcomes.map((o) => `| \`${o.id.split('/').pop()}\` | ${o.timedOut ? `⏳ still ${o.state}` : o.state === 'Succeeded' ? '✓ Succeeded' : `✗ ${o.state}`} | ${o.succeeded} | ${o.failed} | ${o.total} |`)
  const failed = outcomes.flatMap((o) => o.failedClusters.map((c) => `| \`${c.resourceId.split('/').slice(-1)[0]}\` | \`${c.resourceId}\` | ${(c.error ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')} |`))
  return [
    '### Remediation results',
    '',
    '| task | state | clusters deployed | failed | total |',
    '|---|---|---:|---:|---:|',
    ...rows,
    '',
    ...(failed.length ? ['Clusters that failed:', '', '| cluster | id | error |', '|---|---|---|', ...failed.slice(0, MAX_FAILED_LISTED), ...(failed.length > MAX_FAILED_LISTED ? [`\n…and ${failed.length - MAX_FAILED_LISTED} more.`] : []), ''] : [])
  ].join('\n')
}
