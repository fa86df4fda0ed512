import { clusterId, CLUSTER_RESOURCE_TYPES } from '../fleet/fleet-model.js'
import { pseudoGuid } from '../fleet/fleet-rows.js'
import type { Cluster } from '../fleet/fleet-model.js'
import type { Row } from '../fleet/tables.js'
import type { EmulatorContext } from '../emulator-context.js'
import type { PolicyAssignmentRecord } from '../policy/assignment-record.js'
import { clustersCovered, simulatedAssignment, type SimulatedAssignment } from './simulated-assignment.js'

/** One evaluated (cluster, assignment) pair: the state the last completed evaluation recorded. */
export interface EvaluatedState {
  record: PolicyAssignmentRecord
  simulated: SimulatedAssignment
  cluster: Cluster
  compliant: boolean
  /** Simulated ms at which the evaluation that recorded the state completed (the state's `timestamp`). */
  evaluatedAt: number
}

/**
 * The states Azure Policy knows: for each assignment of a DeployIfNotExists definition, its covered clusters that a
 * completed evaluation has judged (by the definition's existence condition). None before the first evaluation.
 */
export function evaluatedStates(context: EmulatorContext): EvaluatedState[] {
  const states: EvaluatedState[] = []
  for (const record of context.assignments.all()) {
    const known = context.evaluations.statesOf(record.id)
    if (known.size === 0) continue
    const simulated = simulatedAssignment(context.definitions, record)
    if (!simulated) continue
    for (const cluster of clustersCovered(context.fleet, record)) {
      const state = known.get(context.fleet.clusterKey(cluster))
      if (state) states.push({ record, simulated, cluster, ...state })
    }
  }
  return states
}

/**
 * `policyresources` rows: one `microsoft.policyinsights/policystates` row per evaluated (cluster, Flux assignment).
 * Ids inside properties are lower-cased, as Azure Policy often reports them.
 */
export function policyStateRows(context: EmulatorContext): Row[] {
  const fleet = context.fleet
  const rows: Row[] = []
  for (const { record, simulated, cluster, compliant, evaluatedAt } of evaluatedStates(context)) {
    const assignmentId = record.id.toLowerCase()
    const definitionId = record.properties.policyDefinitionId.toLowerCase()
    const resourceId = clusterId(cluster)
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
        // When the evaluation that recorded the state completed (policy-evaluations.ts, EvaluatedResource).
        timestamp: new Date(evaluatedAt).toISOString()
      }
    })
  }
  return rows
}
