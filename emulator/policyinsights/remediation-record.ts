/** One deployment a remediation runs on one cluster. */
export interface RemediationDeployment {
  /** The cluster's resource id. */
  resourceId: string
  resourceLocation: string
  deploymentId: string
  /** Simulated ms when it finishes. */
  dueAt: number
  status: 'NotStarted' | 'Succeeded' | 'Failed' | 'Canceled'
  error?: { code: string; message: string }
  createdOn: string
  lastUpdatedOn: string
}

export interface RemediationRecord {
  id: string
  name: string
  scope: string
  policyAssignmentId: string
  request: Record<string, unknown>
  resourceDiscoveryMode: string
  correlationId: string
  createdAtMs: number
  startsAt: number
  /** ReEvaluateCompliance: when the evaluation of the remediation's scope completes. */
  evaluatesUntil?: number
  /** Whether the deployments are decided (at create, or once the evaluation completes). */
  planned: boolean
  canceled: boolean
  deployments: RemediationDeployment[]
  systemData: Record<string, string>
}

/** The GET body: provisioningState and deploymentStatus reflect the deployments finished by simulated `now`. */
export function remediationBody(record: RemediationRecord, now: number): Record<string, unknown> {
  const done = record.deployments.filter((d) => d.status === 'Succeeded' || d.status === 'Failed')
  const failed = done.filter((d) => d.status === 'Failed').length
  const finished =
    record.canceled || (record.planned && now >= record.startsAt && done.length === record.deployments.length)
  const provisioningState = record.canceled
    ? 'Canceled'
    : !record.planned
      ? 'Evaluating'
      : finished
        ? failed > 0
          ? 'Failed'
          : 'Succeeded'
        : now < record.startsAt
          ? 'Accepted'
          : 'Evaluating'
  const lastUpdatedMs = Math.max(record.createdAtMs, ...done.map((d) => Date.parse(d.lastUpdatedOn)))
  return {
    properties: {
      ...record.request,
      policyAssignmentId: record.policyAssignmentId,
      resourceDiscoveryMode: record.resourceDiscoveryMode,
      provisioningState,
      createdOn: new Date(record.createdAtMs).toISOString(),
      lastUpdatedOn: new Date(lastUpdatedMs).toISOString(),
      deploymentStatus: {
        totalDeployments: record.deployments.length,
        successfulDeployments: done.length - failed,
        failedDeployments: failed
      },
      statusMessage: finished
        ? `Remediation ${provisioningState.toLowerCase()}: ${done.length - failed} succeeded, ${failed} failed.`
        : 'Remediation in progress.',
      correlationId: record.correlationId
    },
    id: record.id,
    name: record.name,
    type: 'Microsoft.PolicyInsights/remediations',
    systemData: { ...record.systemData, lastModifiedAt: new Date(lastUpdatedMs).toISOString() }
  }
}

export const deploymentBody = (d: RemediationDeployment): Record<string, unknown> => ({
  remediatedResourceId: d.resourceId,
  deploymentId: d.deploymentId,
  status: d.status,
  resourceLocation: d.resourceLocation,
  ...(d.error ? { error: d.error } : {}),
  createdOn: d.createdOn,
  lastUpdatedOn: d.lastUpdatedOn
})
