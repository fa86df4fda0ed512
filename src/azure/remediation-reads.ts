import { parseScope } from '../config/scope.js'
import type { AzureClients } from './clients.js'
import { clusterDeployments } from './remediation-status.js'

type Found = { policyAssignmentId: string; createdOn?: Date; failedOnAuthorization?: boolean }

/**
 * The remediations at a scope and below it (one paged read): which assignment each is for, when it started, and,
 * for a failed one, whether any deployment failed with AuthorizationFailed (one more read each): the policy
 * identity's new role had not taken effect yet ("Troubleshoot Azure RBAC": up to 10 minutes). Other clusters of the
 * same task may have failed for their own reasons (no Flux extension yet); the clusters refused on authorization
 * still need a remediation all the same.
 */
export async function remediationsAt(clients: AzureClients, scope: string): Promise<Found[]> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot read remediations at '${scope}': not a scope id.`)
  const { remediations } = clients.insights(parsed.subscription)
  const pages =
    parsed.kind === 'managementGroup'
      ? remediations.listForManagementGroup(parsed.managementGroup!)
      : parsed.kind === 'subscription'
        ? remediations.listForSubscription()
        : remediations.listForResourceGroup(parsed.resourceGroup!)
  const found: Found[] = []
  for await (const r of pages) {
    if (!r.policyAssignmentId) continue
    const entry: Found = { policyAssignmentId: r.policyAssignmentId, createdOn: r.createdOn }
    if (r.provisioningState === 'Failed' && r.name && r.id)
      entry.failedOnAuthorization = await failedOnAuthorization(clients, r.id)
    found.push(entry)
  }
  return found
}

/** Whether any deployment of a remediation failed with AuthorizationFailed. */
async function failedOnAuthorization(clients: AzureClients, id: string): Promise<boolean> {
  const deployments = await clusterDeployments(clients, id)
  return deployments.some((d) => d.status === 'Failed' && d.code === 'AuthorizationFailed')
}
