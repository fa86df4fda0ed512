import { createHash } from 'node:crypto'
import type { AzureClients } from './clients.js'
import { sdkScope, subscriptionOf } from './scope-path.js'
import { errorCode } from './rest-error.js'

export interface RetrySchedule {
  /** Waits between tries while a new identity replicates (PrincipalNotFound). */
  principalNotFoundDelaysMs: readonly number[]
  sleep(ms: number): Promise<void>
}

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  principalNotFoundDelaysMs: [2_000, 4_000, 8_000, 15_000, 30_000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/** A role assignment's name must be a GUID; deriving it from what it grants makes the PUT idempotent. */
export function roleAssignmentName(scope: string, principalId: string, roleDefinitionId: string): string {
  const hex = createHash('sha1')
    .update(`${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleDefinitionId.split('/').pop()!.toLowerCase()}`)
    .digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Grants a role; tolerates an existing identical grant, and waits out replication of a brand-new identity. */
export async function grantRole(
  clients: AzureClients,
  scope: string,
  principalId: string,
  roleDefinitionId: string,
  retry: RetrySchedule
): Promise<'created' | 'existed'> {
  const client = clients.authorization(subscriptionOf(scope))
  const name = roleAssignmentName(scope, principalId, roleDefinitionId)
  for (let attempt = 0; ; attempt++) {
    try {
      await client.roleAssignments.create(sdkScope(scope), name, {
        principalId,
        roleDefinitionId,
        principalType: 'ServicePrincipal'
      })
      return 'created'
    } catch (error) {
      const code = errorCode(error)
      if (code === 'RoleAssignmentExists') return 'existed'
      const delay = retry.principalNotFoundDelaysMs[attempt]
      if (code !== 'PrincipalNotFound' || delay === undefined) throw error
      await retry.sleep(delay)
    }
  }
}

export async function roleGrantsAt(
  clients: AzureClients,
  scope: string
): Promise<Array<{ principalId: string; roleDefinitionId: string }>> {
  const grants: Array<{ principalId: string; roleDefinitionId: string }> = []
  for await (const r of clients
    .authorization(subscriptionOf(scope))
    .roleAssignments.listForScope(sdkScope(scope), { filter: 'atScope()' })) {
    if (r.principalId && r.roleDefinitionId && (r.scope ?? '').toLowerCase() === scope.toLowerCase())
      grants.push({ principalId: r.principalId, roleDefinitionId: r.roleDefinitionId })
  }
  return grants
}

export async function revokeRoles(
  clients: AzureClients,
  principalId: string,
  scopes: readonly string[],
  roleDefinitionIds?: readonly string[]
): Promise<number> {
  const guid = (id: string) => id.split('/').pop()!.toLowerCase()
  const onlyRoles = roleDefinitionIds?.map(guid)
  let removed = 0
  for (const scope of scopes) {
    const client = clients.authorization(subscriptionOf(scope))
    for await (const r of client.roleAssignments.listForScope(sdkScope(scope), {
      filter: `principalId eq '${principalId}'`
    })) {
      if (r.principalId !== principalId || !r.name || (r.scope ?? '').toLowerCase() !== scope.toLowerCase()) continue
      if (onlyRoles && !onlyRoles.includes(guid(r.roleDefinitionId ?? ''))) continue
      await client.roleAssignments.delete(sdkScope(scope), r.name)
      removed++
    }
  }
  return removed
}
