import { randomUUID } from 'node:crypto'
import { isCompliant } from '../dine/existence-condition.js'
import { clustersCovered, simulatedAssignment } from '../dine/simulated-assignment.js'
import type { EmulatorContext } from '../emulator-context.js'
import type { PolicyAssignmentRecord } from '../policy/assignment-record.js'

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
 */
export class PolicyEvaluations {
  /** assignment id (lower) → cluster id (lower) → compliant. */
  private readonly known = new Map<string, Map<string, boolean>>()
  /** Scheduled evaluations of one assignment (after a write), by assignment id (lower) → when they complete. */
  private readonly scheduled = new Map<string, number>()
  private readonly scans = new Map<string, EvaluationScan>()

  /** An assignment was written (created, or what it judges changed): evaluate it after the delay. */
  assignmentWritten(assignmentId: string, now: number, settings: EmulatorContext['settings']): void {
    this.scheduled.set(
      assignmentId.toLowerCase(),
      now + settings.assignmentEvaluationDelayMs + settings.evaluationDurationMs
    )
  }

  assignmentDeleted(assignmentId: string): void {
    this.known.delete(assignmentId.toLowerCase())
    this.scheduled.delete(assignmentId.toLowerCase())
  }

  /** Starts an on-demand scan of every assignment's resources in `scope`; it completes `evaluationDurationMs` later. */
  startScan(scope: string, now: number, settings: EmulatorContext['settings']): EvaluationScan {
    const scan = {
      id: randomUUID().replaceAll('-', ''),
      scope,
      dueAt: now + settings.evaluationDurationMs,
      completed: false
    }
    this.scans.set(scan.id, scan)
    return scan
  }

  scan(id: string): EvaluationScan | undefined {
    return this.scans.get(id)
  }

  /** The assignment's states from completed evaluations (cluster id, lower-cased → compliant); empty before one. */
  statesOf(assignmentId: string): ReadonlyMap<string, boolean> {
    return this.known.get(assignmentId.toLowerCase()) ?? new Map()
  }

  /** Records the states an evaluation found (all of the assignment's clusters, or those in `within`). */
  record(context: EmulatorContext, record: PolicyAssignmentRecord, within?: string): void {
    const simulated = simulatedAssignment(context.definitions, record)
    const key = record.id.toLowerCase()
    const states = within === undefined ? new Map<string, boolean>() : new Map(this.known.get(key))
    if (simulated) {
      for (const cluster of clustersCovered(context.fleet, record, within))
        states.set(context.fleet.clusterKey(cluster), isCompliant(cluster, simulated.definition, simulated.parameters))
    }
    this.known.set(key, states)
    context.fleet.policyChanged()
  }

  /** A resource was evaluated again on its own (after a remediation deployment to it). */
  resourceEvaluated(assignmentId: string, resourceId: string, compliant: boolean): void {
    const states = this.known.get(assignmentId.toLowerCase())
    if (states) states.set(resourceId.toLowerCase(), compliant)
    else this.known.set(assignmentId.toLowerCase(), new Map([[resourceId.toLowerCase(), compliant]]))
  }

  /** Completes the evaluations due by `now`: scheduled ones of assignments first, then on-demand scans. */
  catchUp(context: EmulatorContext, now: number): void {
    for (const [key, dueAt] of [...this.scheduled]) {
      if (dueAt > now) continue
      this.scheduled.delete(key)
      const record = context.assignments.byId(key)
      if (record) this.record(context, record)
    }
    for (const scan of this.scans.values()) {
      if (scan.dueAt > now || scan.completed) continue
      this.completeScan(context, scan)
    }
  }

  private completeScan(context: EmulatorContext, scan: EvaluationScan): void {
    const inScope = context.fleet.containsCluster(scan.scope)
    for (const record of context.assignments.all()) {
      if (clustersCovered(context.fleet, record).some(inScope)) this.record(context, record, scan.scope)
    }
    scan.completed = true
  }
}
