import type { DesiredAssignment } from '../desired/desired-assignment.js'
import type { LiveAssignment } from '../plan/live-assignment.js'
import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import type { FluxConfigurationPatch } from './configuration-patch.js'

/** A bound on requests in flight: runs `send` when its turn comes. */
export type WireTurn = <R>(send: () => Promise<R>) => Promise<R>

export type ResourceDiscovery = 'ReEvaluateCompliance' | 'ExistingNonCompliant'

/** The writes apply makes, each idempotent; implemented over the Azure SDKs in src/azure/azure-writes.ts. */
export interface AzureWrites {
  /** Creates or replaces an assignment; returns the principal of its system-assigned identity. */
  putAssignment(desired: DesiredAssignment): Promise<{ id: string; principalId?: string }>
  /** Deletes an assignment; an assignment already gone counts as deleted. */
  deleteAssignment(live: LiveAssignment): Promise<void>
  /** Grants a role to a principal at a scope; an identical grant already there counts as done. */
  grantRole(scope: string, principalId: string, roleDefinitionId: string): Promise<'created' | 'existed'>
  /** The role assignments at exactly this scope (one paged read), to find grants a failed run left out. */
  roleGrantsAt(scope: string): Promise<Array<{ principalId: string; roleDefinitionId: string }>>
  /**
   * Removes the role assignments of a principal at exactly the given scopes (only of these roles, when given);
   * returns how many went.
   */
  revokeRoles(principalId: string, scopes: readonly string[], roleDefinitionIds?: readonly string[]): Promise<number>
  /** Creates or replaces a generated custom definition. */
  putDefinition(scope: string, name: string, body: PolicyDefinitionBody): Promise<void>
  /** Deletes a generated custom definition; one already gone counts as deleted. */
  deleteDefinition(scope: string, name: string): Promise<void>
  /** The remediations at a scope (one paged read), to find ones a killed run left out. */
  remediationsAt(
    scope: string
  ): Promise<Array<{ policyAssignmentId: string; createdOn?: Date; failedOnAuthorization?: boolean }>>
  /**
   * Starts a remediation task for an assignment; returns its id. `ReEvaluateCompliance` evaluates first (Azure allows
   * it at a subscription or resource group only); `ExistingNonCompliant` takes what the last evaluation found.
   */
  startRemediation(assignmentId: string, scope: string, name: string, discovery: ResourceDiscovery): Promise<string>
  /** Whether Azure has evaluated the assignment (it has policy states): one query at its scope. */
  assignmentEvaluated(assignmentId: string, scope: string): Promise<boolean>
  /**
   * PATCHes a cluster's Flux configuration (its ARM id) with only the given properties: resolves once Azure accepted
   * the request (a refused one rejects), with `done`, which settles when the operation has finished (rejecting if it
   * failed). Apply paces the requests and waits for the operations apart, so slow operations do not hold the lanes;
   * `patchTurn` and `statusTurn` wrap the PATCH's and each status read's time on the wire, once ARM's bucket has a
   * token for it, so apply bounds how many are in flight at once without holding places while requests wait for tokens.
   */
  updateFluxConfiguration(
    configurationId: string,
    patch: FluxConfigurationPatch,
    options?: { patchTurn?: WireTurn; statusTurn?: WireTurn }
  ): Promise<{ done: Promise<void> }>
  /**
   * Removes a Flux configuration a deleted source left on a cluster: turns prune off on its kustomizations, then
   * deletes it, waiting for both (docs/orphaned-configurations.md); one already gone counts as removed.
   */
  removeFluxConfiguration?(id: string): Promise<void>
}
