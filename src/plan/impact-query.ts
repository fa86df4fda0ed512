import { exclusionKeys, exclusionTests } from '../resource-graph/exclusions.js'
import { parseScope } from '../config/scope.js'
import { kqlDynamic, kqlString } from '../resource-graph/kql-literals.js'
import type { QueryScope } from '../resource-graph/resource-graph-runner.js'
import type { ImpactTarget } from './cluster-impact.js'

const CLUSTER_TYPES = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')"

export interface ImpactLimits {
  /** The REST API's limit. */
  subscriptionsPerRequest: number
  /** Changes in one query: they travel in its text. */
  targetsPerQuery: number
  /** Changes that may cover one cluster: `mv-expand` expands at most 400 elements per row. */
  targetsPerCluster: number
}

/**
 * 1,000 subscriptions (as the audit's batches, docs/resource-graph-query.md) and 2,000 changes per request (a plan of
 * 1,000 sources with their extension prerequisites fits one; the text grows ~150 bytes a change): one row comes back
 * per subscription, so the answer is one page; at most 400 changes of one subscription (or management group) per
 * query, so no cluster expands to more than `mv-expand`'s limit of 400 rows.
 */
export const IMPACT_LIMITS: ImpactLimits = {
  subscriptionsPerRequest: 1000,
  targetsPerQuery: 2000,
  targetsPerCluster: 400
}

/** One Resource Graph request of the plan's impact: the targets it counts, by slot (their position in `slots`). */
export interface ImpactRequest {
  scope: QueryScope
  slots: ImpactTarget[]
  query: string
}

/**
 * The impact requests of a plan, pure: subscription and resource-group targets in batches of subscriptions (every
 * target of a subscription in the same request), management-group targets in one request per group — as the audit
 * batches (docs/resource-graph-query.md). `subscriptionsUnder` resolves excluded management groups (lower-case name
 * → subscription ids).
 */
export function planImpactRequests(
  targets: readonly ImpactTarget[],
  subscriptionsUnder: ReadonlyMap<string, readonly string[]>,
  limits: ImpactLimits = IMPACT_LIMITS
): ImpactRequest[] {
  const bySubscription = new Map<string, ImpactTarget[]>()
  const byGroup = new Map<string, { name: string; targets: ImpactTarget[] }>()
  for (const target of targets) {
    const scope = parseScope(target.scope)
    if (!scope) continue
    if (scope.kind === 'managementGroup') {
      const group = byGroup.get(scope.managementGroup!.toLowerCase()) ?? { name: scope.managementGroup!, targets: [] }
      group.targets.push(target)
      byGroup.set(scope.managementGroup!.toLowerCase(), group)
    } else {
      bySubscription.set(scope.subscription!, [...(bySubscription.get(scope.subscription!) ?? []), target])
    }
  }
  const requests: ImpactRequest[] = []
  let batch: { subscriptions: string[]; slots: ImpactTarget[] } = { subscriptions: [], slots: [] }
  const flush = () => {
    if (batch.slots.length > 0) {
      const scope = { subscriptions: batch.subscriptions }
      requests.push({ scope, slots: batch.slots, query: impactQueryText(batch.slots, subscriptionsUnder) })
    }
    batch = { subscriptions: [], slots: [] }
  }
  for (const subscription of [...bySubscription.keys()].sort()) {
    for (const part of chunks(bySubscription.get(subscription)!, limits.targetsPerCluster)) {
      if (
        batch.subscriptions.length >= limits.subscriptionsPerRequest ||
        batch.slots.length + part.length > limits.targetsPerQuery
      )
        flush()
      batch.subscriptions.push(subscription)
      batch.slots.push(...part)
    }
  }
  flush()
  for (const { name, targets: items } of [...byGroup.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const part of chunks(items, limits.targetsPerCluster))
      requests.push({
        scope: { managementGroups: [name] },
        slots: part,
        query: impactQueryText(part, subscriptionsUnder, 'managementGroup')
      })
  }
  return requests
}

/**
 * The impact query of one request, in Resource Graph's documented subset of KQL, with the audit's techniques
 * (docs/resource-graph-query.md): the targets travel as `dynamic` literals (which slots cover a resource group or
 * subscription; each slot's configuration), exclusions as generated predicates, one `mv-expand`, one cross-table
 * `join` (clusters ⟕ their Flux configurations of the names involved), and `T | union (...)` with two legs: the
 * counts of each slot, as one bag per subscription, and the subscriptions (and management group) the identity can
 * read (`resourcecontainers`), so the plan knows whether the counts are complete. One row per subscription (or the
 * group), keyed and sorted by `subscriptionId`: a batch of 1,000 subscriptions fits one page of 1,000 rows.
 */
