import { clusterId, CLUSTER_RESOURCE_TYPES } from '../fleet/fleet-model.js'
import { pseudoGuid } from '../fleet/fleet-rows.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import type { Row } from '../fleet/tables.js'
import type { AssignmentStore } from '../policy/assignment-store.js'
import type { DefinitionStore } from '../policy/definition-store.js'
import { isCompliant } from './existence-condition.js'
import { clustersCovered, simulatedAssignment } from './simulated-assignment.js'

/**
 * `policyresources` rows: one `microsoft.policyinsights/policystates` row per (cluster, Flux assignment), with
 * compliance judged by the definition's existence condition. Ids inside properties are lower-cased, as Azure
 * Policy often reports them. States appear as soon as an assignment exists (no evaluation delay is simulated).
 */
export function policyStateRows(
  fleet: SimulatedFleet,
  definitions: DefinitionStore,
  assignments: AssignmentStore,
  nowIso: string
): Row[] {
  const rows: Row[] = []
  for (const record of assignments.all()) {
    const simulated = simulatedAssignment(definitions, record)
    if (!simulated) continue
    const assignmentId = record.id.toLowerCase()
    const definitionId = record.properties.policyDefinitionId.toLowerCase()
    for (const cluster of clustersCovered(fleet, record)) {
      const resourceId = clusterId(cluster)
      const compliant = isCompliant(cluster, simulated.definition, simulated.parameters)
      const name = pseudoGuid(`${resourceId.toLowerCase()}|${assignmentId}`).replaceAll('-', '')
      rows.push({
        id: `${resourceId}/providers/Microsoft.PolicyInsights/policyStates/${name}`,
        name,
        type: 'microsoft.policyinsights/policystates',
        tenantId: fleet.tenantId,
        kind: '',
        location: cluster.location,
        resourceGroup: cluster.resourceGroup.toLowerCase(),
        subscriptionId: cluster.subscriptionId,
        managedBy: '',
        sku: null,
        plan: null,
        tags: null,
        identity: null,
        zones: null,
        extendedLocation: null,
        properties: {
          complianceState: compliant ? 'Compliant' : 'NonCompliant',
          isCompliant: compliant,
          stateWeight: compliant ? 200 : 300,
          resourceId: resourceId.toLowerCase(),
          resourceType: CLUSTER_RESOURCE_TYPES[cluster.kind],
          resourceLocation: cluster.location,
          resourceGroup: cluster.resourceGroup.toLowerCase(),
          subscriptionId: cluster.subscriptionId,
          policyAssignmentId: assignmentId,
          policyAssignmentName: record.name,
          policyAssignmentScope: record.properties.scope.toLowerCase(),
          policyDefinitionId: definitionId,
          policyDefinitionName: simulated.definition.name,
          policyDefinitionVersion: simulated.definition.version,
          policyDefinitionReferenceId: '',
          policyDefinitionAction: 'deployifnotexists',
          policySetDefinitionId: '',
          policySetDefinitionName: '',
          timestamp: nowIso
        }
      })
    }
  }
  return rows
}
