import { isCompliant } from '../dine/existence-condition.js'
import { clustersCovered, simulatedAssignment } from '../dine/simulated-assignment.js'
import type { EmulatorContext } from '../emulator-context.js'
import { pseudoGuid } from '../fleet/fleet-rows.js'
import { scopeKey } from '../fleet/scope.js'
import type { PolicyAssignmentRecord } from '../policy/assignment-record.js'

/**
 * What the last evaluation of one resource found, and when it completed: the policy state's `timestamp` (the REST
 * spec's PolicyState, arm-policyinsights 6: "Timestamp for the policy state record."; the record is written by the
 * evaluation, and `$from`/`$to` select states by it — "In a given time range, 'latest' represents the latest policy
 * state(s)", Policy States - List Query Results For Resource), so it is the evaluation's time, not the time it is read.
 */
export interface EvaluatedResource {
  compliant: boolean
  /** Simulated ms at which the evaluation that recorded this state completed. */
  evaluatedAt: number
}

/** An on-demand evaluation scan (triggerEvaluation), finished at `dueAt`. */
export interface EvaluationScan {
  id: string
  scope: string
  dueAt: number
  completed: boolean
}

/**
 * What Azure Policy knows about compliance: per assignment, each cluster's state from the evaluations that have
 * completed. Nothing is known about an assignment until its first evaluation completes (Microsoft Learn, "Get
 * compliance data of Azure resources", Evaluation triggers: a new assignment is applied after about 5 minutes and
 * then evaluated; until then its compliance state is "Not started"), so neither `policyresources` nor queryResults
 * has rows for it and an `ExistingNonCompliant` remediation finds nothing to deploy.
 *
 * After that first evaluation, the standard compliance evaluation cycle evaluates every assignment again each
 * `standardEvaluationCycleMs` (same page, Evaluation triggers: "Standard compliance evaluation cycle. Once every 24
 * hours, assignments are automatically reevaluated."). It only records states: a DeployIfNotExists resource it finds
 * non-compliant is marked so and nothing is deployed ("Azure Policy definitions deployIfNotExists effect",
 * DeployIfNotExists evaluation: "During an evaluation cycle, policy definitions with a DeployIfNotExists effect that
 * match resources are marked as non-compliant, but no action is taken on that resource. Existing non-compliant
 * resources can be remediated with a remediation task."). The cycle is computed lazily in `catchUp`: only the latest
 * boundary passed is evaluated (a jump of several days evaluates once), and no timer keeps the process alive.
 */
export class PolicyEvaluations {
  /** assignment id (lower) → cluster id (lower) → what the last evaluation found. */
  private readonly known = new Map<string, Map<string, EvaluatedResource>>()
  /** Scheduled evaluations of one assignment (after a write), by assignment id (lower) → when they complete. */
  private readonly scheduled = new Map<string, number>()
  private readonly scans = new Map<string, EvaluationScan>()
  /**
   * The daily cycle of each assignment, by assignment id (lower): `anchor` is when its first (write-triggered)
   * evaluation completes, the cycle's evaluations complete at `anchor + k * standardEvaluationCycleMs` (k ≥ 1), and
   * `last` is the latest of those boundaries already evaluated (the anchor itself until the first).
   */
  private readonly cycles = new Map<string, { anchor: number; last: number }>()

  /**
   * An assignment was written (created, or what it judges changed): evaluate it after the delay. Its daily cycle
   * starts from its first evaluation; later writes do not move it.
   */
  assignmentWritten(assignmentId: string, now: number, settings: EmulatorContext['settings']): void {
    const key = assignmentId.toLowerCase()
    const dueAt = now + settings.assignmentEvaluationDelayMs + settings.evaluationDurationMs
    this.scheduled.set(key, dueAt)
    if (!this.cycles.has(key)) this.cycles.set(key, { anchor: dueAt, last: dueAt })
  }

  assignmentDeleted(assignmentId: string): void {
    this.known.delete(assignmentId.toLowerCase())
    this.scheduled.delete(assignmentId.toLowerCase())
    this.cycles.delete(assignmentId.toLowerCase())
  }

