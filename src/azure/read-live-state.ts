import type { PolicyAssignment } from '@azure/arm-policy'
import { parseScope } from '../config/scope.js'
import type { LiveAssignment } from '../plan/live-assignment.js'
import type { AzureClients } from './clients.js'
import { toLiveAssignment } from './live-assignments.js'

/** One paged list call: a management group at exactly its scope, or a subscription or group with its children. */
export interface ScopeRead {
  scope: string
  withChildren: boolean
}

/**
 * Reads the policy assignments at every scope the tool may have written to: one paged list per read, never
 * one GET per assignment. Reads run concurrently; the result is deduplicated by id.
 */
export async function readLiveAssignments(clients: AzureClients, reads: readonly ScopeRead[]): Promise<LiveAssignment[]> {
  const pages = await Promise.all(reads.map((read) => listAssignments(clients, read)))
  const byId = new Map<string, LiveAssignment>()
  for (const assignment of pages.flat().map(toLiveAssignment)) byId.set(assignment.id.toLowerCase(), assignment)
  return [...byId.values()]
}

async function listAssignments(clients: AzureClients, { scope, withChildren }: ScopeRead): Promise<PolicyAssignment[]> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot read assignments at '${scope}': not a scope id.`)
  // Without a filter, a subscription or resource-group list includes the assignments of its children.
  const options = withChildren ? {} : { filter: 'atExactScope()' }
  const iterator =
    parsed.kind === 'managementGroup'
      ? clients.policy().policyAssignments.listForManagementGroup(parsed.managementGroup!, { filter: 'atExactScope()' })
      : parsed.kind === 'subscription'
        ? clients.policy(parsed.subscription).policyAssignments.list(options)
        : clients.policy(parsed.subscription).policyAssignments.listForResourceGroup(parsed.resourceGroup!, options)
  const all: PolicyAssignment[] = []
  for await (const assignment of iterator) all.push(assignment)
  return all
}

/**
 * The reads that cover every scope the files use or grant: each subscription or resource group with its
 * children (so an assignment whose source was removed is still seen), each management group exactly, and the
 * subscriptions the platform file declares under granted management groups. A scope inside another read's
 * subscription or group is not read again.
 */
export function scopesToRead(desiredScopes: readonly string[], grantedScopes: readonly string[], declaredSubscriptions: readonly string[] = []): ScopeRead[] {
  const scopes = new Map<string, string>()
  for (const scope of [...desiredScopes, ...grantedScopes, ...declaredSubscriptions]) {
    const parsed = parseScope(scope)
    if (parsed) scopes.set(parsed.id.toLowerCase(), parsed.id)
  }
  const all = [...scopes.values()]
  const coveredBy = (inner: string, outer: string) => inner.toLowerCase().startsWith(`${outer.toLowerCase()}/`) && parseScope(outer)!.kind !== 'managementGroup'
  return all
    .filter((scope) => !all.some((other) => coveredBy(scope, other)))
    .sort()
    .map((scope) => ({ scope, withChildren: parseScope(scope)!.kind !== 'managementGroup' }))
}
