import type { AssignmentOutcome } from './apply-result.js'
import { evaluateThenRemediate, type SubscriptionEvaluations } from './evaluate-then-remediate.js'
import { waitForRemediations, type RemediationOutcome, type RemediationWatch } from './wait-for-remediations.js'

/**
 * "Troubleshoot Azure RBAC", section "Role assignment changes are not being detected": a new role assignment can
 * take up to 10 minutes to take effect. Remediation deployments that run before the roles apply just granted to an
 * assignment's identity have taken effect fail `AuthorizationFailed`.
 */
export const ROLE_PROPAGATION_MS = 10 * 60_000

export type RemediationFollowUp = SubscriptionEvaluations & Pick<RemediationWatch, 'status' | 'deployments'>

export interface FollowOptions {
  /** When apply started writing: the roles it granted are at most this old. */
  appliedAt: number
  notScopesOf?: (outcome: AssignmentOutcome) => readonly string[]
  onProgress?: Parameters<typeof waitForRemediations>[3]
}

/**
 * What apply does when it waits for its remediations: completes those pending evaluation (management groups), waits
 * for every task, and starts again — once — each task with deployments that failed `AuthorizationFailed` while
 * the roles apply granted its identity were still propagating (other clusters of the task may have failed for
 * their own reasons, such as no Flux extension yet): after ROLE_PROPAGATION_MS from the apply, as
 * `ExistingNonCompliant` (its clusters are known non-compliant by then), and waits for those too. A task that fails
 * on authorization without a role granted by this apply is a real permission problem and is reported as it is.
 */
export async function followRemediations(
  outcomes: AssignmentOutcome[],
  azure: RemediationFollowUp,
  timeoutMs: number,
  options: FollowOptions
): Promise<RemediationOutcome[]> {
  const deadline = azure.now() + timeoutMs
  await evaluateThenRemediate(outcomes, azure, timeoutMs, options.notScopesOf)
  const ids = outcomes.flatMap((o) => (o.remediationId ? [o.remediationId] : []))
  if (ids.length === 0) return []
  const first = await waitForRemediations(ids, azure, remaining(azure, deadline), options.onProgress)
  const retry = first.flatMap((result) => {
    const outcome = outcomes.find((o) => o.remediationId === result.id)
    return outcome && failedWhileRolesPropagated(result, outcome) ? [{ result, outcome }] : []
  })
  const ready = options.appliedAt + ROLE_PROPAGATION_MS
  if (retry.length === 0) return first
  if (ready >= deadline)
    return first.map((result) => (retry.some((r) => r.result === result) ? { ...result, retryNextRun: true } : result))
  if (azure.now() < ready) await azure.sleep(ready - azure.now())
  const restarted = new Map<string, string>()
  for (const { result, outcome } of retry) {
    const name = `${result.id.split('/').pop()!.slice(0, 84)}-retry`
    const id = await azure.startRemediation(outcome.assignmentId!, outcome.scope, name, 'ExistingNonCompliant')
    restarted.set(result.id, id)
    outcome.remediationId = id
  }
  const second = await waitForRemediations(
    [...restarted.values()],
    azure,
    remaining(azure, deadline),
    options.onProgress
  )
  return first.map((result) => second.find((s) => s.id === restarted.get(result.id)) ?? result)
}

function failedWhileRolesPropagated(result: RemediationOutcome, outcome: AssignmentOutcome): boolean {
  return (
    outcome.assignmentId !== undefined &&
    outcome.rolesGranted.some((r) => r.result === 'created') &&
    result.failedClusters.some((c) => c.code === 'AuthorizationFailed')
  )
}

const remaining = (azure: { now(): number }, deadline: number) => Math.max(deadline - azure.now(), 0)
