import type { ManagementGroup, ResourceGroup, Subscription } from './fleet-model.js'
import type { Row } from './tables.js'

interface ContainerFleet {
  tenantId: string
  managementGroups: readonly ManagementGroup[]
  subscriptions: readonly Subscription[]
  resourceGroups: readonly ResourceGroup[]
}

/**
 * `resourcecontainers` rows: management groups, subscriptions and resource groups with the standard columns, types
 * as the "Resource Graph table and resource type reference" lists them for ResourceContainers
 * (`microsoft.management/managementgroups`, `microsoft.resources/subscriptions`,
 * `microsoft.resources/subscriptions/resourcegroups`). A management group has no subscription; Resource Graph shows
 * the identity only the containers it may read (the emulator's identity reads everything).
 */
export function containerRows(fleet: ContainerFleet): Row[] {
  const row = (id: string, name: string, type: string, subscriptionId: string, properties: object): Row => ({
    id,
    name,
    type,
    tenantId: fleet.tenantId,
    kind: '',
    location: '',
    resourceGroup: '',
    subscriptionId,
    managedBy: '',
    sku: null,
    plan: null,
    properties,
    tags: {},
    identity: null,
    zones: null,
    extendedLocation: null
  })
  return [
    ...fleet.managementGroups.map((g) =>
      row(
        `/providers/Microsoft.Management/managementGroups/${g.name}`,
        g.name,
        'microsoft.management/managementgroups',
        '',
        {
          displayName: g.displayName,
          details: { parent: g.parent === undefined ? null : { name: g.parent } }
        }
      )
    ),
    ...fleet.subscriptions.map((s) =>
      row(`/subscriptions/${s.subscriptionId}`, s.displayName, 'microsoft.resources/subscriptions', s.subscriptionId, {
        state: 'Enabled',
        managementGroupAncestorsChain: [{ name: s.managementGroup }]
      })
    ),
    ...fleet.resourceGroups.map((g) => ({
      ...row(
        `/subscriptions/${g.subscriptionId}/resourceGroups/${g.name}`,
        g.name,
        'microsoft.resources/subscriptions/resourcegroups',
        g.subscriptionId,
        { provisioningState: 'Succeeded' }
      ),
      location: g.location,
      resourceGroup: g.name.toLowerCase()
    }))
  ]
}
