import { completedRemediationsMarkdown } from './completed-remediations.js'
import { orphanSummaryMarkdown } from '../orphans/orphan-summary.js'
import type { OrphanObservation } from '../../apply/orphan-record.js'
import { configurationUpdatesMarkdown } from '../configuration-updates.js'
import {
  driftedClusterCount,
  healthLabel,
  healthyPercent,
  settlingKeys,
  teamHealth,
  type TeamHealth
} from '../../audit/drift-counts.js'
import { DRIFT_KINDS, DRIFT_LABELS } from '../../audit/drift-kinds.js'
import type { DriftReport } from '../../audit/drift-report.js'
import type { AuditResult } from '../../audit/audit-result.js'
import { codeBlock, htmlText, linkTarget, mdMessage, mermaidLabel } from '../markdown/inert.js'
import { cellText, code, plural, utcMinute } from './markdown-text.js'

export interface AuditSummaryOptions {
  /** Issue links by report key, once issues are synced. */
  issueLinks?: ReadonlyMap<string, string>
  /** One line about what happened to the issues. */
  issueLine?: string
  /** Characters at most (the job summary takes 1 MiB). */
  limit?: number
  /** The followed deleted sources and what they still leave on clusters. */
  orphans?: readonly OrphanObservation[]
  /** Orphaned-configurations issue links by record key. */
  orphanLinks?: ReadonlyMap<string, string>
}

/**
 * The audit as Markdown: the fleet's health per team (a table and a Mermaid chart), drift per kind, then each drifted
 * source. Pure.
 */
export function renderAuditSummary(result: AuditResult, options: AuditSummaryOptions = {}): string {
  const limit = options.limit ?? 900_000
  const teams = teamHealth(result.health, result.reports)
  const head = [
    '## flux-policy audit',
    '',
    headline(result),
    ...settlingParagraph(result),
    '',
    '| Team | Sources | Drifting sources | Expected configurations | Healthy | Health |',
    '|---|---:|---:|---:|---:|---:|',
    ...teams.map(
      (t) =>
        `| ${cellText(t.team)} | ${t.sources} | ${t.driftedSources} | ${t.expected} | ${t.expected - t.drifted} | ${healthLabel(t, ' %')} |`
    ),
    '',
    ...chart(teams),
    '',
    '| Drift | Count |',
    '|---|---:|',
    ...DRIFT_KINDS.map((k) => `| ${DRIFT_LABELS[k]} (\`${k}\`) | ${result.counts[k]} |`),
    ...(options.issueLine ? ['', options.issueLine] : []),
    ...configurationUpdatesMarkdown(result.repairs, 'self-heal').flatMap((line, i) => (i === 0 ? ['', line] : [line])),
    ...completedRemediationsMarkdown(result.remediations),
    ...orphanSummaryMarkdown(options.orphans, options.orphanLinks),
    ...(result.plan.errors.length > 0
      ? ['', ...result.plan.errors.map((e) => `> [!WARNING]\n> ${mdMessage(e.message)}`)]
      : [])
  ]
  let out = head.join('\n')
  if (result.reports.length > 0) out += '\n\n### Drifting sources\n'
  for (const [index, report] of result.reports.entries()) {
    const section = `\n${sourceSection(report, options.issueLinks?.get(report.key))}\n`
    if (out.length + section.length > limit) {
      out += `\n…and ${plural(result.reports.length - index, 'more drifting source')} (see \`flux-policy audit --format json\`).\n`
      break
    }
    out += section
  }
  return out
}

function headline(result: AuditResult): string {
  const sources = result.health.length
  const drifting = result.reports.length
  const clusters = driftedClusterCount(result.reports)
  const graceHours = Math.round((result.timing.graceSeconds / 3600) * 10) / 10
  const requests = `${plural(result.stats.requests, 'Resource Graph request')}, ${plural(result.stats.rows, 'row')}`
  const waiting = unconfirmedNote(result.unconfirmedDrift, graceHours)
  if (drifting === 0 && result.health.some((h) => h.settling))
    return `**No drift yet**: ${plural(sources, 'source')} audited, some still settling (below). ${requests}.${waiting}`
  if (drifting === 0)
    return `**No drift**: ${plural(sources, 'source')} audited, every cluster and assignment matches the files. ${requests}.${waiting}`
  return `**${drifting} of ${plural(sources, 'source')} drift** — ${plural(clusters, 'cluster')}, ${plural(result.counts['changed-assignment'], 'assignment')} changed. ${requests}.${waiting}`
}

/** Which sources are still settling: their clusters are not counted in the health below yet (none: nothing). */
function settlingParagraph(result: AuditResult): string[] {
  const keys = settlingKeys(result.health)
  if (keys.length === 0) return []
  const hours = Math.round((result.timing.graceSeconds / 3600) * 10) / 10
  return [
    '',
    `> [!NOTE]\n> **Still settling** — assignment written in the last ${hours} h, remediations may still run; ` +
      `their clusters are not counted yet: ${keys.map(code).join(', ')}.`
  ]
}

/** How many drifts of clusters of unknown age wait for a second sighting (#13), as a sentence (or nothing). */
export function unconfirmedNote(unconfirmed: number, graceHours: number): string {
  if (unconfirmed === 0) return ''
  return (
    ` ${plural(unconfirmed, 'drift')} of clusters of unknown age ${unconfirmed === 1 ? 'waits' : 'wait'} for ` +
    `confirmation: ${unconfirmed === 1 ? 'it counts' : 'they count'} once an audit at least ${graceHours} h ` +
    'after the first sighting still sees it.'
  )
}

function chart(teams: TeamHealth[]): string[] {
  if (teams.length === 0) return []
  const label = (team: string) => `"${mermaidLabel(team)}"`
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Healthy Flux configurations per team (%)"',
    `  x-axis [${teams.map((t) => label(t.team)).join(', ')}]`,
    '  y-axis "healthy %" 0 --> 100',
    `  bar [${teams.map(healthyPercent).join(', ')}]`,
    '```'
  ]
}

const MAX_ROWS_PER_SOURCE = 200

function sourceSection(report: DriftReport, issue: string | undefined): string {
  const clusters = new Set(report.clusters.map((c) => c.clusterId)).size
  const parts = [
    clusters > 0 ? plural(clusters, 'cluster') : '',
    report.assignments.length > 0 ? 'assignment changed' : ''
  ]
    .filter(Boolean)
    .join(', ')
  const lines = [
    `<details><summary><b>${htmlText(report.key)}</b> — ${parts}${issue ? ` (<a href="${linkTarget(issue)}">issue</a>)` : ''}</summary>`,
    ''
  ]
  for (const a of report.assignments)
    lines.push(`Assignment ${code(a.name)} at ${code(a.scope)}:`, '', ...codeBlock(a.lines, 'diff'), '')
  if (report.clusters.length > 0) {
    lines.push('| Cluster | Subscription | Drift | Since | Detail |', '|---|---|---|---|---|')
    for (const c of report.clusters.slice(0, MAX_ROWS_PER_SOURCE)) {
      lines.push(
        `| ${code(c.name)} (${c.clusterKind}) | ${code(c.subscriptionId)} | ${DRIFT_LABELS[c.kind]} | ${c.since ? utcMinute(c.since) : ''} | ${cellText(c.detail)} |`
      )
    }
    if (report.clusters.length > MAX_ROWS_PER_SOURCE)
      lines.push('', `…and ${report.clusters.length - MAX_ROWS_PER_SOURCE} more.`)
  }
  lines.push('', '</details>')
  return lines.join('\n')
}
