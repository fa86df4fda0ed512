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
  /**
   * (cluster, source) pairs the team's sources cover (clusters older than the grace period), without the sources
   * still settling: their remediations may still run, so their clusters are not counted yet.
   */
  expected: number
  drifted: number
  /** Sources whose assignment was written within the grace period (their clusters are not counted yet). */
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
    if (h.settling) t.settlingSources++
    t.expected += h.clusters - h.settlingClusters
    t.drifted += h.drifted
  }
  for (const r of reports) {
    const t = teamOf(r.team)
    t.driftedSources++
    t.changedAssignments += r.assignments.length
  }
  return [...teams.values()].sort((a, b) => a.team.localeCompare(b.team))
}

/**
 * Healthy share of a team's (cluster, source) pairs, in whole percent (100 when it covers none). Renderers show
 * `settlingNote` instead when a team has nothing counted yet because its sources are settling.
 */
export const healthyPercent = (t: Pick<TeamHealth, 'expected' | 'drifted'>): number =>
  t.expected === 0 ? 100 : Math.floor((100 * Math.max(0, t.expected - t.drifted)) / t.expected)

/** A team whose every counted pair is still settling has no health yet: say so instead of "100 %". */
export const healthLabel = (t: Pick<TeamHealth, 'expected' | 'drifted' | 'settlingSources'>, unit = '%'): string =>
  t.expected === 0 && t.settlingSources > 0 ? 'settling' : `${healthyPercent(t)}${unit}`

/** The keys of the sources still settling, in order. */
export const settlingKeys = (health: readonly SourceHealth[]): string[] =>
  health.filter((h) => h.settling).map((h) => h.key)
