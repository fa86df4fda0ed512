import type { ResourceGraphError } from './resource-graph-error.js'

/** The subscriptions or management groups one Resource Graph request reads. */
export type QueryScope = { subscriptions: string[] } | { managementGroups: string[] }

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

export type QueryOutcome = { rows: unknown[] } | { error: ResourceGraphError }

/** Runs Resource Graph queries (audit, plan, apply); implemented over the SDK in src/azure/resource-graph.ts. */
export interface ResourceGraphRunner {
  /** All rows of a query, every page followed by `$skipToken`; a failure or a truncated result is an error. */
  run(query: ResourceGraphQuery): Promise<QueryOutcome>
  readonly stats: ResourceGraphStats
}
