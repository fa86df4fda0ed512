import type { AuditError } from '../audit/audit-error.js'
import { driftCounts } from '../audit/drift-counts.js'
import { DEFAULT_GRACE_SECONDS, driftQueryText, type DriftTiming } from '../audit/drift-query.js'
import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../resource-graph/cluster-queries.js'
import { buildDriftReports, reportKey, type DriftReport } from '../audit/drift-report.js'
import { readDriftRows, type DriftRow } from '../audit/drift-rows.js'
import { judgeBySighting, type FirstSightings } from '../audit/first-sighting.js'
import { refText, sourceExpectations, type SourceExpectation } from '../audit/expectation.js'
import { configurationExpectations } from '../audit/configuration-expectation.js'
import type { ConfigurationUpdates } from '../apply/apply-result.js'
import type { AzureWrites } from '../apply/azure-writes.js'
import { updateConfigurations } from '../apply/update-configurations.js'
import { completeRemediations, type RemediationCompletion } from '../apply/complete-remediations.js'
import { excludedManagementGroups, planDriftQueries } from '../audit/query-plan.js'
import type { AuditResult, CompletedRemediation } from '../audit/audit-result.js'
import { isReassigned, isWithinScopes, type OrphanObservation, type OrphanRecord } from '../apply/orphan-record.js'
import { hierarchyFrom } from '../config/scope.js'
import { findOrphans } from '../apply/remove-orphans.js'
import { oldScopeReadableQuery, orphanQueryScope } from '../apply/orphaned-configurations.js'
import type { DesiredState } from '../desired/desired-assignment.js'
import type { ResourceGraphRunner, ResourceGraphStats } from '../resource-graph/resource-graph-runner.js'
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
  /**
   * Repair what remediation cannot (self-heal, default on when writes are given): Flux configurations whose
   * kustomizations or timeout differ from the files are PATCHed as apply does, and their `changed-configuration`
   * drift is reported as repaired instead of opening an issue.
   */
  selfHeal?: boolean
  /**
   * Deleted sources to follow (the records apply left in their orphaned-configurations issues): each one's
   * configurations still on clusters of its old scope are read (Resource Graph) and reported in `orphans`.
   */
  deletedSources?: readonly OrphanRecord[]
}

export type { AuditResult }

export type AuditOutcome =
  | Extract<PlanOutcome, { kind: 'invalid' }>
  | { kind: 'failed'; error: AuditError; stats: ResourceGraphStats }
  | {
      kind: 'audited'
      result: AuditResult
      /** The recorded deleted sources (when given), with the configurations they still leave on clusters. */
      orphans?: OrphanObservation[]
      /** Recorded deleted sources not followed: their old scope is outside every scope the files grant or use. */
      ignoredDeletedSources?: IgnoredDeletedSource[]
    }

export interface IgnoredDeletedSource {
  record: OrphanRecord
  reason: 'scope-not-granted'
}

/**
 * validate → desired state → plan against live assignments (their drift) → one Resource Graph query per
 * subscription batch or management group, the join done in Kusto (cluster drift) → one report per drifted source.
 * Reads only. Any failed query fails the whole audit: partial results are never "no drift".
 */
