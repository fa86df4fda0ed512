import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../resource-graph/cluster-queries.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import {
  countOf,
  foldImpact,
  impactTargets,
  type ChangeImpact,
  type ImpactRow,
  type ImpactTarget
} from './cluster-impact.js'
import { containerOf, excludedGroupsOf, planImpactRequests } from './impact-query.js'
import type { AssignmentChange, PlannedRoleAssignment } from './plan.js'
import { roleCountQueries } from './role-count-query.js'

/** What the plan learnt from Resource Graph; `unknown` when it could not answer (throttling, an outage). */
export type FleetImpact =
  | {
      known: true
      /** By change key. */
      impacts: Map<string, ChangeImpact>
      /** Existing role assignments by `/subscriptions/<id>` or management-group id (lower case); absent if unread. */
      roleAssignments?: Map<string, number>
      /** Resource Graph requests made (pages included). */
      requests: number
    }
  | { known: false; reason: string; requests: number }

/**
 * Counts, for every changed assignment, the clusters it reaches (one query per batch of subscriptions and per
 * management group, plus one per management group its exclusions name), and the role assignments that already exist
 * where the plan creates some (one request per batch). Read only; the caller keeps it out of the plan hash.
 */
export async function readFleetImpact(
  changes: readonly AssignmentChange[],
  roles: readonly PlannedRoleAssignment[],
  resourceGraph: ResourceGraphRunner
): Promise<FleetImpact> {
  const before = resourceGraph.stats.requests
  const requests = () => resourceGraph.stats.requests - before
  const counted = await countTargets(impactTargets(changes), resourceGraph)
  if ('error' in counted) return { known: false, reason: counted.error, requests: requests() }
  const { impacts } = counted
  const roleAssignments = roles.length > 0 ? new Map<string, number>() : undefined
  for (const { scope, query, keys } of roleCountQueries(roles)) {
    const outcome = await resourceGraph.run({ scope, query })
    if ('error' in outcome) return { known: false, reason: outcome.error.message, requests: requests() }
    for (const key of keys) roleAssignments!.set(key, 0)
    for (const raw of outcome.rows as Record<string, unknown>[]) {
      const key = String(raw.key ?? '').toLowerCase()
      if (keys.has(key)) roleAssignments!.set(key, countOf(raw, 'assignments'))
    }
  }
  return { known: true, impacts, requests: requests(), ...(roleAssignments ? { roleAssignments } : {}) }
}

/** The impact of each target, by key: its Resource Graph requests, one after another. */
export async function countTargets(
  targets: readonly ImpactTarget[],
  resourceGraph: ResourceGraphRunner
): Promise<{ impacts: Map<string, ChangeImpact> } | { error: string }> {
  const subscriptionsUnder = new Map<string, string[]>()
  for (const group of excludedGroupsOf(targets)) {
    const outcome = await resourceGraph.run({
      scope: { managementGroups: [group] },
      query: CLUSTER_SUBSCRIPTIONS_QUERY
    })
    if ('error' in outcome) return { error: outcome.error.message }
    subscriptionsUnder.set(
      group.toLowerCase(),
      outcome.rows.map((row) => String((row as Record<string, unknown>).subscriptionId ?? '').toLowerCase())
    )
  }
  const rowsByKey = new Map<string, Omit<ImpactRow, 'slot'>[]>()
  const readable = new Set<string>()
  for (const request of planImpactRequests(targets, subscriptionsUnder)) {
    const outcome = await resourceGraph.run({ scope: request.scope, query: request.query })
    if ('error' in outcome) return { error: outcome.error.message }
    for (const raw of outcome.rows as Record<string, unknown>[]) {
      const key = String(raw.subscriptionId ?? '').toLowerCase()
      if (countOf(raw, 'readable') > 0) readable.add(key.startsWith('/') ? key : `/subscriptions/${key}`)
      const counts = raw.counts && typeof raw.counts === 'object' ? (raw.counts as Record<string, unknown>) : {}
      for (const [slot, value] of Object.entries(counts)) {
        const target = request.slots[Number(slot)]
        if (!target || !value || typeof value !== 'object') continue
        const row = value as Record<string, unknown>
        rowsByKey.set(target.key, [
          ...(rowsByKey.get(target.key) ?? []),
          {
            subscriptionId: key,
            clusters: countOf(row, 'clusters'),
            arc: countOf(row, 'arc'),
            disconnected: countOf(row, 'disconnected'),
            carrying: countOf(row, 'carrying')
          }
        ])
      }
    }
  }
  const scopeOf = new Map(targets.map((t) => [t.key, t.scope]))
  const impacts = foldImpact(targets, rowsByKey, (key) => readable.has(containerOf(scopeOf.get(key) ?? '')))
  return { impacts }
}