export function impactQueryText(
  slots: readonly ImpactTarget[],
  subscriptionsUnder: ReadonlyMap<string, readonly string[]> = new Map(),
  kind: 'subscriptions' | 'managementGroup' = 'subscriptions'
): string {
  // A subscription batch needs its subscriptions' rows; a management-group request also the group's own.
  const containerTypes =
    kind === 'subscriptions'
      ? "'microsoft.resources/subscriptions'"
      : "'microsoft.resources/subscriptions', 'microsoft.management/managementgroups'"
  const everywhere: number[] = []
  const byKey = new Map<string, number[]>()
  slots.forEach((target, slot) => {
    const scope = parseScope(target.scope)!
    if (scope.kind === 'managementGroup') everywhere.push(slot)
    else byKey.set(scope.id.toLowerCase(), [...(byKey.get(scope.id.toLowerCase()) ?? []), slot])
  })
  // A resource group's list holds its subscription's and the management groups' slots too: one lookup suffices.
  const slotsOf: Record<string, number[]> = {}
  for (const [key, own] of byKey) {
    const subscriptionKey = key.split('/resourcegroups/')[0]!
    const inherited = key === subscriptionKey ? [] : (byKey.get(subscriptionKey) ?? [])
    slotsOf[key] = [...own, ...inherited, ...everywhere].sort((a, b) => a - b)
  }
  const lookup =
    byKey.size === 0
      ? kqlDynamic(everywhere)
      : `coalesce(scopes[resourceGroupKey], scopes[subscriptionKey], ${kqlDynamic(everywhere)})`
  const excluded = slots.flatMap((target, slot) => {
    const tests = exclusionTestsOf(target.notScopes, subscriptionsUnder)
    return tests.length > 0 ? [`slot == ${slot}, ${tests.join(' or ')}`] : []
  })
  const names = [...new Set(slots.flatMap((t) => (t.configuration ? [t.configuration.name] : [])))]
  const expected = slots.map((t) => (t.configuration ? { name: t.configuration.name, url: t.configuration.url } : {}))
  // Without configuration targets there is no join and no `carrying` column (read as 0).
  const carrying =
    names.length === 0
      ? ''
      : `, carrying = sum(iff(isnotempty(tostring(expected.url))
        and tostring(configurations[tostring(expected.name)]) == tostring(expected.url), 1, 0))`
  return `resources
| where type in~ ${CLUSTER_TYPES}
| project clusterId = tolower(id), type, subscriptionId = tolower(subscriptionId),
    offline = tostring(properties.connectivityStatus) in~ ('Offline', 'Expired'),
    subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
    resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
| extend ${byKey.size === 0 ? '' : `scopes = ${kqlDynamic(slotsOf)}\n| extend `}slots = ${lookup}
| where array_length(slots) > 0${
    names.length === 0
      ? ''
      : `
| join kind=leftouter (kubernetesconfigurationresources
  | where type =~ 'microsoft.kubernetesconfiguration/fluxconfigurations' and tolower(name) in (${names.map(kqlString).join(', ')})
  | parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/' *
  | summarize configurations = make_bag(bag_pack(tolower(name),
      tolower(coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url))))) by clusterId) on clusterId`
  }
| mv-expand slot = slots to typeof(long) limit 400${
    excluded.length > 0 ? `\n| where not(case(${excluded.join(',\n    ')},\n    false))` : ''
  }
| extend expected = ${kqlDynamic(expected)}[slot]
| summarize clusters = count(), arc = sum(iff(type =~ 'microsoft.kubernetes/connectedclusters', 1, 0)),
    disconnected = sum(iff(offline, 1, 0))${carrying} by slot, subscriptionId
| summarize counts = make_bag(bag_pack(tostring(slot), bag_pack('clusters', clusters, 'arc', arc,
    'disconnected', disconnected${names.length === 0 ? '' : ", 'carrying', carrying"}))) by subscriptionId
| extend readable = 0
| union (resourcecontainers
  | where type in~ (${containerTypes})
  | project subscriptionId = iff(type =~ 'microsoft.resources/subscriptions', tolower(subscriptionId), tolower(id)),
      counts = dynamic(null), readable = 1)
| summarize counts = make_bag(counts), readable = sum(readable) by subscriptionId
| order by subscriptionId asc`
}

/** A target's exclusions as tests of the key of their kind (management groups resolved to their subscriptions). */
function exclusionTestsOf(
  notScopes: readonly string[],
  subscriptionsUnder: ReadonlyMap<string, readonly string[]>
): string[] {
  return exclusionTests(exclusionKeys(notScopes, subscriptionsUnder))
}

/**
 * The container (lower-case id) the identity must be able to read for a target's counts to be exact: its subscription,
 * or its management group. Azure RBAC grants read at a scope to everything below it
 * (learn.microsoft.com/azure/role-based-access-control/scope-overview), so a readable container hides nothing
 * below it from Resource Graph, deny assignments aside.
 */
export function containerOf(scope: string): string {
  const parsed = parseScope(scope)
  if (parsed?.kind === 'managementGroup')
    return `/providers/microsoft.management/managementgroups/${parsed.managementGroup!.toLowerCase()}`
  return parsed ? `/subscriptions/${parsed.subscription!}` : ''
}

/** Management groups the targets exclude: their subscriptions must be known before the impact queries are built. */
export function excludedGroupsOf(targets: readonly ImpactTarget[]): string[] {
  const groups = new Map<string, string>()
  for (const target of targets)
    for (const notScope of target.notScopes) {
      const parsed = parseScope(notScope)
      if (parsed?.kind === 'managementGroup') groups.set(parsed.managementGroup!.toLowerCase(), parsed.managementGroup!)
    }
  return [...groups.values()].sort()
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
