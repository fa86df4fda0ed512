/** Where a remediation task is and how far it got (read by the Azure adapter, src/azure/remediation-status.ts). */
export interface RemediationStatus {
  id: string
  state: string
  total: number
  succeeded: number
  failed: number
}

export interface ClusterDeployment {
  resourceId: string
  status: string
  error?: string
  /** Azure's error code of a failed deployment (`AuthorizationFailed`, `DeploymentFailed`, …). */
  code?: string
}

export const FINAL_REMEDIATION_STATES = ['Succeeded', 'Failed', 'Canceled', 'Complete']
