import type { Row } from '../fleet/tables.js'
import type { RoleAssignmentRecord } from './role-assignment-store.js'

/**
 * `authorizationresources` rows of the role assignments the store holds, in the shape Microsoft's announcement of the
 * table queries (techcommunity.microsoft.com, "Announcing AuthorizationResources in Azure Resource Graph": type
 * `microsoft.authorization/roleassignments`, `properties.principalId`, `principalType`, `roleDefinitionId`, `scope`).
 * A management-group assignment has no `subscriptionId` (unconfirmed: the emulator's reading of "management group
 * assignments are not in any subscription").
 */
export function roleAssignmentRows(tenantId: string, assignments: readonly RoleAssignmentRecord[]): Row[] {
  return assignments.map((a) => {
    const subscription = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?/i.exec(a.properties.scope)
    return {
      id: a.id,
      name: a.name,
      type: 'microsoft.authorization/roleassignments',
      tenantId,
      kind: '',
      location: '',
      resourceGroup: subscription?.[2]?.toLowerCase() ?? '',
      subscriptionId: subscription?.[1] ?? '',
      managedBy: '',
      sku: null,
      plan: null,
      properties: { ...a.properties },
      tags: {},
      identity: null,
      zones: null,
      extendedLocation: null
    }
  })
}
