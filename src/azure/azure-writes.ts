import type { AzureWrites } from '../apply/azure-writes.js'
import type { DesiredAssignment } from '../desired/desired-assignment.js'
import { parseScope } from '../config/scope.js'
import type { AzureClients } from './clients.js'
import { grantRole, revokeRoles, roleGrantsAt, DEFAULT_RETRY_SCHEDULE, type RetrySchedule } from './role-writes.js'
import { remediationsAt } from './remediation-reads.js'
import { assignmentEvaluated } from './policy-evaluation.js'
import { sdkScope, subscriptionOf } from './scope-path.js'
import { deleteDefinition, putDefinition } from './definitions.js'
import { updateFluxConfiguration } from './flux-configurations.js'
import { removeFluxConfiguration } from './flux-configuration-writes.js'

/** The apply writes over the real SDK clients. */
export function azureWrites(clients: AzureClients, retry: RetrySchedule = DEFAULT_RETRY_SCHEDULE): AzureWrites {
  return {
    async putAssignment(d: DesiredAssignment) {
      const created = await clients
        .policy(subscriptionOf(d.scope))
        .policyAssignments.create(sdkScope(d.scope), d.name, {
          displayName: d.displayName,
          description: d.description,
          policyDefinitionId: d.policyDefinitionId,
          notScopes: d.notScopes,
          enforcementMode: d.enforcementMode,
          parameters: Object.fromEntries(Object.entries(d.parameters).map(([k, value]) => [k, { value }])),
          metadata: d.metadata,
          location: d.location,
          identity: { type: 'SystemAssigned' }
        })
      return {
        id: created.id ?? `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
        principalId: created.identity?.principalId
      }
    },
    async deleteAssignment(live) {
      try {
        await clients.policy(subscriptionOf(live.scope)).policyAssignments.delete(sdkScope(live.scope), live.name)
      } catch (error) {
        // arm-policy 7 throws a TypeError reading the body of a 204 (already deleted): that is success.
        if (!(error instanceof TypeError)) throw error
      }
    },
    putDefinition: (scope, name, body) => putDefinition(clients, scope, name, body),
    deleteDefinition: (scope, name) => deleteDefinition(clients, scope, name),
    grantRole: (scope, principalId, roleDefinitionId) =>
      grantRole(clients, scope, principalId, roleDefinitionId, retry),
    roleGrantsAt: (scope) => roleGrantsAt(clients, scope),
    revokeRoles: (principalId, scopes, roles) => revokeRoles(clients, principalId, scopes, roles),
    remediationsAt: (scope) => remediationsAt(clients, scope),
    updateFluxConfiguration: (configurationId, patch, options) =>
      updateFluxConfiguration(clients, configurationId, patch, options),
    removeFluxConfiguration: (id) => removeFluxConfiguration(clients, id),
    assignmentEvaluated: (assignmentId, scope) => assignmentEvaluated(clients, assignmentId, scope),
    async startRemediation(assignmentId, scope, name, discovery) {
      const body = { policyAssignmentId: assignmentId, resourceDiscoveryMode: discovery }
      const parsed = parseScope(scope)!
      const insights = clients.insights(parsed.subscription)
      const created =
        parsed.kind === 'managementGroup'
          ? await insights.remediations.createOrUpdateAtManagementGroup(parsed.managementGroup!, name, body)
          : parsed.kind === 'subscription'
            ? await insights.remediations.createOrUpdateAtSubscription(name, body)
            : await insights.remediations.createOrUpdateAtResourceGroup(parsed.resourceGroup!, name, body)
      return created.id ?? name
    }
  }
}
