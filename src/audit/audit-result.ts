import type { RemediationPath } from '../plan/remediation-path.js'
import type { ConfigurationUpdates } from './configuration-updates.js'
import type { Plan } from '../plan/plan.js'
import type { DriftCounts } from './drift-counts.js'
import type { DriftTiming } from './drift-query.js'
import type { DriftReport, SourceHealth } from './drift-report.js'
import type { SourceExpectation } from './expectation.js'
import type { ResourceGraphStats } from '../resource-graph/resource-graph-runner.js'

/** Everything one audit found. */
export interface AuditResult {
  repository: string
  reports: DriftReport[]
  health: SourceHealth[]
  counts: DriftCounts
  expectations: SourceExpectation[]
  /** Report keys of every source and extension prerequisite in the files (drifted or not). */
  currentKeys: string[]
  plan: Plan
  timing: DriftTiming
  /** Drift queries sent (one per subscription batch or management group, before paging). */
  queries: number
  /** First sightings of drifted clusters of unknown age, to remember for the next audit; and how many wait for it. */
  firstSightings: Map<string, string>
  unconfirmedDrift: number
  stats: ResourceGraphStats
  /** What self-heal updated directly (when on): per cluster, as apply reports it. */
  repairs?: ConfigurationUpdates
  /** Remediations self-heal started (or found still pending evaluation) for unchanged assignments that had none. */
  remediations?: CompletedRemediation[]
  /** Each team's `owners` from the platform file (who owns the team, for drift issues). */
  teamOwners?: Record<string, string[]>
}

/** A remediation the nightly audit started (or found still pending evaluation) for an unchanged assignment. */
export interface CompletedRemediation {
  key: string
  name: string
  scope: string
  path: RemediationPath
  remediationId?: string
  /** The drift report (source, or Flux extension prerequisite) whose assignment it is for: its drift issue says so. */
  reportKey?: string
  /** When the audit started it (ISO). */
  startedAt?: string
  /** Distinct clusters of that report the audit found not as the file says (what the remediation is to reach). */
  driftedClusters?: number
  /** Why it could not start: Azure's 403 (`403 AuthorizationFailed: …`, naming the action and the scope). */
  error?: string
}
