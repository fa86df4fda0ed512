import type { OrphanObservation } from '../../apply/orphan-record.js'
import { orphanRecordKey } from '../../apply/orphan-record.js'
import { linkTarget, mdCode } from '../markdown/inert.js'
import { plural } from '../drift/markdown-text.js'

/** Configurations left on clusters by the followed deleted sources (the files assigning them again: none). */
export function orphanedConfigurationCount(observations: readonly OrphanObservation[] | undefined): number {
  return (observations ?? []).reduce((n, o) => n + (o.state.kind === 'found' ? o.state.configurations.length : 0), 0)
}

/** The audit summary's section on deleted sources whose configurations clusters keep; links by record key. */
export function orphanSummaryMarkdown(
  observations: readonly OrphanObservation[] | undefined,
  links: ReadonlyMap<string, string> = new Map()
): string[] {
  if (!observations || observations.length === 0) return []
  const lines = [
    '',
    '### Orphaned Flux configurations (deleted sources)',
    '',
    '| Deleted source | Configuration | Clusters keeping it | Issue |',
    '|---|---|---:|---|'
  ]
  for (const { record, state } of observations) {
    const clusters =
      state.kind === 'found'
        ? String(new Set(state.configurations.map((c) => c.clusterId.toLowerCase())).size)
        : state.kind === 'reassigned'
          ? 'assigned again'
          : 'unknown'
    const link = links.get(orphanRecordKey(record))
    lines.push(
      `| ${mdCode(`${record.team}/${record.source}`)} | ${mdCode(record.configurationName)} | ${clusters} | ` +
        `${link ? `[issue](${linkTarget(link)})` : ''} |`
    )
  }
  const total = orphanedConfigurationCount(observations)
  lines.push('', `${plural(total, 'orphaned configuration')} on clusters of deleted sources.`)
  return lines
}
