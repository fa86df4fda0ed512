import type { AuditError } from '../audit/audit-error.js'
import { driftCounts } from '../audit/drift-counts.js'
import {
  CLUSTER_SUBSCRIPTIONS_QUERY,
  DEFAULT_GRACE_SECONDS,
  driftQueryText,
  type DriftTiming
} from '../audit/drift-query.js'
import { buildDriftReports, reportKey } from '../audit/drift-report.js'
import { readDriftRows } from '../audit/drift-rows.js'
import { judgeBySighting, type FirstSightings } from '../audit/first-sighting.js'
import { sourceExpectations } from '../audit/expectation.js'
import { excludedManagementGroups, planDriftQueries } from '../audit/query-plan.js'
import type { AuditResult } from '../audit/audit-result.js'
import type { ResourceGraphRunner, ResourceGraphStats } from '../audit/resource-graph-runner.js'
import type { AzureReads } from '../plan/azure-reads.js'
import { assignmentKey, type LiveAssignment } from '../plan/live-assignment.js'
import type { Plan } from '../plan/plan.js'
import { changeDiffLines } from '../render/plan/describe-change.js'
import { planRoot, type PlanOutcome } from './plan.js'

export interface AuditOptions {
  timing?: Partial<DriftTiming>
  /** First sightings earlier audits remembered; without them, drift of clusters of unknown age counts at once. */
  firstSightings?: FirstSightings
  /** This audit's time (default: now). */
  now?: () => Date
}

export type { AuditResult }

export type AuditOutcome =
  | Extract<PlanOutcome, { kind: 'invalid' }>
  | { kind: 'failed'; error: AuditError; stats: ResourceGraphStats }
  | { kind: 'audited'; result: AuditResult }

/**
 * validate → desired state → plan against live assignments (their drift) → one Resource Graph query per
 * subscription batch or management group, the join done in Kusto (cluster drift) → one report per drifted source.
 * Reads only. Any failed query fails the whole audit: partial results are never "no drift".
 */
export async function auditRoot(
  root: string,
  repository: string,
  azure: { reads: AzureReads; resourceGraph: ResourceGraphRunner },
  options: AuditOptions = {}
): Promise<AuditOutcome> {
  const planned = await planRoot(root, repository, azure.reads, { checkPermissions: false })
  if (planned.kind === 'invalid') return planned
  const timing: DriftTiming = {
    graceSeconds: options.timing?.graceSeconds ?? DEFAULT_GRACE_SECONDS,
    pendingSeconds: options.timing?.pendingSeconds ?? options.timing?.graceSeconds ?? DEFAULT_GRACE_SECONDS
  }
  const live = liveAssignments(planned.plan)
  const expectations = sourceExpectations(planned.desired, (a) => lastWritten(live.get(assignmentKey(a.scope, a.name))))
  const runner = azure.resourceGraph

  const subscriptionsUnder = new Map<string, string[]>()
  for (const group of excludedManagementGroups(expectations)) {
    const answer = await runner.run({ scope: { managementGroups: [group] }, query: CLUSTER_SUBSCRIPTIONS_QUERY })
    if ('error' in answer) return { kind: 'failed', error: answer.error, stats: runner.stats }
    subscriptionsUnder.set(
      group.toLowerCase(),
      answer.rows.map((r) => String((r as { subscriptionId?: unknown }).subscriptionId ?? '')).filter(Boolean)
    )
  }
  const queries = planDriftQueries(expectations, subscriptionsUnder)
  const rows: unknown[] = []
  for (const query of queries) {
    const answer = await runner.run({ scope: query.scope, query: driftQueryText(query, timing) })
    if ('error' in answer) return { kind: 'failed', error: answer.error, stats: runner.stats }
    rows.push(...answer.rows)
  }
  const read = readDriftRows(rows, expectations.length)
  if ('error' in read) return { kind: 'failed', error: read.error, stats: runner.stats }
  // Resource Graph's clock judges creation times (`ago()`); first sightings are judged on the same clock.
  const now = options.now ? options.now().toISOString() : (latest(read.rows.drift) ?? new Date().toISOString())
  const judged = judgeBySighting(
    read.rows.drift,
    (row) => expectations[row.source]!.key,
    options.firstSightings,
    now,
    timing.graceSeconds
  )
  const { reports, health } = buildDriftReports(
    expectations,
    { ...read.rows, drift: judged.confirmed },
    planned.plan,
    changeDiffLines
  )
  return {
    kind: 'audited',
    result: {
      repository,
      reports,
      health,
      counts: driftCounts(reports),
      expectations,
      plan: planned.plan,
      teamOwners: planned.teamOwners,
      timing,
      queries: queries.length,
      stats: runner.stats,
      firstSightings: judged.sightings,
      unconfirmedDrift: judged.unconfirmed.length,
      currentKeys: planned.desired.assignments.map((a) =>
        reportKey({
          kind: a.kind,
          team: a.metadata.fluxPolicy.team,
          source: a.metadata.fluxPolicy.source,
          scope: a.scope
        })
      )
    }
  }
}

function latest(rows: readonly { seenAt?: string }[]): string | undefined {
  const times = rows.flatMap((r) => (r.seenAt ? [r.seenAt] : [])).sort()
  return times[times.length - 1]
}

function liveAssignments(plan: Plan): Map<string, LiveAssignment> {
  const live = new Map<string, LiveAssignment>()
  for (const change of plan.changes)
    if (change.action === 'update' || change.action === 'no-op') live.set(change.key, change.live)
  return live
}

/** When Azure last wrote an assignment: Azure Policy stamps `updatedOn` / `createdOn` into its metadata. */
function lastWritten(live: LiveAssignment | undefined): string | undefined {
  const at = live?.metadata.updatedOn ?? live?.metadata.createdOn
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : undefined
}
