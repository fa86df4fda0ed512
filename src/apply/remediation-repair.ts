import type { LiveAssignment } from '../plan/live-assignment.js'
import type { AzureWrites } from './azure-writes.js'

type Remediations = Awaited<ReturnType<AzureWrites['remediationsAt']>>

/** The remediations at a scope, read once per apply however many assignments there ask. */
export type RemediationsAt = (scope: string) => Promise<Remediations>

export function remediationsCache(writes: Pick<AzureWrites, 'remediationsAt'>): RemediationsAt {
  const cache = new Map<string, Promise<Remediations>>()
  return (scope) => {
    const key = scope.toLowerCase()
    if (!cache.has(key)) cache.set(key, writes.remediationsAt(scope))
    return cache.get(key)!
  }
}

/**
 * Whether an assignment the plan sees as unchanged still lacks the remediation its last write called for. A run
 * killed after an assignment's roles were granted but before its remediation started leaves exactly that: the
 * assignment and its roles in place (so neither the plan nor the role check sees anything to do) and no
 * remediation started since Azure last wrote the assignment (metadata `updatedOn`, else `createdOn`). A run whose
 * remediation failed only because the identity's new role had not yet taken effect (AuthorizationFailed within
 * Azure's role propagation, up to 10 minutes) leaves the same: its remediation is started again.
 */
export async function remediationMissing(live: LiveAssignment, remediationsAt: RemediationsAt): Promise<boolean> {
  const stamp = live.metadata.updatedOn ?? live.metadata.createdOn
  const lastWrite = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN
  // A remediation with deployments that failed on authorization (the identity's role had not taken effect yet) does
  // not count: the next run starts it again.
  const mine = (await remediationsAt(live.scope)).filter(
    (r) => r.policyAssignmentId.toLowerCase() === live.id.toLowerCase() && r.failedOnAuthorization !== true
  )
  return !mine.some((r) => Number.isNaN(lastWrite) || (r.createdOn !== undefined && r.createdOn.getTime() >= lastWrite))
}
