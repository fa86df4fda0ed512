import { exclusionTests } from '../resource-graph/exclusions.js'
import { kqlDynamic, kqlString } from '../resource-graph/kql-literals.js'
import { CLUSTER_TYPES } from '../resource-graph/cluster-queries.js'
import { normalisedPath, refText } from './expectation.js'
import type { DriftQueryPlan, ScopedExpectation } from './query-plan.js'

/** Timing rules of an audit, in seconds; Resource Graph's own clock (`ago()`) applies them. */
export interface DriftTiming {
  /** Clusters created, and assignments written, less than this long ago do not count yet (default 2 h). */
  graceSeconds: number
  /** A configuration `Pending` for longer than this is stuck (default: the grace period). */
  pendingSeconds: number
}

export const DEFAULT_GRACE_SECONDS = 2 * 60 * 60

const FLUX_TYPES =
  "('microsoft.kubernetesconfiguration/extensions', 'microsoft.kubernetesconfiguration/fluxconfigurations')"

/**
 * The one query of a request, inside Resource Graph's documented subset of KQL (docs/resource-graph-query.md): no
 * `let` and no `datatable` — the expectations travel as `dynamic` literals (which sources cover a cluster, by
 * resource-group or subscription key; what each source expects, by slot) — one `mv-expand` per `union` leg, one
 * cross-table `join` (clusters ⟕ their Flux extension and configurations), and `T | union (...)` with two legs: one
 * `row == 'total'` per source with the clusters it covers, then only the drift rows (`row == 'drift'`). Per cluster
 * and source, the first that holds of: no Flux extension that `Succeeded` (extension rows may be PascalCase or
 * camelCase); no configuration of the expected name; its source URL, ref, kustomization path or namespace differ
 * from the file; it is `Failed`, `Non-Compliant` or `Pending` past `pendingSeconds`. Clusters whose creation time
 * Resource Graph gives and which are younger than the grace period are left out (clusters without one come back with
 * an empty `createdAt`: the audit judges them by first sighting, on Resource Graph's clock, `seenAt`);
 * sources whose assignment was written within it report totals but no drift. Rows are sorted by a unique key
 * (source, row, clusterId), so pages are stable.
 */
export function driftQueryText(plan: DriftQueryPlan, timing: DriftTiming): string {
  const grace = `${Math.max(0, Math.round(timing.graceSeconds))}s`
  const pending = `${Math.max(0, Math.round(timing.pendingSeconds))}s`
  const names = [...new Set(plan.expectations.map((item) => item.expectation.configurationName.toLowerCase()))].map(
    kqlString
  )
  return `${coveredClusters(plan, grace, 'totals')}
| summarize clusters = count() by source, settling
| extend row = 'total', clusterId = ''
| union (${coveredClusters(plan, grace, 'all')}
  | join kind=leftouter (kubernetesconfigurationresources
    | where type in~ ${FLUX_TYPES}
    | project name = tolower(name), properties, isExtension = type =~ 'microsoft.kubernetesconfiguration/extensions',
        state = coalesce(tostring(properties.provisioningState), tostring(properties.ProvisioningState)), idText = tolower(id)
    | where iff(isExtension, coalesce(tostring(properties.extensionType), tostring(properties.ExtensionType)) =~ 'microsoft.flux',
        name in (${names.join(', ')}))
    | parse idText with clusterId '/providers/microsoft.kubernetesconfiguration/' *
    | extend gitRef = properties.gitRepository.repositoryRef
    | extend configuration = iff(isExtension, dynamic(null), bag_pack(name, bag_pack(
        'url', coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url)),
        'ref', case(isnotempty(tostring(gitRef.commit)), strcat('commit:', tostring(gitRef.commit)),
          isnotempty(tostring(gitRef.semver)), strcat('semver:', tostring(gitRef.semver)),
          isnotempty(tostring(gitRef.tag)), strcat('tag:', tostring(gitRef.tag)),
          isnotempty(tostring(gitRef.branch)), strcat('branch:', tostring(gitRef.branch)),
          strcat('bucket:', tostring(properties.bucket.bucketName))),
        'namespace', tostring(properties.namespace), 'kustomizations', properties.kustomizations, 'provisioningState', state,
        'complianceState', tostring(properties.complianceState), 'errorMessage', tostring(properties.errorMessage),
        'statusUpdatedAt', tostring(properties.statusUpdatedAt))))
    | summarize extensionStates = make_set_if(state, isExtension), configurations = make_bag(configuration) by clusterId) on clusterId
  | extend found = configurations[tostring(expected.configurationName)]
  | extend foundPath = replace_regex(tostring(found.kustomizations[tostring(expected.kustomization)].path), @'^\\./|/+$', ''),
      statusAt = todatetime(found.statusUpdatedAt)
  | extend drift = case(
      not(strcat_array(extensionStates, ',') has 'Succeeded'), 'missing-extension',
      isnull(found), 'missing-configuration',
      tolower(tostring(found.url)) != tostring(expected.url) or tostring(found.ref) != tostring(expected.ref)
        or iff(foundPath == '.', '', foundPath) != tostring(expected.path) or tostring(found.namespace) != tostring(expected.namespace),
        'changed-configuration',
      tostring(found.provisioningState) =~ 'Failed' or tostring(found.complianceState) =~ 'Non-Compliant'
        or (tostring(found.complianceState) =~ 'Pending' and statusAt < ago(${pending})), 'failed-configuration',
      '')
  | where drift != '' and not(settling)
  | project row = 'drift', source, clusterId, id, name, subscriptionId, resourceGroup, type, drift,
      connectivity, extensionState = strcat_array(extensionStates, ','),
      foundUrl = tostring(found.url), foundRef = tostring(found.ref), foundPath, foundNamespace = tostring(found.namespace),
      provisioningState = tostring(found.provisioningState), complianceState = tostring(found.complianceState),
      errorMessage = tostring(found.errorMessage), statusAt, createdAt, seenAt = now())
| order by source asc, row asc, clusterId asc`
}

