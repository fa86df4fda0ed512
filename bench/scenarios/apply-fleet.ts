// The fleet the apply benchmark writes to: the subscriptions and resource groups of a generated policy root.
import type { FleetData } from '../../emulator/index.js'
import { newCluster } from '../../emulator/fleet/cluster-factory.js'
import type { GeneratedRoot } from './policy-root.js'

const TENANT = '7d1c2f0e-4b5a-4c3d-9e8f-0a1b2c3d4e5f'

/** One management group over every subscription of the root, each scope a resource group with one AKS cluster. */
export function fleetForRoot(root: GeneratedRoot): FleetData {
  const resourceGroups = root.scopes.map((scope) => {
    const [, , subscriptionId, , name] = scope.split('/')
    return { subscriptionId: subscriptionId!, name: name!, location: 'westeurope' }
  })
  return {
    tenantId: TENANT,
    managementGroups: [
      { name: TENANT, displayName: 'Tenant Root Group' },
      { name: 'contoso', displayName: 'Contoso', parent: TENANT }
    ],
    subscriptions: root.subscriptions.map((subscriptionId, i) => ({
      subscriptionId,
      displayName: `bench-${i + 1}`,
      managementGroup: 'contoso'
    })),
    resourceGroups,
    clusters: resourceGroups.map((group, i) =>
      newCluster({
        kind: 'managedCluster',
        subscriptionId: group.subscriptionId,
        resourceGroup: group.name,
        name: `aks-${i}`,
        location: group.location
      })
    )
  }
}
