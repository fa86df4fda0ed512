/** Azure scope ids as the tool understands them: parsing, normalising and containment. Pure. */
export type ScopeKind = 'managementGroup' | 'subscription' | 'resourceGroup'

export interface Scope {
  kind: ScopeKind
  /** Canonical id: canonical segment casing, names as written. */
  id: string
  managementGroup?: string
  subscription?: string
  resourceGroup?: string
}

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
const MG_NAME = '[-\\w.()]{1,90}'
const RG_NAME = '[-\\w.()]{0,89}[-\\w()]'
const MG_RE = new RegExp(`^/providers/Microsoft\\.Management/managementGroups/(${MG_NAME})$`, 'i')
const SUB_RE = new RegExp(`^/subscriptions/(${GUID})$`, 'i')
const RG_RE = new RegExp(`^/subscriptions/(${GUID})/resourceGroups/(${RG_NAME})$`, 'i')
const RESOURCE_RE = new RegExp(
  `^/subscriptions/(${GUID})(/resourceGroups/(${RG_NAME})(/providers/[^/]+(/[^/]+/[^/]+)+)?)?$`,
  'i'
)

export const SCOPE_FORMS = [
  '/providers/Microsoft.Management/managementGroups/<group>',
  '/subscriptions/<subscription-guid>',
  '/subscriptions/<subscription-guid>/resourceGroups/<group>'
]

export function parseScope(id: string): Scope | undefined {
  let m = MG_RE.exec(id)
  if (m)
    return {
      kind: 'managementGroup',
      id: `/providers/Microsoft.Management/managementGroups/${m[1]}`,
      managementGroup: m[1]
    }
  m = SUB_RE.exec(id)
  if (m) return { kind: 'subscription', id: `/subscriptions/${m[1]!.toLowerCase()}`, subscription: m[1]!.toLowerCase() }
  m = RG_RE.exec(id)
  if (m) {
    const subscription = m[1]!.toLowerCase()
    return {
      kind: 'resourceGroup',
      id: `/subscriptions/${subscription}/resourceGroups/${m[2]}`,
      subscription,
      resourceGroup: m[2]
    }
  }
  return undefined
}

/** True for any ARM id at or below a subscription (a subscription, group or resource): what notScopes may hold. */
export function isResourceId(id: string): boolean {
  return RESOURCE_RE.test(id) || MG_RE.test(id)
}

export const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** The management-group tree the platform file declares: child id (lowercase) → parent group names. */
export interface Hierarchy {
  parentsOf(id: string): string[]
  /** A group named as a key of `managementGroups`: its declared place in the tree is complete. */
  isDeclaredGroup(id: string): boolean
}

export function hierarchyFrom(managementGroups: Record<string, string[]> | undefined): Hierarchy {
  const parents = new Map<string, string[]>()
  for (const [group, children] of Object.entries(managementGroups ?? {})) {
    for (const child of children) {
      const key = (parseScope(child)?.id ?? child).toLowerCase()
      parents.set(key, [...(parents.get(key) ?? []), group])
    }
  }
  const declared = new Set(
    Object.keys(managementGroups ?? {}).map(
      (g) => `/providers/microsoft.management/managementgroups/${g.toLowerCase()}`
    )
  )
  return {
    parentsOf: (id) => parents.get(id.toLowerCase()) ?? [],
    isDeclaredGroup: (id) => declared.has(id.toLowerCase())
  }
}

export type Containment = 'inside' | 'outside' | 'unknown'

/** Whether `inner` (any id) lies at or below `outer` (a scope id). */
export function contains(outer: string, inner: string, hierarchy: Hierarchy): Containment {
  const o = outer.toLowerCase()
  const i = inner.toLowerCase()
  if (i === o || i.startsWith(`${o}/`)) return 'inside'
  const outerScope = parseScope(outer)
  if (outerScope?.kind !== 'managementGroup') return 'outside'
  const subscription = /^\/subscriptions\/[^/]+/.exec(i)?.[0]
  const start = subscription ?? (MG_RE.test(inner) ? i : undefined)
  if (!start) return 'outside'
  return reachesGroup(start, outerScope.managementGroup!.toLowerCase(), hierarchy, new Set())
}

function reachesGroup(id: string, group: string, hierarchy: Hierarchy, seen: Set<string>): Containment {
  if (seen.has(id)) return 'outside'
  seen.add(id)
  const parents = hierarchy.parentsOf(id)
  // A declared group that is nobody's child sits under the tenant root; anything else undeclared is unknown.
  if (parents.length === 0) return hierarchy.isDeclaredGroup(id) ? 'outside' : 'unknown'
  let result: Containment = 'outside'
  for (const parent of parents) {
    if (parent.toLowerCase() === group) return 'inside'
    const up = reachesGroup(
      `/providers/microsoft.management/managementgroups/${parent.toLowerCase()}`,
      group,
      hierarchy,
      seen
    )
    if (up === 'inside') return 'inside'
    if (up === 'unknown') result = 'unknown'
  }
  return result
}

/** Two assignment scopes overlap when either contains the other and the inner one is not excluded. */
export function overlaps(
  a: { scope: string; exclude?: string[] },
  b: { scope: string; exclude?: string[] },
  hierarchy: Hierarchy
): boolean {
  const within = (outer: typeof a, inner: typeof a) =>
    contains(outer.scope, inner.scope, hierarchy) !== 'outside' &&
    !(outer.exclude ?? []).some((ex) => contains(ex, inner.scope, hierarchy) === 'inside')
  return within(a, b) || within(b, a)
}
