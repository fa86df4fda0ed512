import type { KqlColumnType } from './syntax-tree.js'
import type { Row } from './table.js'
import { toJsonValue } from './values.js'

/** Resource Graph's column types in the `table` result format. */
const TABLE_TYPES: Record<string, string> = {
  string: 'string',
  guid: 'string',
  timespan: 'string',
  long: 'integer',
  int: 'integer',
  real: 'number',
  decimal: 'number',
  bool: 'boolean',
  datetime: 'datetime',
  dynamic: 'object'
}

/** Rows as the `objectArray` format sends them: one object per row, columns in order, Kusto's JSON for each value. */
export function objectArray(rows: readonly Row[], columns: readonly KqlColumnType[]): Row[] {
  return rows.map((row) => {
    const out: Row = {}
    for (const column of columns) out[column.name] = toJsonValue(row[column.name], column.type)
    return out
  })
}

/** Rows as the `table` format sends them. */
export function tableFormat(
  rows: readonly Row[],
  columns: readonly KqlColumnType[]
): { columns: { name: string; type: string }[]; rows: unknown[][] } {
  return {
    columns: columns.map((c) => ({ name: c.name, type: TABLE_TYPES[c.type] ?? 'object' })),
    rows: rows.map((row) => columns.map((c) => toJsonValue(row[c.name], c.type)))
  }
}

/** Resource Graph cannot page a result whose columns are all dynamic (or null). */
export function isPageable(columns: readonly KqlColumnType[]): boolean {
  return columns.some((c) => c.type !== 'dynamic')
}
