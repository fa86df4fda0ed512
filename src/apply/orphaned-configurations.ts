import { parseScope } from '../config/scope.js'
import { kqlString } from '../resource-graph/kql-literals.js'
import type { QueryScope } from '../resource-graph/resource-graph-runner.js'
import type { Plan } from '../plan/plan.js'

/**
 * Deleting a DeployIfNotExists assignment removes nothing from the clusters: each keeps the Flux configuration the
 * policy deployed and goes on syncing a source the files no longer name. Those configurations are "orphaned". This
 * module finds them, pure: which sources a plan deletes (read from the live assignment being deleted — one of this
 * repository's, by its ownership marker, so nothing the tool does not own is considered), the Resource Graph query
 * that finds configurations of that name and URL (documented KQL only), and the selection of the rows that are
 * really the deleted assignment's: clusters inside its old scope and outside its exclusions.
 */

/** A Flux source a plan deletes: what its assignment deployed, and where. */
export interface DeletedSource {
  assignmentKey: string
  team: string
  source: string
  /** The deleted assignment's scope and exclusions. */
  scope: string
  notScopes: string[]
  /** The built-in's `configurationName` parameter: the configuration's name on the clusters. */
  configurationName: string
  /** The `repositoryUrl` (Git) or `bucketUrl` (Bucket) parameter. */
  url: string
}

/** A configuration on a cluster that a deleted source left behind. */
export interface OrphanedConfiguration {
  /** The configuration's ARM id. */
  id: string
  clusterId: string
  subscriptionId: string
  name: string
  url: string
  /** The deleted source it belongs to. */
  assignmentKey: string
  team: string
  source: string
}

/** The Flux-configuration sources among a plan's deletes (extension assignments leave nothing to clean). */
export function deletedSources(plan: Pick<Plan, 'changes'>): DeletedSource[] {
  return plan.changes.flatMap((change) => {
    if (change.action !== 'delete' || change.kind !== 'configuration') return []
    const p = change.live.parameters
    const name = typeof p.configurationName === 'string' ? p.configurationName : ''
    const url =
      typeof p.repositoryUrl === 'string' ? p.repositoryUrl : typeof p.bucketUrl === 'string' ? p.bucketUrl : ''
    if (!name || !url) return []
    return [
      {
        assignmentKey: change.key,
        team: change.team,
        source: change.source,
        scope: change.live.scope,
        notScopes: [...change.live.notScopes],
        configurationName: name,
        url
      }
    ]
  })
}

/** Where to ask Resource Graph for a source's clusters: its management group, or its subscription. */
export function orphanQueryScope(source: DeletedSource): QueryScope | undefined {
  const scope = parseScope(source.scope)
  if (!scope) return undefined
  return scope.kind === 'managementGroup'
    ? { managementGroups: [scope.managementGroup!] }
    : { subscriptions: [scope.subscription!] }
}

/**
 * The configurations of that name and URL in the query's scope (Resource Graph's documented subset: `where`, `extend`,
 * `project`, `order by`, `in~`, `coalesce`, `tostring`, `parse`), sorted by id so pages are stable.
 */
export function orphanQueryText(source: DeletedSource): string {
  return `kubernetesconfigurationresources
| where type =~ 'microsoft.kubernetesconfiguration/fluxconfigurations'
| where name =~ ${kqlString(source.configurationName)}
| extend url = coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url))
| where url =~ ${kqlString(source.url)}
| parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/' *
| project id, clusterId, subscriptionId, name, url
| order by id asc`
}

/**
 * Whether the signed-in identity can read the old scope's container (its subscription, or its management group):
 * Resource Graph leaves out what it may not read without an error, so "no configuration left" is only believed when
 * this query returns the container (Azure RBAC grants read at a scope to everything below it,
 * learn.microsoft.com/azure/role-based-access-control/scope-overview). Documented subset only: `where`, `=~`,
 * `in~`, `project`. Undefined for a scope that does not parse.
 */
export function oldScopeReadableQuery(source: Pick<DeletedSource, 'scope'>): string | undefined {
  const scope = parseScope(source.scope)
  if (!scope) return undefined
  const container =
    scope.kind === 'managementGroup'
      ? `/providers/microsoft.management/managementgroups/${scope.managementGroup!}`
      : `/subscriptions/${scope.subscription!}`
  return `resourcecontainers
| where type in~ ('microsoft.resources/subscriptions', 'microsoft.management/managementgroups')
| where id =~ ${kqlString(container)}
| project id`
}

/**
 * The rows that are the deleted source's: same name and URL (case-insensitive; Resource Graph matched them too),
 * on a cluster inside its old scope — a management-group scope's clusters are those the query's scope returned —
 * and outside every exclusion (`excludedSubscriptions`: the subscriptions under excluded management groups).
 */
export function selectOrphans(
  rows: readonly unknown[],
  source: DeletedSource,
  excludedSubscriptions: readonly string[] = []
): OrphanedConfiguration[] {
  const scope = parseScope(source.scope)
  if (!scope) return []
  const inside = (clusterId: string, subscriptionId: string): boolean => {
    if (scope.kind === 'managementGroup') return true
    if (subscriptionId.toLowerCase() !== scope.subscription) return false
    return scope.kind === 'subscription' || within(clusterId, scope.id)
  }
  const excludedSubs = new Set(excludedSubscriptions.map((s) => s.toLowerCase()))
  const excluded = (clusterId: string, subscriptionId: string): boolean =>
    excludedSubs.has(subscriptionId.toLowerCase()) ||
    source.notScopes.some((notScope) => !parseScope(notScope)?.managementGroup && within(clusterId, notScope))
  const seen = new Set<string>()
  return rows.flatMap((row) => {
    const r = row as Record<string, unknown>
    const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '')
    const [id, clusterId, subscriptionId, name, url] = ['id', 'clusterId', 'subscriptionId', 'name', 'url'].map(text)
    if (!id || !clusterId || seen.has(id.toLowerCase())) return []
    if (name!.toLowerCase() !== source.configurationName.toLowerCase()) return []
    if (url!.toLowerCase() !== source.url.toLowerCase()) return []
    if (!inside(clusterId!, subscriptionId!) || excluded(clusterId!, subscriptionId!)) return []
    seen.add(id.toLowerCase())
    return [
      {
        id: id!,
        clusterId: clusterId!,
        subscriptionId: subscriptionId!,
        name: name!,
        url: url!,
        assignmentKey: source.assignmentKey,
        team: source.team,
        source: source.source
      }
    ]
  })
}

/** Management groups among a source's exclusions: their subscriptions must be read before selecting. */
export function excludedManagementGroupsOf(source: DeletedSource): string[] {
  return source.notScopes.flatMap((s) => {
    const group = parseScope(s)?.managementGroup
    return group ? [group] : []
  })
}

/** `inner` is `outer` or below it (ids compared case-insensitively, on whole segments). */
function within(inner: string, outer: string): boolean {
  const a = inner.replace(/\/+$/, '').toLowerCase()
  const b = outer.replace(/\/+$/, '').toLowerCase()
  return a === b || a.startsWith(`${b}/`)
}
