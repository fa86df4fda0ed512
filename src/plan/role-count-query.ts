import type { ResourceGraphQuery } from '../resource-graph/resource-graph-runner.js'
import { parseScope } from '../config/scope.js'
import type { PlannedRoleAssignment } from './plan.js'

/** Subscriptions per request (the REST API's limit) and management groups per request (Resource Graph's). */
const SUBSCRIPTIONS_PER_REQUEST = 1000
const MANAGEMENT_GROUPS_PER_REQUEST = 10

/**
 * Existing role assignments per subscription (every scope in it: the subscription, its resource groups, resources)
 * and per management group (assignments made exactly there), the two units of Azure's limits
 * (learn.microsoft.com/azure/role-based-access-control/troubleshoot-limits: 4,000 per subscription, management-group
 * assignments not included; 500 per management group). Rows of `authorizationresources` as Microsoft's announcement
 * of the table queries them (type `microsoft.authorization/roleassignments`, `properties.scope`); a management-group
 * assignment has no `subscriptionId`.
 */
export const ROLE_COUNT_QUERY = `authorizationresources
| where type =~ 'microsoft.authorization/roleassignments'
| extend key = iff(isempty(subscriptionId), tolower(tostring(properties.scope)), strcat('/subscriptions/', tolower(subscriptionId)))
| summarize assignments = count() by key
| order by key asc`

export interface RoleCountQuery extends ResourceGraphQuery {
  /** The keys (`/subscriptions/<id>`, or a management group's id, lower case) this request answers for. */
  keys: Set<string>
}

/** The requests that count existing role assignments where the plan creates some: none when it creates none. */
export function roleCountQueries(roles: readonly PlannedRoleAssignment[]): RoleCountQuery[] {
  const subscriptions = new Set<string>()
  const groups = new Map<string, string>()
  for (const role of roles) {
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(role.scope)?.[1]
    const scope = parseScope(role.scope)
    if (subscription) subscriptions.add(subscription.toLowerCase())
    else if (scope?.kind === 'managementGroup') groups.set(scope.managementGroup!.toLowerCase(), scope.managementGroup!)
  }
  const queries: RoleCountQuery[] = []
  const sorted = [...subscriptions].sort()
  for (let i = 0; i < sorted.length; i += SUBSCRIPTIONS_PER_REQUEST) {
    const batch = sorted.slice(i, i + SUBSCRIPTIONS_PER_REQUEST)
    queries.push({
      scope: { subscriptions: batch },
      query: ROLE_COUNT_QUERY,
      keys: new Set(batch.map((s) => `/subscriptions/${s}`))
    })
  }
  const names = [...groups.values()].sort()
  for (let i = 0; i < names.length; i += MANAGEMENT_GROUPS_PER_REQUEST) {
    const batch = names.slice(i, i + MANAGEMENT_GROUPS_PER_REQUEST)
    queries.push({
      scope: { managementGroups: batch },
      query: ROLE_COUNT_QUERY,
      keys: new Set(batch.map((g) => `/providers/microsoft.management/managementgroups/${g.toLowerCase()}`))
    })
  }
  return queries
}
