import { completedRemediationsText } from './completed-remediations.js'
import { configurationUpdateLine, configurationUpdatesVerdict } from '../configuration-updates.js'
import { driftedClusterCount, healthLabel, settlingKeys, teamHealth } from '../../audit/drift-counts.js'
import { DRIFT_LABELS } from '../../audit/drift-kinds.js'
import type { AuditResult } from '../../audit/audit-result.js'
import { terminalLines } from '../terminal-text.js'
import { plural } from './markdown-text.js'

/** The audit for a terminal: health per team, then every drifted source with its clusters. Pure. */
export function renderAuditText(result: AuditResult): string {
  const teams = teamHealth(result.health, result.reports)
  const width = Math.max(4, ...teams.map((t) => t.team.length))
  const settling = settlingKeys(result.health)
  const lines = [
    result.reports.length === 0 && settling.length > 0
      ? `Audit: no drift yet. ${plural(result.health.length, 'source')} audited; ${settling.length} still settling.`
      : result.reports.length === 0
        ? `Audit: no drift. ${result.health.length} sources audited; every cluster and assignment matches the files.`
        : `Audit: ${result.reports.length} of ${plural(result.health.length, 'source')} drift (${plural(driftedClusterCount(result.reports), 'cluster')}, ${plural(result.counts['changed-assignment'], 'assignment')} changed).`,
    '',
    `${'Team'.padEnd(width)}  Sources  Drifting  Expected  Healthy  Health`,
    ...teams.map(
      (t) =>
        `${t.team.padEnd(width)}  ${pad(t.sources, 7)}  ${pad(t.driftedSources, 8)}  ${pad(t.expected, 8)}  ${pad(t.expected - t.drifted, 7)}  ${pad(healthLabel(t), 6)}`
    )
  ]
  if (settling.length > 0) lines.push('', settlingSentence(settling, result.timing.graceSeconds))
  for (const report of result.reports) {
    lines.push('', `${report.key}${report.file ? ` (${report.file}${report.line ? `:${report.line}` : ''})` : ''}`)
    for (const a of report.assignments)
      lines.push(`  assignment ${a.name} at ${a.scope}:`, ...a.lines.map((l) => `    ${l}`))
    for (const c of report.clusters)
      lines.push(`  ${c.name} (${c.clusterKind}, ${c.subscriptionId})  ${DRIFT_LABELS[c.kind]}  ${c.detail}`)
  }
  if (result.repairs && (result.repairs.outcomes.length > 0 || result.repairs.error))
    lines.push(
      '',
      'Self-heal:',
      ...result.repairs.outcomes.map((o) => `  ${configurationUpdateLine(o)}`),
      configurationUpdatesVerdict(result.repairs)
    )
  lines.push(...completedRemediationsText(result.remediations))
  lines.push('', `${plural(result.stats.requests, 'Resource Graph request')}, ${plural(result.stats.rows, 'row')}.`)
  if (result.unconfirmedDrift > 0)
    lines.push(`${plural(result.unconfirmedDrift, 'drift')} of clusters of unknown age wait for confirmation.`)
  return terminalLines(lines)
}

/** Which sources are still settling, and why their clusters are not counted (shared with the job summary). */
export function settlingSentence(keys: readonly string[], graceSeconds: number): string {
  const hours = Math.round((graceSeconds / 3600) * 10) / 10
  return (
    `Still settling (assignment written in the last ${hours} h, remediations may still run; their clusters are not ` +
    `counted yet): ${keys.join(', ')}.`
  )
}

const pad = (value: number | string, width: number): string => String(value).padStart(width)
