import { parseScope } from '../config/scope.js'

/** One paged list call: a management group at exactly its scope, or a subscription or group with its children. */
export interface ScopeRead {
  scope: string
  withChildren: boolean
}

/**
 * The reads that cover every scope the files use or grant: each subscription or resource group with its
 * children (so an assignment whose source was removed is still seen), each management group exactly, and the
 * subscriptions the platform file declares under granted management groups. A scope inside another read's
 * subscription or group is not read again.
 */
export function scopesToRead(
  desiredScopes: readonly string[],
  grantedScopes: readonly string[],
  declaredSubscriptions: readonly string[] = []
): ScopeRead[] {
  const scopes = new Map<string, string>()
  for (const scope of [...desiredScopes, ...grantedScopes, ...declaredSubscriptions]) {
    const parsed = parseScope(scope)
    if (parsed) scopes.set(parsed.id.toLowerCase(), parsed.id)
  }
  const all = [...scopes.values()]
  const coveredBy = (inner: string, outer: string) =>
    inner.toLowerCase().startsWith(`${outer.toLowerCase()}/`) && parseScope(outer)!.kind !== 'managementGroup'
  return all
    .filter((scope) => !all.some((other) => coveredBy(scope, other)))
    .sort()
    .map((scope) => ({ scope, withChildren: parseScope(scope)!.kind !== 'managementGroup' }))
}
