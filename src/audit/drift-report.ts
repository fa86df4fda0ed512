import { EXTENSION_TEAM } from '../desired/build-desired-state.js'
import type { AssignmentChange, Plan } from '../plan/plan.js'
import { clusterDrift, type ClusterDrift } from './cluster-drift.js'
import type { DriftRows } from './drift-rows.js'
import type { SourceExpectation } from './expectation.js'

/** The live assignment of a source differs from the default branch: what the next apply would do. */
export interface AssignmentDrift {
  action: 'create' | 'update' | 'delete'
  name: string
  scope: string
  /** `+`/`-`/`!` lines, as in the plan comment. */
  lines: string[]
}

/** Everything that drifted for one (team, source); one GitHub issue each. */
export interface DriftReport {
  /** `team/source`, or `flux-extension:<scope>` for an extension prerequisite. */
  key: string
  team: string
  source: string
  /** Absent when the source is no longer in the files (its assignment is still in Azure). */
  expectation?: SourceExpectation
  /** The file (and line) the source comes from, when known. */
  file?: string
  line?: number
  clusters: ClusterDrift[]
  assignments: AssignmentDrift[]
}

/** How healthy one source is: clusters it covers, and how many drifted. */
export interface SourceHealth {
  key: string
  team: string
  source: string
  clusters: number
  drifted: number
  /** Its assignment was written within the grace period: cluster drift is not judged yet. */
  settling: boolean
  /** Of `clusters`, those under an assignment written within the grace period (not counted in health yet). */
  settlingClusters: number
}

/**
 * Drift rows and the plan against live state → one report per drifted source, and every source's health. Pure.
 * `diffLines` writes an assignment change's lines as the plan comment does (render/plan's changeDiffLines).
 */
export function buildDriftReports(
  expectations: readonly SourceExpectation[],
  rows: DriftRows,
  plan: Pick<Plan, 'changes'> & Partial<Pick<Plan, 'definitionChanges'>>,
  diffLines: (change: AssignmentChange) => string[]
): { reports: DriftReport[]; health: SourceHealth[] } {
  const reports = new Map<string, DriftReport>()
  const reportFor = (key: string, seed: () => Omit<DriftReport, 'clusters' | 'assignments'>): DriftReport => {
    let report = reports.get(key)
    if (!report) reports.set(key, (report = { ...seed(), clusters: [], assignments: [] }))
    return report
  }
  const fromExpectation = (e: SourceExpectation) => ({
    key: e.key,
    team: e.team,
    source: e.source,
    expectation: e,
    file: e.file,
    line: e.line
  })
  for (const row of rows.drift) {
    const e = expectations[row.source]!
    reportFor(e.key, () => fromExpectation(e)).clusters.push(clusterDrift(row, e))
  }
  for (const change of plan.changes) {
    if (change.action === 'no-op') continue
    const key = reportKey(change)
    const e = expectations.find((x) => x.key === key)
    reportFor(key, () =>
      e ? fromExpectation(e) : { key, team: change.team, source: change.source, ...fileOf(change) }
    ).assignments.push({ action: change.action, name: change.name, scope: change.scope, lines: diffLines(change) })
  }
  for (const change of plan.definitionChanges ?? []) {
    if (change.action === 'no-op') continue
    const e = expectations.find((x) => x.key === `${change.team}/${change.source}`)
    const key = `${change.team}/${change.source}`
    reportFor(key, () => (e ? fromExpectation(e) : { key, team: change.team, source: change.source })).assignments.push(
      {
        action: change.action,
        name: change.name,
        scope: change.scope,
        lines: [
          `${change.action === 'create' ? '+' : change.action === 'delete' ? '-' : '!'} custom policy definition ${change.name} (generated for this source) ${DEFINITION_VERBS[change.action]}`
        ]
      }
    )
  }
  for (const report of reports.values())
    report.clusters.sort((a, b) => a.clusterId.localeCompare(b.clusterId) || a.kind.localeCompare(b.kind))
  return {
    reports: [...reports.values()].sort((a, b) => a.key.localeCompare(b.key)),
    health: healthOf(expectations, rows, reports)
  }
}

const DEFINITION_VERBS = {
  create: 'is missing from Azure',
  update: 'differs from the files',
  delete: 'is still in Azure, unused by the files'
} as const

/** Extension prerequisites have one report per scope; configuration sources one per (team, source). */
export function reportKey(change: Pick<AssignmentChange, 'kind' | 'team' | 'source' | 'scope'>): string {
  return change.kind === 'extension' || change.team === EXTENSION_TEAM
    ? `flux-extension:${change.scope.toLowerCase()}`
    : `${change.team}/${change.source}`
}

function fileOf(change: AssignmentChange): { file?: string; line?: number } {
  if (change.action === 'delete') {
    const marker = change.live.metadata.fluxPolicy as { file?: unknown } | undefined
    return typeof marker?.file === 'string' ? { file: marker.file } : {}
  }
  return { file: change.desired.origin.file, line: change.desired.origin.line }
}

function healthOf(
  expectations: readonly SourceExpectation[],
  rows: DriftRows,
  reports: Map<string, DriftReport>
): SourceHealth[] {
  const totals = new Map<number, { clusters: number; settlingClusters: number }>()
  for (const t of rows.totals) {
    const sum = totals.get(t.source) ?? { clusters: 0, settlingClusters: 0 }
    totals.set(t.source, {
      clusters: sum.clusters + t.clusters,
      settlingClusters: sum.settlingClusters + (t.settling ? t.clusters : 0)
    })
  }
  return expectations.map((e, index) => {
    const { clusters, settlingClusters } = totals.get(index) ?? { clusters: 0, settlingClusters: 0 }
    const drifted = new Set(reports.get(e.key)?.clusters.map((c) => c.clusterId) ?? []).size
    const settling = settlingClusters > 0
    return { key: e.key, team: e.team, source: e.source, clusters, drifted, settling, settlingClusters }
  })
}