/**
 * The clusters of the request's scope, one row per (cluster, source covering it) — see `sourceSlots` — with the
 * expectation of the slot from a `dynamic` array.
 */
function coveredClusters(plan: DriftQueryPlan, grace: string, fields: 'all' | 'totals'): string {
  // `project` first: every later operator copies rows, so they carry only the columns the query reads.
  return `resources
  | where type in~ ${CLUSTER_TYPES}
  | project id, name, type, subscriptionId, resourceGroup, connectivity = tostring(properties.connectivityStatus),
      createdAt = todatetime(column_ifexists('systemData', dynamic(null)).createdAt), clusterId = tolower(id),
      subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
      resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
  | where isnull(createdAt) or createdAt <= ago(${grace})
  ${sourceSlots(plan)}
  | extend expected = ${kqlDynamic(plan.expectations.map((item) => expectedOf(item, fields)))}[slot]
  | extend source = toint(expected.source), assignedAt = todatetime(expected.assignedAt)
  | extend settling = isnotnull(assignedAt) and assignedAt > ago(${grace})`
}

/**
 * One row per (row, source of the plan covering it) as `slot`, for rows with `subscriptionKey`, `resourceGroupKey`
 * (lower-case ids) and `clusterId` columns: `slots` lists the sources (by their position in the plan) whose scope
 * holds the row — looked up by resource-group key, else subscription key, else the management-group sources — then
 * `mv-expand` (≤ 250 slots per query, under Resource Graph's row limit of 400) and exclusions as generated predicates.
 */
export function sourceSlots(plan: DriftQueryPlan): string {
  const everywhere = plan.expectations.flatMap((item, slot) => (item.scopeKey === '*' ? [slot] : []))
  const byKey = new Map<string, number[]>()
  plan.expectations.forEach((item, slot) => {
    if (item.scopeKey !== '*') byKey.set(item.scopeKey, [...(byKey.get(item.scopeKey) ?? []), slot])
  })
  // A resource group's list holds its subscription's and the management groups' sources too: one lookup suffices.
  const slotsOf = new Map<string, number[]>()
  for (const [key, slots] of byKey) {
    const subscriptionKey = key.split('/resourcegroups/')[0]!
    const inherited = key === subscriptionKey ? [] : (byKey.get(subscriptionKey) ?? [])
    slotsOf.set(
      key,
      [...slots, ...inherited, ...everywhere].sort((a, b) => a - b)
    )
  }
  const slots =
    slotsOf.size === 0
      ? kqlDynamic(everywhere)
      : `coalesce(scopes[resourceGroupKey], scopes[subscriptionKey], ${kqlDynamic(everywhere)})`
  const excluded = plan.expectations.flatMap((item, slot) => {
    if (item.exclusions.length === 0) return []
    // Exclusions are lower-case subscription, resource-group or cluster ids: each compared with the key of its kind.
    const tests = exclusionTests(item.exclusions)
    return [`slot == ${slot}, ${tests.join(' or ')}`]
  })
  return `| extend ${
    slotsOf.size === 0
      ? ''
      : `scopes = ${kqlDynamic(Object.fromEntries(slotsOf))}
  | extend `
  }slots = ${slots}
  | where array_length(slots) > 0
  | mv-expand slot = slots to typeof(long) limit 400${
    excluded.length > 0
      ? `
  | where not(case(${excluded.join(',\n      ')},
      false))`
      : ''
  }`
}

/** What a slot expects; the totals leg needs only the source and when its assignment was written. */
function expectedOf({ index, expectation: e }: ScopedExpectation, fields: 'all' | 'totals'): Record<string, unknown> {
  const assignedAt =
    e.assignedAt && !Number.isNaN(Date.parse(e.assignedAt)) ? new Date(e.assignedAt).toISOString() : null
  if (fields === 'totals') return { source: index, assignedAt }
  return {
    source: index,
    configurationName: e.configurationName.toLowerCase(),
    url: e.url.toLowerCase(),
    ref: refText(e.ref),
    path: normalisedPath(e.kustomizationPath),
    kustomization: e.kustomizationName,
    namespace: e.namespace,
    assignedAt
  }
}
