import { exclusionKeys } from '../resource-graph/exclusions.js'
import type { QueryScope } from '../resource-graph/resource-graph-runner.js'
import { parseScope } from '../config/scope.js'
import type { SourceExpectation } from './expectation.js'

/** Which subscriptions (≤ 1,000) or management groups (≤ 10) one Resource Graph request covers. */

/** An expectation as one query carries it: how a cluster row finds it, and which clusters it leaves out. */
export interface ScopedExpectation {
  /** Position in the audit's expectation list: the `source` column of the rows that come back. */
  index: number
  expectation: SourceExpectation
  /**
   * `/subscriptions/<id>` or `/subscriptions/<id>/resourcegroups/<name>` (lower case), or `*` for every cluster the
   * request covers.
   */
  scopeKey: string
  /**
   * Lower-case subscription, resource-group and cluster ids excluded (management groups resolved to their
   * subscriptions).
   */
  exclusions: string[]
}

export interface DriftQueryPlan {
  scope: QueryScope
  expectations: ScopedExpectation[]
}

export interface QueryLimits {
  subscriptionsPerRequest: number
  /** Keeps the query text (the expectations travel in it as `dynamic` literals) a reasonable size; at most 400. */
  expectationsPerQuery: number
}

/**
 * 1,000 subscriptions per request, the REST API's limit. Microsoft's "Guidance for throttled requests" suggests batches
 * of fewer than 300; the audit takes the larger ones on purpose: each request costs one unit of the per-user quota
 * (15 per 5 s) whatever its size, so 20,000 subscriptions take 20 requests instead of 67, and the query text grows with
 * the sources of the batch (its `dynamic` literals), not with its subscriptions. 250 sources per query keeps every
 * cluster's list of sources under `mv-expand`'s row limit of 400 and the text a reasonable size.
 */
export const RESOURCE_GRAPH_LIMITS: QueryLimits = { subscriptionsPerRequest: 1000, expectationsPerQuery: 250 }

/** Management groups excluded from a source: their subscriptions must be known before the drift queries are built. */
export function excludedManagementGroups(expectations: readonly SourceExpectation[]): string[] {
  const groups = new Map<string, string>()
  for (const e of expectations) {
    for (const notScope of e.notScopes) {
      const parsed = parseScope(notScope)
      if (parsed?.kind === 'managementGroup') groups.set(parsed.managementGroup!.toLowerCase(), parsed.managementGroup!)
    }
  }
  return [...groups.values()].sort()
}

/**
 * The requests that audit every expectation, pure: sources at subscription or resource-group scope go into
 * subscription batches (every expectation of a subscription in the same request), sources at a management group
 * into requests scoped to that group. The number of requests follows the subscriptions and groups, not the sources.
 * `subscriptionsUnder` gives the subscriptions of each excluded management group (lower-case name → ids).
 */
export function planDriftQueries(
  expectations: readonly SourceExpectation[],
  subscriptionsUnder: ReadonlyMap<string, readonly string[]>,
  limits: QueryLimits = RESOURCE_GRAPH_LIMITS
): DriftQueryPlan[] {
  const bySubscription = new Map<string, ScopedExpectation[]>()
  const byGroup = new Map<string, { name: string; items: ScopedExpectation[] }>()
  expectations.forEach((expectation, index) => {
    const scope = parseScope(expectation.scope)
    if (!scope) return
    const exclusions = exclusionKeys(expectation.notScopes, subscriptionsUnder)
    if (scope.kind === 'managementGroup') {
      const key = scope.managementGroup!.toLowerCase()
      const group = byGroup.get(key) ?? { name: scope.managementGroup!, items: [] }
      group.items.push({ index, expectation, scopeKey: '*', exclusions })
      byGroup.set(key, group)
      return
    }
    const subscription = scope.subscription!
    const items = bySubscription.get(subscription) ?? []
    items.push({ index, expectation, scopeKey: scope.id.toLowerCase(), exclusions })
    bySubscription.set(subscription, items)
  })
  const plans: DriftQueryPlan[] = []
  let batch: { subscriptions: string[]; expectations: ScopedExpectation[] } = { subscriptions: [], expectations: [] }
  const flush = () => {
    if (batch.expectations.length > 0)
      plans.push({ scope: { subscriptions: batch.subscriptions }, expectations: batch.expectations })
    batch = { subscriptions: [], expectations: [] }
  }
  for (const subscription of [...bySubscription.keys()].sort()) {
    for (const part of chunks(bySubscription.get(subscription)!, limits.expectationsPerQuery)) {
      const full =
        batch.subscriptions.length >= limits.subscriptionsPerRequest ||
        batch.expectations.length + part.length > limits.expectationsPerQuery
      if (full) flush()
      batch.subscriptions.push(subscription)
      batch.expectations.push(...part)
      if (part.length === limits.expectationsPerQuery) flush()
    }
  }
  flush()
  for (const { name, items } of [...byGroup.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const part of chunks(items, limits.expectationsPerQuery))
      plans.push({ scope: { managementGroups: [name] }, expectations: part })
  }
  return plans
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
