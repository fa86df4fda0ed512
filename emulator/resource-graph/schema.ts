/**
 * The declared schema of the Azure Resource Graph tables the product queries. The emulator binds every query
 * against it with Microsoft's Kusto language service, and the product's own tests do the same for every query it
 * can send (zero diagnostics), so a column or table the real service does not have is caught before Azure is.
 *
 * Columns: the standard set every Resource Graph row carries (Microsoft's "Resource Graph table and resource type
 * reference", learn.microsoft.com/azure/governance/resource-graph/reference/supported-tables-resources). `type` is
 * lower-cased in the data, `id` keeps ARM casing;
 * `properties`, `tags`, `sku`, `plan`, `identity`, `zones` and `extendedLocation` are dynamic.
 */

/** The Kusto scalar types a declared column may have. */
export type KqlScalarType =
  'string' | 'long' | 'int' | 'real' | 'decimal' | 'bool' | 'datetime' | 'timespan' | 'guid' | 'dynamic'

export interface KqlColumn {
  readonly name: string
  readonly type: KqlScalarType
}

export interface KqlTableSchema {
  /** The table's canonical (lower-case) name; queries may spell it in any casing, as Resource Graph allows. */
  readonly name: string
  readonly columns: readonly KqlColumn[]
}

export interface KqlSchema {
  readonly database: string
  readonly tables: readonly KqlTableSchema[]
}

/** The columns every Resource Graph row has, in the order the service returns them. */
export const RESOURCE_GRAPH_COLUMNS: readonly KqlColumn[] = [
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'tenantId', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'location', type: 'string' },
  { name: 'resourceGroup', type: 'string' },
  { name: 'subscriptionId', type: 'string' },
  { name: 'managedBy', type: 'string' },
  { name: 'sku', type: 'dynamic' },
  { name: 'plan', type: 'dynamic' },
  { name: 'properties', type: 'dynamic' },
  { name: 'tags', type: 'dynamic' },
  { name: 'identity', type: 'dynamic' },
  { name: 'zones', type: 'dynamic' },
  { name: 'extendedLocation', type: 'dynamic' }
]

/**
 * ARM's `systemData` (`createdAt`, `lastModifiedAt`…) on cluster rows. Whether Resource Graph returns it for these
 * types is unconfirmed (the fleet's rows carry it as this emulator's assumption), so the product reads it only through
 * `column_ifexists('systemData', …)`, which also works where the real service has no such column.
 */
const SYSTEM_DATA: KqlColumn = { name: 'systemData', type: 'dynamic' }

/**
 * `resources` (Arc and AKS clusters), `kubernetesconfigurationresources` (Flux extensions and configurations),
 * `policyresources` (policy states), `resourcecontainers` (subscriptions, resource groups, management groups) and
 * `authorizationresources` (role assignments), each with the standard columns.
 */
export const resourceGraphSchema: KqlSchema = {
  database: 'ResourceGraph',
  tables: [
    { name: 'resources', columns: [...RESOURCE_GRAPH_COLUMNS, SYSTEM_DATA] },
    { name: 'kubernetesconfigurationresources', columns: RESOURCE_GRAPH_COLUMNS },
    { name: 'policyresources', columns: RESOURCE_GRAPH_COLUMNS },
    { name: 'resourcecontainers', columns: RESOURCE_GRAPH_COLUMNS },
    { name: 'authorizationresources', columns: RESOURCE_GRAPH_COLUMNS }
  ]
}

/** The schema of a table by name, case-insensitively. */
export function findTableSchema(schema: KqlSchema, name: string): KqlTableSchema | undefined {
  const wanted = name.toLowerCase()
  return schema.tables.find((table) => table.name.toLowerCase() === wanted)
}
