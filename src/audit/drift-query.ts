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

const CLUSTER_TYPES = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')"
const FLUX_TYPES = "('microsoft.kubernetesconfiguration/extensions', 'microsoft.kubernetesconfiguration/fluxconfigurations')"

/** Lists the subscriptions (with clusters) under a management group a source excludes. */
export const CLUSTER_SUBSCRIPTIONS_QUERY = `resources
| where type in~ ${CLUSTER_TYPES}
| distinct subscriptionId`

/**
 * The one query of a request: every expectation travels in a `datatable`, the join happens in Kusto, and only drift
 * rows come back (`row == 'drift'`), plus one `row == 'total'` per source with the clusters it covers. Per cluster
 * and source, the first that holds of: no Flux extension that `Succeeded` (extension rows may be PascalCase or
 * camelCase); no configuration of the expected name; its source URL, ref, kustomization path or namespace differ
 * from the file; it is `Failed`, `Non-Compliant` or `Pending` past `pendingSeconds`. Clusters younger than the grace
 * period are left out; sources whose assignment was written within it report totals but no drift.
 */
export function driftQueryText(plan: DriftQueryPlan, timing: DriftTiming): string {
  const grace = `${Math.max(0, Math.round(timing.graceSeconds))}s`
  const pending = `${Math.max(0, Math.round(timing.pendingSeconds))}s`
  return `let expected = datatable(source:long, scopeKey:string, exclusions:dynamic, assignedAt:datetime, configurationName:string, url:string, ref:string, path:string, kustomization:string, namespace:string)[
${plan.expectations.map(datatableRow).join(',\n')}
];
let flux = kubernetesconfigurationresources
| where type in~ ${FLUX_TYPES}
| parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/' *
| extend isExtension = type =~ 'microsoft.kubernetesconfiguration/extensions'
| where not(isExtension) or coalesce(tostring(properties.extensionType), tostring(properties.ExtensionType)) =~ 'microsoft.flux'
| extend state = coalesce(tostring(properties.provisioningState), tostring(properties.ProvisioningState)), gitRef = properties.gitRepository.repositoryRef
| extend ref = case(isnotempty(tostring(gitRef.commit)), strcat('commit:', tostring(gitRef.commit)),
    isnotempty(tostring(gitRef.semver)), strcat('semver:', tostring(gitRef.semver)),
    isnotempty(tostring(gitRef.tag)), strcat('tag:', tostring(gitRef.tag)),
    isnotempty(tostring(gitRef.branch)), strcat('branch:', tostring(gitRef.branch)),
    strcat('bucket:', tostring(properties.bucket.bucketName)))
| extend configuration = iff(isExtension, dynamic(null), bag_pack(tolower(name), bag_pack(
    'url', coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url)), 'ref', ref,
    'namespace', tostring(properties.namespace), 'kustomizations', properties.kustomizations, 'provisioningState', state,
    'complianceState', tostring(properties.complianceState), 'errorMessage', tostring(properties.errorMessage),
    'statusUpdatedAt', tostring(properties.statusUpdatedAt))))
| summarize extensionStates = make_set_if(state, isExtension), configurations = make_bag(configuration) by clusterId;
let covered = resources
| where type in~ ${CLUSTER_TYPES}
| extend createdAt = todatetime(column_ifexists('systemData', dynamic(null)).createdAt)
| where isnull(createdAt) or createdAt <= ago(${grace})
| extend clusterId = tolower(id), subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId))
| extend resourceGroupKey = strcat(subscriptionKey, '/resourcegroups/', tolower(resourceGroup))
| mv-expand scopeKey = pack_array(subscriptionKey, resourceGroupKey, '*') to typeof(string)
| join kind=inner (expected) on scopeKey
| where not(set_has_element(exclusions, subscriptionKey) or set_has_element(exclusions, resourceGroupKey) or set_has_element(exclusions, clusterId))
| extend settling = isnotnull(assignedAt) and assignedAt > ago(${grace})
| join kind=leftouter (flux) on clusterId
| extend found = configurations[configurationName]
| extend foundPath = replace_regex(tostring(found.kustomizations[kustomization].path), @'^\\./|/+$', ''), statusAt = todatetime(found.statusUpdatedAt)
| extend drift = case(
    not(set_has_element(extensionStates, 'Succeeded')), 'missing-extension',
    isnull(found), 'missing-configuration',
    tolower(tostring(found.url)) != url or tostring(found.ref) != ref or iff(foundPath == '.', '', foundPath) != path
      or tostring(found.namespace) != namespace, 'changed-configuration',
    tostring(found.provisioningState) =~ 'Failed' or tostring(found.complianceState) =~ 'Non-Compliant'
      or (tostring(found.complianceState) =~ 'Pending' and statusAt < ago(${pending})), 'failed-configuration',
    '');
union
  (covered
    | where drift != '' and not(settling)
    | project row = 'drift', source, clusterId, id, name, subscriptionId, resourceGroup, type, drift,
        connectivity = tostring(properties.connectivityStatus), extensionState = strcat_array(extensionStates, ','),
        foundUrl = tostring(found.url), foundRef = tostring(found.ref), foundPath, foundNamespace = tostring(found.namespace),
        provisioningState = tostring(found.provisioningState), complianceState = tostring(found.complianceState),
        errorMessage = tostring(found.errorMessage), statusAt),
  (covered | summarize clusters = count() by source, settling | project row = 'total', source, clusters, settling)
| order by source asc, clusterId asc`
}

function datatableRow({ index, expectation: e, scopeKey, exclusions }: ScopedExpectation): string {
  return `  ${[
    String(index), kqlString(scopeKey), `dynamic([${exclusions.map(kqlString).join(', ')}])`,
    e.assignedAt && !Number.isNaN(Date.parse(e.assignedAt)) ? `datetime(${new Date(e.assignedAt).toISOString()})` : 'datetime(null)',
    kqlString(e.configurationName.toLowerCase()), kqlString(e.url.toLowerCase()), kqlString(refText(e.ref)),
    kqlString(normalisedPath(e.kustomizationPath)), kqlString(e.kustomizationName), kqlString(e.namespace)
  ].join(', ')}`
}

/** A Kusto string literal: single-quoted, with backslash escapes (values come from policy files). */
export function kqlString(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f]/g, (c) => {
    if (c === '\\') return '\\\\'
    if (c === "'") return "\\'"
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return `'${escaped}'`
}
