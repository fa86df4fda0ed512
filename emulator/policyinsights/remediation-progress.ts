import { applyDeployment, deploymentBlocker, keyVaultIds } from '../dine/deployment-template.js'
import { simulatedAssignment } from '../dine/simulated-assignment.js'
import type { EmulatorContext } from '../emulator-context.js'
import { planDeployments } from './remediation-planner.js'
import type { RemediationDeployment, RemediationRecord } from './remediation-record.js'

/**
 * Completes the evaluations due by simulated `now` (scheduled, on-demand, and those of ReEvaluateCompliance
 * remediations, which then plan their deployments), then runs every remediation deployment due, oldest first: a
 * deployment succeeds when the assignment still exists, its identity holds one of the definition's roles at or
 * above the cluster, and the template can deploy there; it then changes the fleet exactly as the template would.
 */
export function runDueDeployments(context: EmulatorContext, now: number): void {
  context.evaluations.catchUp(context, now)
  for (const remediation of context.remediations.all()) {
    if (remediation.planned || remediation.canceled || (remediation.evaluatesUntil ?? now) > now) continue
    const assignment = context.assignments.byId(remediation.policyAssignmentId)
    if (assignment)
      context.evaluations.record(context, assignment, remediation.evaluatesUntil ?? now, remediation.scope)
    planDeployments(context, remediation, remediation.evaluatesUntil ?? now)
  }
  const due: Array<{ remediation: RemediationRecord; deployment: RemediationDeployment }> = []
  for (const remediation of context.remediations.all()) {
    if (remediation.canceled) continue
    for (const deployment of remediation.deployments) {
      if (deployment.status === 'NotStarted' && deployment.dueAt <= now) due.push({ remediation, deployment })
    }
  }
  if (due.length === 0) return
  due.sort((a, b) => a.deployment.dueAt - b.deployment.dueAt || a.remediation.createdAtMs - b.remediation.createdAtMs)
  for (const { remediation, deployment } of due) run(context, remediation, deployment)
  context.fleet.changed()
}

function run(context: EmulatorContext, remediation: RemediationRecord, deployment: RemediationDeployment): void {
  const finishedIso = new Date(deployment.dueAt).toISOString()
  const fail = (code: string, message: string): void => {
    deployment.status = 'Failed'
    deployment.error = { code, message }
    deployment.lastUpdatedOn = finishedIso
  }
  const assignment = context.assignments.byId(remediation.policyAssignmentId)
  const simulated = assignment && simulatedAssignment(context.definitions, assignment)
  const cluster = context.fleet.findCluster(deployment.resourceId)
  if (!assignment || !simulated || !cluster) {
    fail('ResourceNotFound', 'The policy assignment or the target resource no longer exists.')
    return
  }
  const identity = assignment.identity
  const principalId = identity?.principalId ?? Object.values(identity?.userAssignedIdentities ?? {})[0]?.principalId
  const chain = context.fleet.scopeChain(deployment.resourceId)
  // A role assignment takes effect up to 10 minutes after it is made ("Troubleshoot Azure RBAC", "Role assignment
  // changes are not being detected"): one younger than roleAssignmentPropagationDelayMs does not count yet.
  const inEffectBy = deployment.dueAt - context.settings.roleAssignmentPropagationDelayMs
  if (!principalId || !context.roleAssignments.holdsRole(principalId, simulated.roleDefinitionIds, chain, inEffectBy)) {
    fail(
      'AuthorizationFailed',
      `The client '${principalId ?? 'none'}' with object id '${principalId ?? 'none'}' does not have authorization to perform action '${simulated.definition.resourceType}/write' over scope '${deployment.resourceId}' or the scope is invalid.`
    )
    return
  }
  const vault = keyVaultIds(simulated.definition, simulated.parameters).find(
    (vaultId) =>
      !context.roleAssignments.holdsRole(principalId, simulated.roleDefinitionIds, context.fleet.scopeChain(vaultId))
  )
  if (vault !== undefined) {
    // The Key Vault reference needs Microsoft.KeyVault/vaults/deploy/action on the vault (Contributor there or above).
    fail(
      'KeyVaultParameterReferenceSecretRetrieveFailed',
      `Unable to retrieve the secret from the key vault '${vault}': the client '${principalId}' does not have permission to perform action 'Microsoft.KeyVault/vaults/deploy/action' on it.`
    )
    return
  }
  const blocker = deploymentBlocker(cluster, simulated.definition)
  if (blocker) {
    fail('DeploymentFailed', blocker)
    return
  }
  applyDeployment(cluster, simulated.definition, simulated.parameters, finishedIso)
  // The deployed resource is evaluated again once the deployment is done (Microsoft Learn, "Remediate non-compliant
  // resources with Azure Policy": resources deployed by a remediation task become compliant).
  context.evaluations.resourceEvaluated(assignment.id, deployment.resourceId, true, deployment.dueAt)
  deployment.status = 'Succeeded'
  deployment.lastUpdatedOn = finishedIso
}
