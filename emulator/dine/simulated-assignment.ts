import type { Cluster } from '../fleet/fleet-model.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import type { PolicyAssignmentRecord } from '../policy/assignment-record.js'
import type { DefinitionStore } from '../policy/definition-store.js'
import { effectiveEffect } from '../policy/policy-definition.js'
import { dineDefinitionOf, type DineDefinition } from './dine-definition.js'
import { resolveParameters, type ResolvedParameters } from './flux-parameters.js'

/** An assignment of a DeployIfNotExists definition, with what the effect needs to evaluate and deploy it. */
export interface SimulatedAssignment {
  record: PolicyAssignmentRecord
  definition: DineDefinition
  parameters: ResolvedParameters
  roleDefinitionIds: readonly string[]
}

/**
 * The assignment as the simulation sees it, or undefined when there is nothing to simulate: an effect other than
 * DeployIfNotExists (`Disabled`: Azure does not evaluate it), or a rule without a deployment. Built-in and custom
 * definitions alike: the effect is the rule's, whoever wrote it (Microsoft Learn "Azure Policy definitions
 * deployIfNotExists effect" describes `then.details` for any definition; custom definitions are remediated the
 * same way, "Remediate non-compliant resources with Azure Policy").
 */
export function simulatedAssignment(
  definitions: DefinitionStore,
  record: PolicyAssignmentRecord
): SimulatedAssignment | undefined {
  const definition = definitions.resolve(record.properties.policyDefinitionId)
  if (!definition) return undefined
  if (effectiveEffect(definition, record.properties.parameters).toLowerCase() !== 'deployifnotexists') return undefined
  const dine = dineDefinitionOf(definition)
  if (!dine) return undefined
  return {
    record,
    definition: dine,
    parameters: resolveParameters(dine, record.properties.parameters),
    roleDefinitionIds: dine.roleDefinitionIds
  }
}

/** Clusters the assignment covers: in its scope (and in `within`, when given), minus its notScopes. */
export function clustersCovered(fleet: SimulatedFleet, record: PolicyAssignmentRecord, within?: string): Cluster[] {
  const inWithin = within === undefined ? () => true : fleet.containsCluster(within)
  const excluded = record.properties.notScopes.map((s) => fleet.containsCluster(s))
  return fleet.clustersIn(record.properties.scope).filter((c) => inWithin(c) && !excluded.some((test) => test(c)))
}
