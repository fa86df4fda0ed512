import { driftedClusterCount, teamHealth } from '../../audit/drift-counts.js'
import type { AuditResult } from '../../audit/audit-result.js'
import { terminalJson } from '../terminal-text.js'

/** The audit as JSON, for scripts: counts, health per team and source, and every drifted cluster and assignment. */
export function renderAuditJson(result: AuditResult): string {
  return terminalJson(
    JSON.stringify(
      {
        repository: result.repository,
        summary: {
          driftedSources: result.reports.length,
          driftedClusters: driftedClusterCount(result.reports),
          ...result.counts
        },
        teams: teamHealth(result.health, result.reports),
        sources: result.health,
        drift: result.reports.map((r) => ({
          key: r.key,
          team: r.team,
          source: r.source,
          file: r.file ?? null,
          line: r.line ?? null,
          assignments: r.assignments,
          clusters: r.clusters
        })),
        ...(result.repairs ? { repairs: result.repairs } : {}),
        ...(result.remediations ? { remediations: result.remediations } : {}),
        resourceGraph: { queries: result.queries, ...result.stats },
        timing: result.timing
      },
      null,
      2
    )
  )
}