  /**
   * Starts an on-demand scan of every assignment's resources in `scope`; it completes `evaluationDurationMs` later.
   * Microsoft Learn, "Get compliance data of Azure resources", On-demand evaluation scan - REST: the operation id
   * "is statically generated for the scope requested. If a scope is already running an on-demand scan, a new scan
   * isn't started. Instead, the new request is provided the same {ResourceContainerGUID} location URI for status."
   */
  startScan(scope: string, now: number, settings: EmulatorContext['settings']): EvaluationScan {
    const id = pseudoGuid(`scan|${scopeKey(scope)}`).replaceAll('-', '')
    const running = this.scans.get(id)
    if (running && !running.completed) return running
    const scan = { id, scope, dueAt: now + settings.evaluationDurationMs, completed: false }
    this.scans.set(scan.id, scan)
    return scan
  }

  scan(id: string): EvaluationScan | undefined {
    return this.scans.get(id)
  }

  /** The assignment's states from completed evaluations (cluster id, lower-cased → state); empty before one. */
  statesOf(assignmentId: string): ReadonlyMap<string, EvaluatedResource> {
    return this.known.get(assignmentId.toLowerCase()) ?? new Map()
  }

  /**
   * Records the states an evaluation that completed at `evaluatedAt` found (all of the assignment's clusters, or
   * those in `within`).
   */
  record(context: EmulatorContext, record: PolicyAssignmentRecord, evaluatedAt: number, within?: string): void {
    const simulated = simulatedAssignment(context.definitions, record)
    const key = record.id.toLowerCase()
    const states = within === undefined ? new Map<string, EvaluatedResource>() : new Map(this.known.get(key))
    if (simulated) {
      for (const cluster of clustersCovered(context.fleet, record, within)) {
        const compliant = isCompliant(cluster, simulated.definition, simulated.parameters)
        states.set(context.fleet.clusterKey(cluster), { compliant, evaluatedAt })
      }
    }
    this.known.set(key, states)
    context.fleet.policyChanged()
  }

  /** A resource was evaluated again on its own, at `evaluatedAt` (after a remediation deployment to it). */
  resourceEvaluated(assignmentId: string, resourceId: string, compliant: boolean, evaluatedAt: number): void {
    const state = { compliant, evaluatedAt }
    const states = this.known.get(assignmentId.toLowerCase())
    if (states) states.set(resourceId.toLowerCase(), state)
    else this.known.set(assignmentId.toLowerCase(), new Map([[resourceId.toLowerCase(), state]]))
  }

  /**
   * Completes the evaluations due by `now`: scheduled ones of assignments first, then the standard daily cycle's
   * (each assignment whose next boundary has passed, evaluated once for the latest boundary), then on-demand scans.
   */
  catchUp(context: EmulatorContext, now: number): void {
    for (const [key, dueAt] of [...this.scheduled]) {
      if (dueAt > now) continue
      this.scheduled.delete(key)
      const record = context.assignments.byId(key)
      if (record) this.record(context, record, dueAt)
    }
    this.catchUpDailyCycle(context, now)
    for (const scan of this.scans.values()) {
      if (scan.dueAt > now || scan.completed) continue
      this.completeScan(context, scan)
    }
  }

  /** The standard compliance evaluation cycle: O(assignments) per call, O(covered clusters) once per boundary. */
  private catchUpDailyCycle(context: EmulatorContext, now: number): void {
    const period = context.settings.standardEvaluationCycleMs
    if (!(period > 0)) return
    for (const [key, cycle] of this.cycles) {
      if (now < cycle.last + period) continue
      cycle.last = cycle.anchor + Math.floor((now - cycle.anchor) / period) * period
      if (this.scheduled.has(key)) continue // its write-triggered evaluation is still to come and will judge it
      const record = context.assignments.byId(key)
      if (record) this.record(context, record, cycle.last)
    }
  }

  private completeScan(context: EmulatorContext, scan: EvaluationScan): void {
    const inScope = context.fleet.containsCluster(scan.scope)
    for (const record of context.assignments.all()) {
      if (clustersCovered(context.fleet, record).some(inScope)) this.record(context, record, scan.dueAt, scan.scope)
    }
    scan.completed = true
  }
}
