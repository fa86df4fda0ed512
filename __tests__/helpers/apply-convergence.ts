import type { AzureEmulator } from '../../emulator/index.js'

/** What `flux-policy plan --format json` says apply will create besides the assignments. */
export interface PlannedFollowUps {
  roleAssignments: Array<{ assignmentKey: string; scope: string; roleDefinitionId: string }>
  remediations: Array<{ assignmentKey: string; scope: string }>
}

const keyOf = (scope: string, name: string) => `${scope.replace(/^\/+/, '').toLowerCase()}|${name.toLowerCase()}`
const guid = (id: string) => id.split('/').pop()!.toLowerCase()

/**
 * The planned role assignments and remediations that Azure (the emulator) does not hold: each role for the
 * principal of the assignment as it exists now, at the planned scope; a remediation for that assignment's id.
 */
export function missingFollowUps(azure: AzureEmulator, planned: PlannedFollowUps): string[] {
  const { assignments, roleAssignments, remediations } = azure.context
  const byKey = new Map(assignments.all().map((a) => [keyOf(a.properties.scope, a.name), a]))
  const missing: string[] = []
  for (const role of planned.roleAssignments) {
    const assignment = byKey.get(role.assignmentKey)
    const held =
      assignment &&
      roleAssignments
        .all()
        .some(
          (r) =>
            r.properties.principalId === assignment.identity?.principalId &&
            r.properties.scope.toLowerCase() === role.scope.toLowerCase() &&
            guid(r.properties.roleDefinitionId) === guid(role.roleDefinitionId)
        )
    if (!held) missing.push(`role ${guid(role.roleDefinitionId)} at ${role.scope} for ${role.assignmentKey}`)
  }
  for (const remediation of planned.remediations) {
    const assignment = byKey.get(remediation.assignmentKey)
    const started =
      assignment && remediations.all().some((r) => r.policyAssignmentId.toLowerCase() === assignment.id.toLowerCase())
    // At a management group the remediation waits for Azure's first evaluation of the assignment (pending until
    // then; the next run starts it): only once Azure knows its states is a missing remediation a miss.
    const pendingEvaluation =
      assignment &&
      /^\/providers\/microsoft\.management\//i.test(assignment.properties.scope) &&
      azure.context.evaluations.statesOf(assignment.id).size === 0
    if (!started && !pendingEvaluation) missing.push(`remediation for ${remediation.assignmentKey}`)
  }
  return missing
}
