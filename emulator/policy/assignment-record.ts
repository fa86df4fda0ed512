/** A stored policy assignment, in the wire shape of api-version 2025-03-01 (`properties` nested). */
export interface AssignmentIdentity {
  type: 'SystemAssigned' | 'UserAssigned' | 'None'
  principalId?: string
  tenantId?: string
  userAssignedIdentities?: Record<string, { principalId: string; clientId: string }>
}

export interface AssignmentProperties {
  displayName?: string
  description?: string
  metadata?: Record<string, unknown>
  policyDefinitionId: string
  definitionVersion?: string
  parameters: Record<string, { value: unknown }>
  enforcementMode: string
  notScopes: string[]
  nonComplianceMessages?: unknown[]
  resourceSelectors?: unknown[]
  overrides?: unknown[]
  assignmentType?: string
  scope: string
  instanceId: string
}

export interface PolicyAssignmentRecord {
  id: string
  name: string
  location?: string
  identity?: AssignmentIdentity
  properties: AssignmentProperties
  systemData: {
    createdBy: string
    createdByType: string
    createdAt: string
    lastModifiedBy: string
    lastModifiedByType: string
    lastModifiedAt: string
  }
  /** Simulated ms of creation (for ordering and policy-state timestamps). */
  createdAtMs: number
}

/** The response body: id, type, name, location, identity, properties, systemData. */
export function assignmentBody(record: PolicyAssignmentRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: record.id,
    type: 'Microsoft.Authorization/policyAssignments',
    name: record.name
  }
  if (record.location !== undefined) body.location = record.location
  if (record.identity !== undefined) body.identity = structuredClone(record.identity)
  body.properties = structuredClone(record.properties)
  body.systemData = { ...record.systemData }
  return body
}
