import { DRIFT_KINDS, type DriftKind } from './drift-kinds.js'
import type { DriftReport, SourceHealth } from './drift-report.js'

export type DriftCounts = Record<DriftKind, number>

/** (cluster, source) pairs per kind of cluster drift, and assignments that differ. Pure. */
export function driftCounts(reports: readonly DriftReport[]): DriftCounts {
  const counts = Object.fromEntries(DRIFT_KINDS.map((k) => [k, 0])) as DriftCounts
  for (const report of reports) {
    for (const cluster of report.clusters) counts[cluster.kind]++
    counts['changed-assignment'] += report.assignments.length
  }
  return counts
}

/** Distinct clusters with any drift. */
export function driftedClusterCount(reports: readonly DriftReport[]): number {
  return new Set(reports.flatMap((r) => r.clusters.map((c) => c.clusterId))).size
}

/** One team's fleet at a glance: its sources, and its (cluster, source) pairs healthy or drifted. */
export interface TeamHealth {
  team: string
  sources: number
  driftedSources: number
  /** (cluster, source) pairs the team's sources cover (clusters older than the grace period). */
  expected: number
  drifted: number
  settlingSources: number
  changedAssignments: number
}

export function teamHealth(health: readonly SourceHealth[], reports: readonly DriftReport[]): TeamHealth[] {
  const teams = new Map<string, TeamHealth>()
  const teamOf = (team: string) => {
    let entry = teams.get(team)
    if (!entry)
      teams.set(
        team,
        (entry = {
          team,
          sources: 0,
          driftedSources: 0,
          expected: 0,
          drifted: 0,
          settlingSources: 0,
          changedAssignments: 0
        })
      )
    return entry
  }
  for (const h of health) {
    const t = teamOf(h.team)
    t.sources++
    t.expected += h.clusters
    t.drifted += h.drifted
    if (h.settling) t.settlingSources++
  }
  for (const r of reports) {
    const t = teamOf(r.team)
    t.driftedSources++
    t.changedAssignments += r.assignments.length
  }
  return [...teams.values()].sort((a, b) => a.team.localeCompare(b.team))
}

/** Healthy share of a team's (cluster, source) pairs, in whole percent (100 when it covers none). */
export const healthyPercent = (t: Pick<TeamHealth, 'expected' | 'drifted'>): number =>
  t.expected === 0 ? 100 : Math.floor((100 * Math.max(0, t.expected - t.drifted)) / t.expected)
