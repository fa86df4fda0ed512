import type { PolicyAssignment } from '@azure/arm-policy'
import { parseScope } from '../config/scope.js'
import type { LiveAssignment } from '../plan/live-assignment.js'
import type { ScopeRead } from '../plan/scopes-to-read.js'
import type { AzureClients } from './clients.js'
import { toLiveAssignment } from './live-assignments.js'
import { errorCode } from './rest-error.js'

/**
 * Reads the policy assignments at every scope the tool may have written to: one paged list per read, never
 * one GET per assignment. Reads run concurrently; the result is deduplicated by id.
 */
export async function readLiveAssignments(
  clients: AzureClients,
  reads: readonly ScopeRead[]
): Promise<LiveAssignment[]> {
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
  try {
    for await (const assignment of iterator) all.push(assignment)
  } catch (error) {
    // A scope that does not exist holds no assignments; the plan reports it (scope-not-found) from its own read.
    if (SCOPE_NOT_FOUND.has(errorCode(error) ?? '')) return []
    throw error
  }
  return all
}

const SCOPE_NOT_FOUND = new Set(['ResourceGroupNotFound', 'SubscriptionNotFound'])
