import { analyzeOrThrow } from './analyze.js'
import { compileQueryBlock, type CompiledQuery } from './compile-query.js'
import { subsetViolation } from './subset-check.js'
import { resourceGraphSchema, type KqlSchema } from './schema.js'
import { toKqlNode } from './syntax-tree.js'
import type { Row, Table } from './table.js'

/** Rows of each database table, by name (matched case-insensitively). */
export type KqlTables = Readonly<Record<string, readonly Row[]>>

export interface EvaluateOptions {
  /** `now()` for the query, epoch ms (default: the real clock). */
  now?: number
  schema?: KqlSchema
}

const CACHE_LIMIT = 256
const compiled = new WeakMap<KqlSchema, Map<string, CompiledQuery | Error>>()
const compiledInSubset = new WeakMap<KqlSchema, Map<string, CompiledQuery | Error>>()

/**
 * Parses, binds (and, with `resourceGraphSubset`, checks the query stays in Resource Graph's subset) (language-service
 * diagnostics are `KqlError`s) and compiles a query; the result is cached per
 * query text, so repeated queries and the pages of one query cost nothing more.
 */
export function compileKql(
  query: string,
  schema: KqlSchema = resourceGraphSchema,
  options: { resourceGraphSubset?: boolean } = {}
): CompiledQuery {
  const caches = options.resourceGraphSubset ? compiledInSubset : compiled
  let cache = caches.get(schema)
  if (!cache) caches.set(schema, (cache = new Map()))
  let entry = cache.get(query)
  if (entry === undefined) {
    try {
      const root = toKqlNode(analyzeOrThrow(query, schema).Syntax, query)
      // Resource Graph's documented subset of KQL (supported-kql.ts), checked on the same bound tree.
      const outside = options.resourceGraphSubset ? subsetViolation(root, query) : undefined
      if (outside) throw outside
      entry = compileQueryBlock(root)
    } catch (error) {
      entry = error instanceof Error ? error : new Error(String(error))
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string)
    cache.set(query, entry)
  } else {
    cache.delete(query)
    cache.set(query, entry)
  }
  if (entry instanceof Error) throw entry
  return entry
}

/**
 * Runs a query over the given tables and returns its result: columns in order, and one fresh object per row with
 * exactly those columns (a missing string is '', any other missing value null; datetimes stay `Date`s).
 */
export function evaluateKql(query: string, tables: KqlTables, options: EvaluateOptions = {}): Table {
  const result = runCompiled(compileKql(query, options.schema), tables, options.now ?? Date.now())
  const rows = result.rows.map((row) => {
    const out: Row = {}
    for (const { name, type } of result.columns) {
      const value = row[name]
      out[name] = value === undefined || value === null ? (type === 'string' ? '' : null) : value
    }
    return out
  })
  return { columns: result.columns, rows }
}

/**
 * Runs a compiled query; `tables` may be a lookup by lower-case name, so only the tables a query reads are prepared.
 */
export function runCompiled(
  query: CompiledQuery,
  tables: KqlTables | ((name: string) => readonly Row[]),
  now: number
): Table {
  let table: (name: string) => readonly Row[]
  if (typeof tables === 'function') {
    table = tables
  } else {
    const byName = new Map(Object.entries(tables).map(([name, rows]) => [name.toLowerCase(), rows]))
    table = (name) => byName.get(name.toLowerCase()) ?? []
  }
  return query.run({ now, lets: new Map(), table })
}