export async function auditRoot(
  root: string,
  repository: string,
  azure: {
    reads: AzureReads
    resourceGraph: ResourceGraphRunner
    writes?: Pick<AzureWrites, 'updateFluxConfiguration'> & Partial<RemediationCompletion>
  },
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
  const hierarchy = hierarchyFrom(planned.desired.managementGroups)
  const readScopes = planned.scopesRead.map((r) => r.scope)
  const [followed, ignored] = partition(options.deletedSources ?? [], (r) => isWithinScopes(r, readScopes, hierarchy))
  const orphans = await auditOrphans(followed, planned.desired, runner)
  if ('error' in orphans) return { kind: 'failed', error: orphans.error, stats: runner.stats }
  const repairs =
    azure.writes && options.selfHeal !== false
      ? await updateConfigurations(configurationExpectations(planned.desired), runner, azure.writes)
      : undefined
  if (repairs) read.rows.drift = withoutRepaired(read.rows.drift, expectations, repairs)
  const writes = azure.writes
  const startedAt = (options.now ? options.now() : new Date()).toISOString()
  const remediations =
    writes?.startRemediation && writes.remediationsAt && writes.assignmentEvaluated && options.selfHeal !== false
      ? await completeRemediations(
          planned.plan,
          {
            startRemediation: writes.startRemediation,
            remediationsAt: writes.remediationsAt,
            assignmentEvaluated: writes.assignmentEvaluated
          },
          `audit-${startedAt.slice(0, 16).replace(/[-:T]/g, '')}`
        )
      : undefined
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
      ...(repairs ? { repairs } : {}),
      ...(remediations && remediations.length > 0
        ? { remediations: remediations.map((r) => withReport(r, planned.plan, reports, startedAt)) }
        : {}),
      currentKeys: planned.desired.assignments.map((a) =>
        reportKey({
          kind: a.kind,
          team: a.metadata.fluxPolicy.team,
          source: a.metadata.fluxPolicy.source,
          scope: a.scope
        })
      )
    },
    ...(options.deletedSources ? { orphans: orphans.observations } : {}),
    ...(ignored.length > 0
      ? { ignoredDeletedSources: ignored.map((record) => ({ record, reason: 'scope-not-granted' as const })) }
      : {})
  }
}

function partition<T>(items: readonly T[], keep: (item: T) => boolean): [T[], T[]] {
  return [items.filter(keep), items.filter((item) => !keep(item))]
}

/**
 * The drift rows a repair fixed: `changed-configuration` of a cluster whose configuration the repair updated and
 * whose URL, ref and namespace (what remediation would fix) already match — only what the PATCH changed differed.
 */
function withoutRepaired(
  rows: readonly DriftRow[],
  expectations: readonly SourceExpectation[],
  repairs: ConfigurationUpdates
): DriftRow[] {
  const repaired = new Set(
    repairs.outcomes.filter((o) => o.status === 'updated').map((o) => `${o.key}|${o.clusterId.toLowerCase()}`)
  )
  return rows.filter((row) => {
    const e = expectations[row.source]!
    const fixed =
      row.drift === 'changed-configuration' &&
      repaired.has(`${e.key}|${row.clusterId.toLowerCase()}`) &&
      row.foundUrl.toLowerCase() === e.url.toLowerCase() &&
      row.foundRef === refText(e.ref) &&
      row.foundNamespace === e.namespace
    return !fixed
  })
}

/**
 * What each recorded deleted source still leaves: nothing to read when the files assign its configuration again;
 * otherwise its configurations on clusters of its old scope, minus its exclusions (as apply finds them). A failed
 * query fails the audit, so an issue is never closed on a partial answer.
 */
async function auditOrphans(
  records: readonly OrphanRecord[],
  desired: DesiredState,
  runner: ResourceGraphRunner
): Promise<{ observations: OrphanObservation[] } | { error: AuditError }> {
  const observations: OrphanObservation[] = []
  for (const record of records) {
    if (isReassigned(record, desired)) {
      observations.push({ record, state: { kind: 'reassigned' } })
      continue
    }
    const read = await findOrphans([record], runner)
    if ('error' in read) return { error: read.error }
    // None found is believed only where the identity can read the old scope (Resource Graph omits the rest).
    const scope = orphanQueryScope(record)
    const readableQuery = oldScopeReadableQuery(record)
    if (read.found.length === 0 && scope && readableQuery) {
      const readable = await runner.run({ scope, query: readableQuery })
      if ('error' in readable) return { error: readable.error }
      if (readable.rows.length === 0) {
        observations.push({ record, state: { kind: 'unknown' } })
        continue
      }
    }
    observations.push({ record, state: { kind: 'found', configurations: read.found } })
  }
  return { observations }
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

/** A remediation self-heal started, with the drift report it belongs to, when, and how many clusters drift there. */
function withReport(
  remediation: CompletedRemediation,
  plan: Plan,
  reports: readonly DriftReport[],
  startedAt: string
): CompletedRemediation {
  const change = plan.changes.find((c) => c.key === remediation.key)
  if (!change) return remediation
  const key = reportKey(change)
  const report = reports.find((r) => r.key === key)
  return {
    ...remediation,
    reportKey: key,
    ...(remediation.remediationId ? { startedAt } : {}),
    driftedClusters: report ? new Set(report.clusters.map((c) => c.clusterId)).size : 0
  }
}
