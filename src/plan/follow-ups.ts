import { plannedRemediationPath } from './remediation-path.js'
import type { AssignmentChange, PlannedRemediation, PlannedRoleAssignment } from './plan.js'

/** Fields whose change alters what clusters get, so existing clusters need a remediation. */
const CLUSTER_FIELDS = /^(parameters\.|policyDefinitionId$|notScopes$|enforcementMode$)/

/** The role assignments and remediation tasks that follow creates and updates. */
export function followUps(changes: readonly AssignmentChange[]): {
  roleAssignments: PlannedRoleAssignment[]
  remediations: PlannedRemediation[]
} {
  const roleAssignments: PlannedRoleAssignment[] = []
  const remediations: PlannedRemediation[] = []
  for (const change of changes) {
    if (change.action !== 'create' && change.action !== 'update') continue
    const { desired } = change
    const needsRoles =
      change.action === 'create' ||
      change.diffs.some(
        (d) => d.field === 'identity' || d.field === 'parameters.keyVaultName' || d.field === 'policyDefinitionId'
      )
    if (needsRoles) {
      for (const scope of [desired.scope, ...desired.roles.extraScopes]) {
        for (const roleDefinitionId of desired.roles.roleDefinitionIds) {
          roleAssignments.push({ assignmentKey: change.key, assignmentName: desired.name, scope, roleDefinitionId })
        }
      }
    }
    const affectsClusters = change.action === 'create' || change.diffs.some((d) => CLUSTER_FIELDS.test(d.field))
    if (affectsClusters && desired.parameters.effect !== 'Disabled' && desired.enforcementMode === 'Default') {
      remediations.push({
        assignmentKey: change.key,
        assignmentName: desired.name,
        scope: desired.scope,
        path: plannedRemediationPath(desired.scope, true)
      })
    }
  }
  return { roleAssignments, remediations }
}
