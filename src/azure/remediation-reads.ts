import { parseScope } from '../config/scope.js'
import type { AzureClients } from './clients.js'

/** The remediations at a scope and below it (one paged read): which assignment each is for, and when it started. */
export async function remediationsAt(
  clients: AzureClients,
  scope: string
): Promise<Array<{ policyAssignmentId: string; createdOn?: Date }>> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot read remediations at '${scope}': not a scope id.`)
  const { remediations } = clients.insights(parsed.subscription)
  const pages =
    parsed.kind === 'managementGroup'
      ? remediations.listForManagementGroup(parsed.managementGroup!)
      : parsed.kind === 'subscription'
        ? remediations.listForSubscription()
        : remediations.listForResourceGroup(parsed.resourceGroup!)
  const found: Array<{ policyAssignmentId: string; createdOn?: Date }> = []
  for await (const r of pages)
    if (r.policyAssignmentId) found.push({ policyAssignmentId: r.policyAssignmentId, createdOn: r.createdOn })
  return found
}
