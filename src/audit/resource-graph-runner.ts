import type { AuditError } from './audit-error.js'
import type { QueryScope } from './query-plan.js'

export interface ResourceGraphQuery {
  scope: QueryScope
  query: string
}

/** What the runner did, for reports and benchmarks. */
export interface ResourceGraphStats {
  /** HTTP requests answered (pages included). */
  requests: number
  rows: number
  /** Waits before a request because the quota said none was left. */
  quotaWaits: number
}

export type QueryOutcome = { rows: unknown[] } | { error: AuditError }

/** The Resource Graph queries the audit runs; implemented over the SDK in src/azure/resource-graph.ts. */
export interface ResourceGraphRunner {
  /** All rows of a query, every page followed by `$skipToken`; a failure or a truncated result is an error. */
  run(query: ResourceGraphQuery): Promise<QueryOutcome>
  readonly stats: ResourceGraphStats
}
