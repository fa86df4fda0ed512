import { sourceSlots } from './drift-query.js'
import { kqlDynamic, kqlString } from './../resource-graph/kql-literals.js'
import type { DriftQueryPlan } from './query-plan.js'

const FLUX_CONFIGURATION = 'microsoft.kubernetesconfiguration/fluxconfigurations'

/**
 * The Flux configurations the sources of one request own, inside Resource Graph's documented subset of KQL (one
 * table, one `mv-expand`, `dynamic` literals, no `let`): every configuration whose name and source URL (compared
 * without case, as the audit compares them) are a source's, on a cluster inside that source's scope and outside its
 * exclusions — a configuration's subscription and resource group are its cluster's, and its id starts with the
 * cluster's. Nothing else is listed, so the direct update never touches a configuration the tool does not own. Rows
 * are sorted by (source, id), so pages are stable.
 */
export function ownedConfigurationsQueryText(plan: DriftQueryPlan): string {
  const names = [...new Set(plan.expectations.map((item) => item.expectation.configurationName.toLowerCase()))]
  const expected = plan.expectations.map(({ index, expectation: e }) => ({
    source: index,
    configurationName: e.configurationName.toLowerCase(),
    url: e.url.toLowerCase()
  }))
  return `kubernetesconfigurationresources
  | where type =~ ${kqlString(FLUX_CONFIGURATION)}
  | where tolower(name) in (${names.map(kqlString).join(', ')})
  | project id, name, properties, idText = tolower(id),
      subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
      resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
  | parse idText with clusterId '/providers/microsoft.kubernetesconfiguration/' *
  ${sourceSlots(plan)}
  | extend expected = ${kqlDynamic(expected)}[slot]
  | where tolower(name) == tostring(expected.configurationName)
      and tolower(coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url)))
        == tostring(expected.url)
  | project source = toint(expected.source), id, clusterId, name, kustomizations = properties.kustomizations,
      sourceTimeout = coalesce(toint(properties.gitRepository.timeoutInSeconds),
        toint(properties.bucket.timeoutInSeconds)),
      provisioningState = tostring(properties.provisioningState)
  | order by source asc, id asc`
}
