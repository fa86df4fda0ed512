import { FINAL_REMEDIATION_STATES, type ClusterDeployment, type RemediationStatus } from './remediation-status.js'

export interface RemediationOutcome extends RemediationStatus {
  /** Clusters whose deployment failed, with Azure's error. */
  failedClusters: ClusterDeployment[]
  timedOut: boolean
  /**
   * Deployments failed AuthorizationFailed while the roles this apply granted were still taking effect, and the wait
   * ended before apply could start the task again: the next run (apply or the audit's self-heal) starts it again.
   */
  retryNextRun?: boolean
}

export interface RemediationWatch {
  status(id: string): Promise<RemediationStatus>
  deployments(id: string): Promise<ClusterDeployment[]>
  sleep(ms: number): Promise<void>
  now(): number
}

/** Waits between polls: quick at first (small fleets finish fast), then every 30 s. */
const POLL_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000]

/** Polls remediation tasks until each reaches a final state or the deadline passes; then reads failed clusters. */
export async function waitForRemediations(
  ids: readonly string[],
  watch: RemediationWatch,
  timeoutMs: number,
  onProgress?: (s: RemediationStatus) => void
): Promise<RemediationOutcome[]> {
  const deadline = watch.now() + timeoutMs
  const latest = new Map<string, RemediationStatus>()
  for (let poll = 0; ; poll++) {
    const pending = ids.filter((id) => !FINAL_REMEDIATION_STATES.includes(latest.get(id)?.state ?? ''))
    if (pending.length === 0) break
    for (const id of pending) {
      const status = await watch.status(id)
      latest.set(id, status)
      onProgress?.(status)
    }
    if (ids.every((id) => FINAL_REMEDIATION_STATES.includes(latest.get(id)!.state)) || watch.now() >= deadline) break
    await watch.sleep(
      Math.min(POLL_DELAYS_MS[Math.min(poll, POLL_DELAYS_MS.length - 1)]!, Math.max(deadline - watch.now(), 0))
    )
  }
  return Promise.all(
    ids.map(async (id) => {
      const status = latest.get(id)!
      const failedClusters = status.failed > 0 ? (await watch.deployments(id)).filter((d) => d.status === 'Failed') : []
      return { ...status, failedClusters, timedOut: !FINAL_REMEDIATION_STATES.includes(status.state) }
    })
  )
}
