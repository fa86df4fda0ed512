import type { RemediationOutcome } from '../apply/wait-for-remediations.js'
import { mdCode, mdText } from './markdown/inert.js'

const MAX_FAILED_LISTED = 50

/** How the remediations ended, per task, with the clusters that failed and why. */
export function renderRemediationOutcomes(outcomes: readonly RemediationOutcome[]): string {
  if (outcomes.length === 0) return ''
  const rows = outcomes.map(
    (o) =>
      `| ${mdCode(o.id.split('/').pop() ?? '')} | ${o.timedOut ? `⏳ still ${mdText(o.state)}` : o.state === 'Succeeded' ? '✓ Succeeded' : `✗ ${mdText(o.state)}`} | ${o.succeeded} | ${o.failed} | ${o.total} |`
  )
  const failed = outcomes.flatMap((o) =>
    o.failedClusters.map(
      (c) =>
        `| ${mdCode(c.resourceId.split('/').slice(-1)[0] ?? '')} | ${mdCode(c.resourceId)} | ${mdText(c.error ?? '')} |`
    )
  )
  const retried = outcomes.filter((o) => o.retryNextRun).length
  return [
    '### Remediation results',
    '',
    '| task | state | clusters deployed | failed | total |',
    '|---|---|---:|---:|---:|',
    ...rows,
    '',
    ...(retried > 0
      ? [
          `${retried} task(s) had deployments refused with \`AuthorizationFailed\` while the roles this apply granted ` +
            'were still taking effect (up to 10 minutes) and the wait ended first: the next apply, or the nightly ' +
            "audit's self-heal, starts them again.",
          ''
        ]
      : []),
    ...(failed.length
      ? [
          'Clusters that failed:',
          '',
          '| cluster | id | error |',
          '|---|---|---|',
          ...failed.slice(0, MAX_FAILED_LISTED),
          ...(failed.length > MAX_FAILED_LISTED ? [`\n…and ${failed.length - MAX_FAILED_LISTED} more.`] : []),
          ''
        ]
      : [])
  ].join('\n')
}
