/** An Azure scope as the emulator understands it. */
export type ParsedScope =
  | { kind: 'tenant' }
  | { kind: 'managementGroup'; managementGroup: string }
  | { kind: 'subscription'; subscriptionId: string }
  | { kind: 'resourceGroup'; subscriptionId: string; resourceGroup: string }
  | { kind: 'resource'; subscriptionId: string; resourceGroup: string; resourceId: string }

const MANAGEMENT_GROUP = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)$/i
const SUBSCRIPTION = /^\/subscriptions\/([^/]+)$/i
const RESOURCE_GROUP = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)$/i
const RESOURCE = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/providers\/.+$/i

/**
 * Reads `/providers/Microsoft.Management/managementGroups/m`, `/subscriptions/s[/resourceGroups/r[/providers/...]]` or
 * `` (tenant).
 */
export function parseScope(scope: string): ParsedScope | undefined {
  const normalised = normaliseScope(scope)
  if (normalised === '') return { kind: 'tenant' }
  let match = MANAGEMENT_GROUP.exec(normalised)
  if (match?.[1]) return { kind: 'managementGroup', managementGroup: match[1] }
  match = SUBSCRIPTION.exec(normalised)
  if (match?.[1]) return { kind: 'subscription', subscriptionId: match[1] }
  match = RESOURCE_GROUP.exec(normalised)
  if (match?.[1] && match[2]) return { kind: 'resourceGroup', subscriptionId: match[1], resourceGroup: match[2] }
  match = RESOURCE.exec(normalised)
  if (match?.[1] && match[2])
    return { kind: 'resource', subscriptionId: match[1], resourceGroup: match[2], resourceId: normalised }
  return undefined
}

/** One leading slash, no trailing or repeated slashes (`subscriptions/x/` → `/subscriptions/x`); `` for the tenant. */
export function normaliseScope(scope: string): string {
  const segments = scope.split('/').filter((s) => s !== '')
  return segments.length === 0 ? '' : `/${segments.join('/')}`
}

export const managementGroupScope = (name: string): string => `/providers/Microsoft.Management/managementGroups/${name}`
export const subscriptionScope = (subscriptionId: string): string => `/subscriptions/${subscriptionId}`
export const resourceGroupScope = (subscriptionId: string, resourceGroup: string): string =>
  `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`

/** Case-insensitive comparison key of a scope or resource id. */
export const scopeKey = (scope: string): string => normaliseScope(scope).toLowerCase()
