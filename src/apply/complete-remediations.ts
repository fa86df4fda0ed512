import type { Plan } from '../plan/plan.js'
import type { CompletedRemediation } from '../audit/audit-result.js'
import type { AzureWrites } from './azure-writes.js'
import { remediationMissing, remediationsCache } from './remediation-repair.js'
import { startAssignmentRemediation } from './run-apply.js'

export type RemediationCompletion = Pick<AzureWrites, 'startRemediation' | 'remediationsAt' | 'assignmentEvaluated'>

/**
 * What the nightly audit completes when self-heal is on: each unchanged, enforced assignment whose last write has no
 * remediation (left pending evaluation at a management group, or one whose deployments all failed while its roles
 * propagated) gets one — `ReEvaluateCompliance` at a subscription or resource group, `ExistingNonCompliant` at a
 * management group once Azure has evaluated it (else it stays pending, and is listed). The same decision apply makes
 * for unchanged assignments (run-apply.ts), so the two never disagree.
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
    const started = await startAssignmentRemediation(writes, {
      assignmentId: change.live.id,
      scope: change.scope,
      name: `${change.name}-${suffix}`.slice(0, 90),
      written: false
    })
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
