import type { RemediationFollowUp } from '../apply/follow-remediations.js'
import { azureWrites } from './azure-writes.js'
import type { AzureClients } from './clients.js'
import { subscriptionsWithClusters, triggerSubscriptionEvaluation } from './policy-evaluation.js'
import type { ResourceGraphQueries } from './resource-graph.js'
import { clusterDeployments, remediationStatus } from './remediation-status.js'

/** What following remediations needs of Azure, over the SDK clients, on the given clock (real, or simulated). */
export function remediationFollowUp(
  clients: AzureClients,
  resourceGraph: ResourceGraphQueries,
  clock: Pick<RemediationFollowUp, 'sleep' | 'now'>
): RemediationFollowUp {
  const writes = azureWrites(clients)
  return {
    subscriptionsBelow: (scope, notScopes) => subscriptionsWithClusters(resourceGraph, scope, notScopes),
    trigger: (subscription) => triggerSubscriptionEvaluation(clients, subscription),
    startRemediation: (...args) => writes.startRemediation(...args),
    status: (id) => remediationStatus(clients, id),
    deployments: (id) => clusterDeployments(clients, id),
    ...clock
  }
}
