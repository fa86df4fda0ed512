/**
 * The contract between the simulated fleet and the Resource Graph query engine: each table is a plain array of
 * row objects shaped like the rows Azure Resource Graph returns (standard columns `id, name, type, tenantId, kind,
 * location, resourceGroup, subscriptionId, managedBy, sku, plan, properties, tags, identity, zones,
 * extendedLocation`; `type` lower-cased, `id` in ARM casing). The arrays are rebuilt from the fleet on each call
 * to `fleet.tables()`; the engine must treat them as read-only.
 */
export type Row = Record<string, unknown>

// A type alias rather than an interface, so it is assignable to `Record<string, readonly Row[]>` (interfaces get no
// implicit index signature).
export type ResourceGraphTables = {
  /** Arc connected clusters and AKS managed clusters. */
  resources: Row[]
  /** Flux extensions (PascalCase properties, as Microsoft's samples read them) and Flux configurations (camelCase). */
  kubernetesconfigurationresources: Row[]
  /** One `microsoft.policyinsights/policystates` row per (cluster, assignment) evaluated. */
  policyresources: Row[]
  /**
   * Subscriptions, resource groups and management groups ("Resource Graph table and resource type reference":
   * ResourceContainers). A management group's row has no `subscriptionId`.
   */
  resourcecontainers?: Row[]
  /** Role assignments (the emulator's role-assignment store; see emulator/authorization/role-assignment-rows.ts). */
  authorizationresources?: Row[]
}

/** Table names as Resource Graph spells them (queries may use any casing; the engine matches case-insensitively). */
export const RESOURCE_GRAPH_TABLE_NAMES = [
  'resources',
  'kubernetesconfigurationresources',
  'policyresources',
  'resourcecontainers',
  'authorizationresources'
] as const

/**
 * Tables whose rows are built when first read (each builder runs at most once): the properties are enumerable
 * getters, so spreading the object or reading a table still gives its rows.
 */
export function lazyTables(builders: Iterable<readonly [string, () => Row[]]>): ResourceGraphTables {
  const tables = {}
  for (const [name, build] of builders) {
    let rows: Row[] | undefined
    Object.defineProperty(tables, name, { enumerable: true, get: () => (rows ??= build()) })
  }
  return tables as ResourceGraphTables
}

/** The tables with more added, without reading (building) any of them. */
export function withTables(tables: ResourceGraphTables, more: Record<string, () => Row[]>): ResourceGraphTables {
  return lazyTables([
    ...Object.keys(tables).map((name) => [name, () => tables[name as keyof ResourceGraphTables] ?? []] as const),
    ...Object.entries(more)
  ])
}
