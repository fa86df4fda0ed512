import { plannedRemediationPath } from './remediation-path.js'
import type { AssignmentChange, DefinitionChange, PlannedRemediation, PlannedRoleAssignment } from './plan.js'

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

/**
 * Remediation tasks for assignments whose generated definition changes while they do not: a DeployIfNotExists
 * policy deploys by itself only when a cluster is created or updated (Microsoft Learn, "Remediate non-compliant
 * resources with Azure Policy"), so clusters the changed existence condition now finds non-compliant need a task.
 */
export function definitionRemediations(
  definitionChanges: readonly DefinitionChange[],
  changes: readonly AssignmentChange[],
  planned: readonly PlannedRemediation[]
): PlannedRemediation[] {
  const updated = new Set(definitionChanges.filter((d) => d.action === 'update').map((d) => d.key))
  const already = new Set(planned.map((r) => r.assignmentKey))
  return changes.flatMap((c) => {
    if (c.action !== 'update' && c.action !== 'no-op') return []
    const { desired } = c
    const definitionKey = desired.policyDefinitionId.replace(/^\/+/, '').toLowerCase()
    const enforced = desired.parameters.effect !== 'Disabled' && desired.enforcementMode === 'Default'
    return updated.has(definitionKey) && enforced && !already.has(c.key)
      ? [{ assignmentKey: c.key, assignmentName: desired.name, scope: desired.scope }]
      : []
  })
}
