import type { PolicyAssignment } from '@azure/arm-policy'
import { parseScope } from '../config/scope.js'
import type { LiveAssignment } from '../plan/live-assignment.js'
import type { AzureClients } from './clients.js'
import { toLiveAssignment } from './live-assignments.js'

/**
 * Reads every policy assignment made exactly at each scope: one paged, filtered list per scope, never one GET
 * per assignment. Scopes are read concurrently; the result is deduplicated by id.
 */
export async function readLiveAssignments(clients: AzureClients, scopes: readonly string[]): Promise<LiveAssignment[]> {
  const pages = await Promise.all(scopes.map((scope) => listAtExactScope(clients, scope)))
  const byId = new Map<string, LiveAssignment>()
  for (const assignment of pages.flat().map(toLiveAssignment)) byId.set(assignment.id.toLowerCase(), assignment)
  return [...byId.values()]
}

async function listAtExactScope(clients: AzureClients, scope: string): Promise<PolicyAssignment[]> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot read assignments at '${scope}': not a scope id.`)
  const filter = 'atExactScope()'
  const iterator =
    parsed.kind === 'managementGroup'
      ? clients.policy().policyAssignments.listForManagementGroup(parsed.managementGroup!, { filter })
      : parsed.kind === 'subscription'
        ? clients.policy(parsed.subscription).policyAssignments.list({ filter })
        : clients.policy(parsed.subscription).policyAssignments.listForResourceGroup(parsed.resourceGroup!, { filter })
  const all: PolicyAssignment[] = []
  for await (const assignment of iterator) all.push(assignment)
  return all
}

/** The scopes to read: each desired scope and each scope granted to a team (to find what was removed there). */
export function scopesToRead(desiredScopes: readonly string[], grantedScopes: readonly string[]): string[] {
  const unique = new Map<string, string>()
  for (const scope of [...desiredScopes, ...grantedScopes]) {
    const parsed = parseScope(scope)
    if (parsed) unique.set(parsed.id.toLowerCase(), parsed.id)
  }
  return [...unique.values()].sort()
}
