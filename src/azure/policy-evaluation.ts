import { parseScope } from '../config/scope.js'
import type { AzureClients } from './clients.js'
import type { ResourceGraphQueries } from './resource-graph.js'

const CLUSTER_TYPES = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')"

/**
 * Whether Azure has policy states for the assignment (its first evaluation completed): one `queryResults` call for
 * at most one state of it, at the assignment's scope.
 */
export async function assignmentEvaluated(
  clients: AzureClients,
  assignmentId: string,
  scope: string
): Promise<boolean> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot read policy states at '${scope}': not a scope id.`)
  const policyStates = clients.insights(parsed.subscription).policyStates
  const queryOptions = { top: 1, filter: `policyAssignmentId eq '${assignmentId.replaceAll("'", "''")}'` }
  const pages =
    parsed.kind === 'managementGroup'
      ? policyStates.listQueryResultsForManagementGroup('latest', parsed.managementGroup!, { queryOptions })
      : parsed.kind === 'subscription'
        ? policyStates.listQueryResultsForSubscription('latest', parsed.subscription!, { queryOptions })
        : policyStates.listQueryResultsForResourceGroup('latest', parsed.subscription!, parsed.resourceGroup!, {
            queryOptions
          })
  for await (const page of pages.byPage()) return page.length > 0
  return false
}

/** The subscriptions below a management group that hold clusters (one Resource Graph query), minus notScopes. */
export async function subscriptionsWithClusters(
  resourceGraph: ResourceGraphQueries,
  scope: string,
  notScopes: readonly string[]
): Promise<string[]> {
  const group = parseScope(scope)?.managementGroup
  if (!group) throw new Error(`'${scope}' is not a management group.`)
  const response = await resourceGraph.resources({
    managementGroups: [group],
    query: `resources | where type in~ ${CLUSTER_TYPES} | distinct subscriptionId`,
    options: { resultFormat: 'objectArray', top: 1000 }
  })
  const excluded = new Set(notScopes.flatMap((s) => (parseScope(s)?.kind === 'subscription' ? [s.toLowerCase()] : [])))
  const rows = Array.isArray(response.data) ? (response.data as Array<{ subscriptionId?: string }>) : []
  return [...new Set(rows.flatMap((r) => (r.subscriptionId ? [r.subscriptionId.toLowerCase()] : [])))]
    .filter((s) => !excluded.has(`/subscriptions/${s}`))
    .sort()
}

/** Starts an on-demand evaluation of a subscription; the returned function polls once and says whether it is done. */
export async function triggerSubscriptionEvaluation(
  clients: AzureClients,
  subscriptionId: string
): Promise<() => Promise<boolean>> {
  const poller = await clients.insights(subscriptionId).policyStates.beginTriggerSubscriptionEvaluation(subscriptionId)
  return async () => {
    if (!poller.isDone()) await poller.poll()
    return poller.isDone()
  }
}
