import { parseScope } from '../config/scope.js'
import { kqlString } from './kql-literals.js'

/**
 * A source's exclusions (`notScopes`) as lower-case subscription, resource-group or cluster ids, sorted; an excluded
 * management group stands for the subscriptions below it (`subscriptionsUnder`, read from Resource Graph).
 */
export function exclusionKeys(
  notScopes: readonly string[],
  subscriptionsUnder: ReadonlyMap<string, readonly string[]>
): string[] {
  const keys = new Set<string>()
  for (const notScope of notScopes) {
    const parsed = parseScope(notScope)
    if (parsed?.kind === 'managementGroup') {
      for (const id of subscriptionsUnder.get(parsed.managementGroup!.toLowerCase()) ?? [])
        keys.add(`/subscriptions/${id.toLowerCase()}`)
    } else {
      keys.add(notScope.toLowerCase().replace(/\/+$/, ''))
    }
  }
  return [...keys].sort()
}

/** Exclusion keys as KQL tests, each compared with the query's column of its kind (`subscriptionKey`, …). */
export function exclusionTests(keys: readonly string[]): string[] {
  const kindOf = (key: string): string =>
    key.includes('/providers/')
      ? 'clusterId'
      : key.includes('/resourcegroups/')
        ? 'resourceGroupKey'
        : 'subscriptionKey'
  return ['subscriptionKey', 'resourceGroupKey', 'clusterId'].flatMap((column) => {
    const matching = keys.filter((key) => kindOf(key) === column)
    return matching.length > 0 ? [`${column} in (${matching.map(kqlString).join(', ')})`] : []
  })
}
