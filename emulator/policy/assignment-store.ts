import { randomUUID } from 'node:crypto'
import type { PrincipalDirectory } from '../authorization/principal-directory.js'
import { pseudoGuid } from '../fleet/fleet-rows.js'
import { normaliseScope, scopeKey } from '../fleet/scope.js'
import type { AssignmentIdentity, PolicyAssignmentRecord } from './assignment-record.js'
import type { ValidAssignment } from './assignment-validation.js'

const PROVIDER = '/providers/Microsoft.Authorization/policyAssignments/'

export interface AssignmentWrite {
  scope: string
  name: string
  valid: ValidAssignment
  /** Simulated now, in ms. */
  now: number
  /** Object id of the caller (systemData.createdBy). */
  caller: string
}

/**
 * Policy assignments by id. Creating one with a system-assigned identity creates that identity (a fresh
 * principalId, registered in the directory at the simulated time so role assignments see the replication delay).
 */
export class AssignmentStore {
  private readonly assignments = new Map<string, PolicyAssignmentRecord>()

  constructor(
    private readonly tenantId: string,
    private readonly directory: PrincipalDirectory,
    private readonly onChange: () => void
  ) {}

  get(scope: string, name: string): PolicyAssignmentRecord | undefined {
    return this.assignments.get(scopeKey(`${scope}${PROVIDER}${name}`))
  }

  byId(id: string): PolicyAssignmentRecord | undefined {
    return this.assignments.get(scopeKey(id))
  }

  all(): PolicyAssignmentRecord[] {
    return [...this.assignments.values()]
  }

  put(write: AssignmentWrite): { record: PolicyAssignmentRecord; created: boolean } {
    const scope = normaliseScope(write.scope)
    const id = `${scope}${PROVIDER}${write.name}`
    const existing = this.assignments.get(id.toLowerCase())
    const iso = new Date(write.now).toISOString()
    const record: PolicyAssignmentRecord = {
      id,
      name: write.name,
      properties: {
        ...write.valid.properties,
        // Azure Policy stamps who created and updated an assignment into its metadata, next to the caller's keys.
        metadata: {
          ...write.valid.properties.metadata,
          createdBy: existing?.properties.metadata?.createdBy ?? write.caller,
          createdOn: existing?.properties.metadata?.createdOn ?? iso,
          updatedBy: existing ? write.caller : null,
          updatedOn: existing ? iso : null
        },
        scope,
        instanceId: existing?.properties.instanceId ?? randomUUID()
      },
      systemData: {
        createdBy: existing?.systemData.createdBy ?? write.caller,
        createdByType: 'Application',
        createdAt: existing?.systemData.createdAt ?? iso,
        lastModifiedBy: write.caller,
        lastModifiedByType: 'Application',
        lastModifiedAt: iso
      },
      createdAtMs: existing?.createdAtMs ?? write.now
    }
    if (write.valid.location !== undefined) record.location = write.valid.location
    const identity = this.identityFor(write.valid, existing?.identity, write.now)
    if (identity) record.identity = identity
    this.assignments.set(id.toLowerCase(), record)
    this.onChange()
    return { record, created: existing === undefined }
  }

  delete(scope: string, name: string): PolicyAssignmentRecord | undefined {
    const key = scopeKey(`${scope}${PROVIDER}${name}`)
    const existing = this.assignments.get(key)
    if (!existing) return undefined
    this.assignments.delete(key)
    if (existing.identity?.type === 'SystemAssigned' && existing.identity.principalId)
      this.directory.remove(existing.identity.principalId)
    this.onChange()
    return existing
  }

  private identityFor(
    valid: ValidAssignment,
    previous: AssignmentIdentity | undefined,
    now: number
  ): AssignmentIdentity | undefined {
    const keepsSystemIdentity =
      valid.identityType === 'SystemAssigned' && previous?.type === 'SystemAssigned' && previous.principalId
    if (previous?.type === 'SystemAssigned' && previous.principalId && !keepsSystemIdentity)
      this.directory.remove(previous.principalId)
    switch (valid.identityType) {
      case undefined:
        return undefined
      case 'None':
        return { type: 'None' }
      case 'SystemAssigned': {
        const principalId = keepsSystemIdentity ? (previous.principalId as string) : randomUUID()
        if (!keepsSystemIdentity) this.directory.add(principalId, now, 'ManagedIdentity')
        return { type: 'SystemAssigned', principalId, tenantId: this.tenantId }
      }
      case 'UserAssigned': {
        const userAssignedIdentities = Object.fromEntries(
          valid.userAssignedIdentityIds.map((id) => {
            const principalId = pseudoGuid(id.toLowerCase())
            this.directory.add(principalId, Number.NEGATIVE_INFINITY, 'ManagedIdentity')
            return [id, { principalId, clientId: pseudoGuid(`${id.toLowerCase()}#client`) }]
          })
        )
        return { type: 'UserAssigned', userAssignedIdentities }
      }
    }
  }
}
