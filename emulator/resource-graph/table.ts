import type { KqlColumnType } from './syntax-tree.js'

/** A row: column name → value. Base-table rows are the fleet's own objects and are never mutated. */
export type Row = Record<string, unknown>

/** A tabular value: its columns (names and Kusto types, in order) and its rows. */
export interface Table {
  readonly columns: readonly KqlColumnType[]
  readonly rows: readonly Row[]
}

/** What a compiled query needs while it runs. */
export interface Runtime {
  /** `now()` for the whole query, in epoch milliseconds. */
  readonly now: number
  /** The rows of a database table, by canonical (lower-case) name. */
  table(name: string): readonly Row[]
  /** Memo for `let` values, so each is evaluated once per run. */
  readonly lets: Map<string, unknown>
}

/** Reads a column from a row: strings are never null in Kusto (missing → ''), other types are null when missing. */
export function columnReader(name: string, type: string | undefined): (row: Row) => unknown {
  if (type === 'string') {
    return (row) => {
      const value = row[name]
      return value === undefined || value === null ? '' : value
    }
  }
  return (row) => {
    const value = row[name]
    return value === undefined ? null : value
  }
}

/** Copies the named columns of a row into a new row. */
export function pickColumns(row: Row, names: readonly string[]): Row {
  const picked: Row = {}
  for (const name of names) picked[name] = row[name]
  return picked
}
