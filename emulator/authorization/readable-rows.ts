import type { EmulatorContext } from '../emulator-context.js'
import { managementGroupScope, resourceGroupScope, subscriptionScope } from '../fleet/scope.js'
import { lazyTables, type ResourceGraphTables, type Row } from '../fleet/tables.js'
import { grantsAllow, grantsAt } from './access-check.js'

/**
 * Resource Graph never answers 403 for lack of rights: "Permissions in Azure Resource Graph" (learn.microsoft.com/
 * azure/governance/resource-graph/overview): "To use Resource Graph, you must have appropriate rights in Azure RBAC
 * with at least read access to the resources you want to query. Without at least read permissions to the Azure
 * object or object group, results aren't returned." So a row stays when the caller may read its type (`{type}/read`)
 * at its resource group (or subscription); the tables are returned as they are when it may read everything from the
 * top management group.
 */
export function readableTables(
  context: EmulatorContext,
  principalId: string,
  tables: ResourceGraphTables = context.fleet.tables()
): ResourceGraphTables {
  if (!context.settings.checkCallerPermissions) return tables
  const effectiveAt = {
    now: context.clock.now(),
    propagationDelayMs: context.settings.roleAssignmentPropagationDelayMs
  }
  const grantsFor = (scope: string) =>
    grantsAt(context.roleAssignments, context.fleet, principalId, scope, { effectiveAt })
  const top = grantsFor(managementGroupScope(context.fleet.rootManagementGroup.name))
  const memo = new Map<string, boolean>()
  const readable = (row: Row): boolean => {
    const subscriptionId = String(row.subscriptionId ?? '')
    const resourceGroup = typeof row.resourceGroup === 'string' && row.resourceGroup !== '' ? row.resourceGroup : ''
    // A row outside any subscription (a management group's own row) is checked at that row's id.
    const scope = resourceGroup
      ? resourceGroupScope(subscriptionId, resourceGroup)
      : subscriptionId
        ? subscriptionScope(subscriptionId)
        : String(row.id ?? '')
    const key = `${scope.toLowerCase()}|${String(row.type ?? '')}`
    let allowed = memo.get(key)
    if (allowed === undefined) {
      allowed = grantsAllow(grantsFor(scope), `${String(row.type ?? '')}/read`)
      memo.set(key, allowed)
    }
    return allowed
  }
  // Table by table, when a query first reads it (a table may itself be built only then, see SimulatedFleet.tables):
  // as it is when the caller may read all its types from the top management group, else row by row.
  const readableRows = (rows: readonly Row[]): Row[] =>
    [...typesOf(rows)].every((type) => grantsAllow(top, `${type}/read`)) ? (rows as Row[]) : rows.filter(readable)
  return lazyTables(
    Object.keys(tables).map((name) => [name, () => readableRows(tables[name as keyof ResourceGraphTables] ?? [])])
  )
}

/** The types of a table's rows, once per row array (the fleet rebuilds its arrays when it changes). */
const typesByRows = new WeakMap<readonly Row[], Set<string>>()

function typesOf(rows: readonly Row[]): Set<string> {
  let types = typesByRows.get(rows)
  if (!types) {
    types = new Set(rows.map((row) => String(row.type ?? '')))
    typesByRows.set(rows, types)
  }
  return types
}
