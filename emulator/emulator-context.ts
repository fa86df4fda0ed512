import type { SimulatedClock } from './clock.js'
import type { SimulatedFleet } from './fleet/simulated-fleet.js'
import type { DefinitionStore } from './policy/definition-store.js'
import type { AssignmentStore } from './policy/assignment-store.js'
import type { PrincipalDirectory } from './authorization/principal-directory.js'
import type { RoleAssignmentStore } from './authorization/role-assignment-store.js'
import type { PolicyEvaluations } from './policyinsights/policy-evaluations.js'
import type { RemediationStore } from './policyinsights/remediation-store.js'
import type { SimulationSettings } from './simulation-settings.js'
import type { AsyncOperationStore } from './kubernetesconfiguration/async-operations.js'

/** Everything the ARM routes share: the fleet, simulated time and the stores of what callers created. */
export interface EmulatorContext {
  tenantId: string
  fleet: SimulatedFleet
  clock: SimulatedClock
  settings: SimulationSettings
  definitions: DefinitionStore
  assignments: AssignmentStore
  directory: PrincipalDirectory
  roleAssignments: RoleAssignmentStore
  remediations: RemediationStore
  /** Asynchronous operations of the Microsoft.KubernetesConfiguration routes (extensions, Flux configurations). */
  kubernetesConfigurationOperations: AsyncOperationStore
  /** Policy states from completed evaluations, and the evaluations scheduled or started on demand. */
  evaluations: PolicyEvaluations
  /** The ARM origin clients use (https://127.0.0.1:port), for absolute nextLinks. */
  origin(): string
  /** Lets the simulation catch up with simulated time (complete due evaluations, finish due deployments). */
  catchUp(): void
}
