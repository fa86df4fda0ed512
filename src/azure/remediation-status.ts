import { parseScope } from '../config/scope.js'
import type { ClusterDeployment, RemediationStatus } from '../apply/remediation-status.js'
import type { AzureClients } from './clients.js'
import { errorText } from '../util/error-text.js'

function locate(id: string): { scope: ReturnType<typeof parseScope> & object; name: string } {
  const match = /^(.*)\/providers\/microsoft\.policyinsights\/remediations\/([^/]+)$/i.exec(id)
  const scope = match ? parseScope(match[1]!) : undefined
  if (!match || !scope)
    throw new Error(`'${id}' is not a remediation id at a management group, subscription or resource group.`)
  return { scope, name: match[2]! }
}

export async function remediationStatus(clients: AzureClients, id: string): Promise<RemediationStatus> {
  const { scope, name } = locate(id)
  const api = clients.insights(scope.subscription).remediations
  const r =
    scope.kind === 'managementGroup'
      ? await api.getAtManagementGroup(scope.managementGroup!, name)
      : scope.kind === 'subscription'
        ? await api.getAtSubscription(name)
        : await api.getAtResourceGroup(scope.resourceGroup!, name)
  const s = r.deploymentStatus
  return {
    id,
    state: r.provisioningState ?? 'Unknown',
    total: s?.totalDeployments ?? 0,
    succeeded: s?.successfulDeployments ?? 0,
    failed: s?.failedDeployments ?? 0
  }
}

/** Each cluster's deployment of a remediation, with the error of the ones that failed. */
export async function clusterDeployments(clients: AzureClients, id: string): Promise<ClusterDeployment[]> {
  const { scope, name } = locate(id)
  const api = clients.insights(scope.subscription).remediations
  const pages =
    scope.kind === 'managementGroup'
      ? api.listDeploymentsAtManagementGroup(scope.managementGroup!, name)
      : scope.kind === 'subscription'
        ? api.listDeploymentsAtSubscription(name)
        : api.listDeploymentsAtResourceGroup(scope.resourceGroup!, name)
  const deployments: ClusterDeployment[] = []
  for await (const d of pages) {
    deployments.push({
      resourceId: d.remediatedResourceId ?? '',
      status: d.status ?? 'Unknown',
      error: d.error?.message === undefined ? undefined : errorText(d.error.message),
      code: d.error?.code
    })
  }
  return deployments
}
