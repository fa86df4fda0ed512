import type { OrphanReport } from '../apply/apply-result.js'
import { mdCode, mdMessage, mdText } from './markdown/inert.js'
import { terminalText } from './terminal-text.js'

/** At most this many configurations are listed; the rest are counted. */
const LISTED = 50

const clusterName = (clusterId: string) => clusterId.split('/').pop() ?? clusterId

function outcomeOf(report: OrphanReport, id: string): 'removed' | 'failed' | 'kept' {
  if (report.removed.includes(id)) return 'removed'
  return report.failed.some((f) => f.id === id) ? 'failed' : 'kept'
}

/** The apply comment's section on the configurations deleted sources left on clusters. */
export function orphanMarkdown(report: OrphanReport | undefined): string[] {
  if (!report || (report.found.length === 0 && !report.kept)) return []
  const { found } = report
  const lines = [
    '### Orphaned Flux configurations',
    '',
    `Deleting an assignment removes nothing from the clusters. The deleted sources left ${found.length} ` +
      `configuration${found.length === 1 ? '' : 's'}: ${report.removed.length} removed, ${report.failed.length} failed, ` +
      `${found.length - report.removed.length - report.failed.length} kept.` +
      (report.kept ? ` ${mdMessage(report.kept)}` : ''),
    ''
  ]
  if (found.length > 0) {
    lines.push('| cluster | configuration | team/source | result |', '|---|---|---|---|')
    for (const o of found.slice(0, LISTED)) {
      const failure = report.failed.find((f) => f.id === o.id)
      const result = outcomeOf(report, o.id)
      lines.push(
        `| ${mdCode(clusterName(o.clusterId))} | ${mdCode(o.name)} | ${mdText(`${o.team}/${o.source}`)} | ` +
          `${result === 'removed' ? '✓ removed' : result === 'failed' ? `✗ ${mdMessage(failure?.reason ?? '')}` : 'kept'} |`
      )
    }
    if (found.length > LISTED) lines.push('', `…and ${found.length - LISTED} more.`)
    lines.push('')
  }
  return lines
}

/** The terminal lines of the same. */
export function orphanText(report: OrphanReport | undefined): string[] {
  if (!report || (report.found.length === 0 && !report.kept)) return []
  const lines = report.found.slice(0, LISTED).map((o) => {
    const result = outcomeOf(report, o.id)
    const reason = report.failed.find((f) => f.id === o.id)?.reason
    return terminalText(
      `${result === 'removed' ? '✓ removed' : result === 'failed' ? '✗ failed' : '! orphaned'} ${o.name} on ` +
        `${o.clusterId} (${o.team}/${o.source})${reason ? ` — ${reason}` : ''}`
    )
  })
  if (report.found.length > LISTED) lines.push(`…and ${report.found.length - LISTED} more.`)
  lines.push(
    terminalText(
      `Orphaned configurations: ${report.found.length} found, ${report.removed.length} removed.` +
        (report.kept ? ` ${report.kept}` : '')
    )
  )
  return lines
}
