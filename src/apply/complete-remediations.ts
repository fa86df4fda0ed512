import type { Plan } from '../plan/plan.js'
import type { CompletedRemediation } from '../audit/audit-result.js'
import type { AzureWrites } from './azure-writes.js'
import { remediationMissing, remediationsCache } from './remediation-repair.js'
import { startAssignmentRemediation } from './run-apply.js'
import { isPermissionFailure, permissionFailureSummary } from './write-failure.js'
import { parseScope } from '../config/scope.js'

export type RemediationCompletion = Pick<AzureWrites, 'startRemediation' | 'remediationsAt' | 'assignmentEvaluated'>

/**
 * What the nightly audit completes when self-heal is on: each unchanged, enforced assignment whose last write has no
 * remediation (left pending evaluation at a management group, or one whose deployments all failed while its roles
 * propagated) gets one — `ReEvaluateCompliance` at a subscription or resource group, `ExistingNonCompliant` at a
 * management group once Azure has evaluated it (else it stays pending, and is listed). The same decision apply makes
 * for unchanged assignments (run-apply.ts), so the two never disagree. A 403 is listed with Azure's words (the
 * action and the scope the identity lacks), not thrown.
 */
export async function completeRemediations(
  plan: Plan,
  writes: RemediationCompletion,
  suffix: string
): Promise<CompletedRemediation[]> {
  const remediationsAt = remediationsCache(writes)
  const completed: CompletedRemediation[] = []
  for (const change of plan.changes) {
    if (change.action !== 'no-op' || change.desired.enforcementMode !== 'Default') continue
    if (change.desired.parameters.effect === 'Disabled') continue
    if (!(await remediationMissing(change.live, remediationsAt))) continue
    let started: Awaited<ReturnType<typeof startAssignmentRemediation>>
    try {
      started = await startAssignmentRemediation(writes, {
        assignmentId: change.live.id,
        scope: change.scope,
        name: `${change.name}-${suffix}`.slice(0, 90),
        written: false
      })
    } catch (error) {
      // The audit's identity may lack the action (Reader only): a permission problem to report, naming the action
      // and the scope, while the rest of the audit goes on. Anything else fails the audit as before.
      if (!isPermissionFailure(error)) throw error
      const path = parseScope(change.scope)?.kind === 'managementGroup' ? 'existing-non-compliant' : 're-evaluate'
      completed.push({
        key: change.key,
        name: change.name,
        scope: change.scope,
        path,
        error: permissionFailureSummary(error)
      })
      continue
    }
    completed.push({
      key: change.key,
      name: change.name,
      scope: change.scope,
      path: started.remediationPath ?? 'pending-evaluation',
      ...(started.remediationId ? { remediationId: started.remediationId } : {})
    })
  }
  return completed
}
