import { parseScope } from '../config/scope.js'
import type { AzureClients } from './clients.js'

type Found = { policyAssignmentId: string; createdOn?: Date; failedOnAuthorization?: boolean }

/**
 * The remediations at a scope and below it (one paged read): which assignment each is for, when it started, and,
 * for a failed one, whether every failed deployment failed with AuthorizationFailed (one more read each): the
 * policy identity's new role had not taken effect yet ("Troubleshoot Azure RBAC": up to 10 minutes).
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
      entry.failedOnAuthorization = await failedOnAuthorization(
        r.id.split(/\/providers\/microsoft\.policyinsights\//i)[0]!,
        r.name
      )
    found.push(entry)
  }
  return found

  /** Listed at the remediation's own scope (a list at a scope includes those below it). */
  async function failedOnAuthorization(at: string, name: string): Promise<boolean> {
    const own = parseScope(at)
    if (!own) return false
    const { remediations } = clients.insights(own.subscription)
    const deployments =
      own.kind === 'managementGroup'
        ? remediations.listDeploymentsAtManagementGroup(own.managementGroup!, name)
        : own.kind === 'subscription'
          ? remediations.listDeploymentsAtSubscription(name)
          : remediations.listDeploymentsAtResourceGroup(own.resourceGroup!, name)
    const codes: string[] = []
    for await (const d of deployments) if (d.status === 'Failed') codes.push(d.error?.code ?? '')
    return codes.length > 0 && codes.every((code) => code === 'AuthorizationFailed')
  }
}
