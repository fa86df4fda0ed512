import { ArmFailure, badRequest } from '../arm/arm-error.js'
import { normaliseScope, scopeKey } from '../fleet/scope.js'
import { BUILTIN_ROLES, roleGuidOf, tenantRoleDefinitionId } from './role-definitions.js'

const PROVIDER = '/providers/Microsoft.Authorization/roleAssignments/'
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface RoleAssignmentRecord {
  id: string
  name: string
  /** Simulated ms of its creation (`-Infinity` for the emulator's seeded assignments); not part of ARM's body. */
  createdAtMs: number
  properties: {
    roleDefinitionId: string
    principalId: string
    principalType: string
    scope: string
    description?: string
    condition?: string
    conditionVersion?: string
    createdOn: string
    updatedOn: string
    createdBy: string
    updatedBy: string
  }
}

export interface RoleAssignmentRequest {
  scope: string
  name: string
  roleDefinitionId: string
  principalId: string
  principalType?: string
  description?: string
  condition?: string
  conditionVersion?: string
  now: string
  /** Simulated ms of `now` (default: `now` parsed); `-Infinity` for assignments that always existed (seeded ones). */
  nowMs?: number
  caller: string
}

/** Role assignments by id, with Azure's uniqueness rule: one per (principal, role, scope). */
export class RoleAssignmentStore {
  private readonly assignments = new Map<string, RoleAssignmentRecord>()

  get(scope: string, name: string): RoleAssignmentRecord | undefined {
    return this.assignments.get(scopeKey(`${scope}${PROVIDER}${name}`))
  }

  all(): RoleAssignmentRecord[] {
    return [...this.assignments.values()]
  }

  /** Creates (created: true) or re-confirms an identical assignment (created: false). */
  put(request: RoleAssignmentRequest): { record: RoleAssignmentRecord; created: boolean } {
    if (!GUID.test(request.name)) {
      throw badRequest(
        'InvalidRoleAssignmentId',
        `The role assignment ID '${request.name}' is not valid. The role assignment ID must be a GUID.`
      )
    }
    const roleGuid = roleGuidOf(request.roleDefinitionId)
    if (!BUILTIN_ROLES[roleGuid]) {
      throw badRequest(
        'RoleDefinitionDoesNotExist',
        `The specified role definition with ID '${roleGuid.replaceAll('-', '')}' does not exist.`
      )
    }
    const scope = normaliseScope(request.scope)
    const id = `${scope}${PROVIDER}${request.name}`
    const existing = this.assignments.get(id.toLowerCase())
    if (existing) {
      const same =
        existing.properties.principalId.toLowerCase() === request.principalId.toLowerCase() &&
        roleGuidOf(existing.properties.roleDefinitionId) === roleGuid
      if (!same)
        throw badRequest(
          'RoleAssignmentUpdateNotPermitted',
          'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.'
        )
      return { record: existing, created: false }
    }
    const duplicate = this.all().find(
      (r) =>
        scopeKey(r.properties.scope) === scopeKey(scope) &&
        r.properties.principalId.toLowerCase() === request.principalId.toLowerCase() &&
        roleGuidOf(r.properties.roleDefinitionId) === roleGuid
    )
    if (duplicate) throw new ArmFailure(409, 'RoleAssignmentExists', 'The role assignment already exists.')
    const record: RoleAssignmentRecord = {
      id,
      name: request.name,
      createdAtMs: request.nowMs ?? Date.parse(request.now),
      properties: {
        roleDefinitionId: tenantRoleDefinitionId(roleGuid),
        principalId: request.principalId,
        principalType: request.principalType ?? 'ServicePrincipal',
        scope,
        ...(request.description !== undefined ? { description: request.description } : {}),
        ...(request.condition !== undefined
          ? { condition: request.condition, conditionVersion: request.conditionVersion ?? '2.0' }
          : {}),
        createdOn: request.now,
        updatedOn: request.now,
        createdBy: request.caller,
        updatedBy: request.caller
      }
    }
    this.assignments.set(id.toLowerCase(), record)
    return { record, created: true }
  }

  delete(scope: string, name: string): RoleAssignmentRecord | undefined {
    const key = scopeKey(`${scope}${PROVIDER}${name}`)
    const existing = this.assignments.get(key)
    this.assignments.delete(key)
    return existing
  }

  /**
   * True when the principal holds one of the roles at `scopeChain` (a scope and all above it); with `inEffectBy`, only
   * assignments created by then count (a role assignment takes effect some minutes after it is made).
   */
  holdsRole(
    principalId: string,
    roleDefinitionIds: readonly string[],
    scopeChain: readonly string[],
    inEffectBy = Number.POSITIVE_INFINITY
  ): boolean {
    const roles = roleDefinitionIds.map(roleGuidOf)
    return this.all().some(
      (r) =>
        r.properties.principalId.toLowerCase() === principalId.toLowerCase() &&
        roles.includes(roleGuidOf(r.properties.roleDefinitionId)) &&
        scopeChain.includes(scopeKey(r.properties.scope)) &&
        r.createdAtMs <= inEffectBy
    )
  }
}

export const roleAssignmentBody = (record: RoleAssignmentRecord): Record<string, unknown> => ({
  properties: { ...record.properties },
  id: record.id,
  type: 'Microsoft.Authorization/roleAssignments',
  name: record.name
})
