import { compareSortKeys } from '../compare.js'
import { CONSTANT_RUNTIME, type CompileScope } from '../compile-context.js'
import { unsupported } from '../errors.js'
import { field, itemsOf, type KqlNode } from '../syntax-tree.js'
import { pickColumns, type Row, type Runtime } from '../table.js'
import { compositeKey, toKqlLong } from '../values.js'
import { operatorParameters, rejectParameters, type OperatorCompiler } from './operator-types.js'

/**
 * `expr [asc|desc] [nulls first|last]`: Kusto sorts descending by default; nulls go first ascending, last descending.
 */
function orderKey(item: KqlNode, scope: CompileScope) {
  const expression = item.kind === 'OrderedExpression' ? field(item, 'Expression') : item
  const ordering = item.kind === 'OrderedExpression' ? item.fields.Ordering : undefined
  const descending = ordering?.fields.AscOrDescKeyword?.text.toLowerCase() !== 'asc'
  const nulls = ordering?.fields.NullsClause?.fields.FirstOrLastKeyword?.text.toLowerCase()
  return { value: scope.scalar(expression, scope), descending, nullsFirst: nulls ? nulls === 'first' : !descending }
}

function sorter(items: readonly KqlNode[], scope: CompileScope) {
  const keys = items.map((item) => orderKey(item, scope))
  return (rows: readonly Row[], rt: Runtime): Row[] => {
    const decorated = rows.map((row) => ({ row, values: keys.map((key) => key.value(row, rt)) }))
    decorated.sort((a, b) => compareSortKeys(a.values, b.values, keys))
    return decorated.map((d) => d.row)
  }
}

/** `order by` / `sort by` (stable). */
export const compileSort: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('sort', operatorParameters(node), [])
  const sort = sorter(itemsOf(node, 'Expressions'), scope)
  return (rt) => ({ columns, rows: sort(input(rt).rows, rt) })
}

/** `top n by expr [asc|desc]`. */
export const compileTop: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('top', operatorParameters(node), [])
  const count = scope.scalar(field(node, 'Expression'), scope)
  const sort = sorter([field(node, 'ByExpression')], scope)
  return (rt) => ({ columns, rows: sort(input(rt).rows, rt).slice(0, Math.max(0, toKqlLong(count({}, rt)) ?? 0)) })
}

/** `take n` / `limit n`. */
export const compileTake: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('take', operatorParameters(node), [])
  const count = scope.scalar(field(node, 'Expression'), scope)
  return (rt) => ({ columns, rows: input(rt).rows.slice(0, Math.max(0, toKqlLong(count({}, rt)) ?? 0)) })
}

/** `distinct a, b` / `distinct *`: the first row of each distinct combination, in input order. */
export const compileDistinct: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('distinct', operatorParameters(node), [])
  const items = itemsOf(node, 'Expressions')
  const star = items.some((item) => item.kind === 'StarExpression')
  if (!star && items.length !== columns.length)
    return unsupported(`'${node.text.slice(0, 80)}'`, 'distinct items do not match the result columns')
  const names = columns.map((c) => c.name)
  const values = star
    ? names.map((name) => (row: Row) => row[name] ?? null)
    : items.map((item) => {
        const fn = scope.scalar(item, scope)
        return (row: Row, rt?: Runtime) => fn(row, rt ?? CONSTANT_RUNTIME)
      })
  return (rt) => {
    const seen = new Set<unknown>()
    const rows: Row[] = []
    for (const row of input(rt).rows) {
      const distinctValues = values.map((value) => value(row, rt))
      const key = compositeKey(distinctValues)
      if (seen.has(key)) continue
      seen.add(key)
      const out: Row = {}
      names.forEach((name, i) => (out[name] = distinctValues[i]))
      rows.push(star ? pickColumns(row, names) : out)
    }
    return { columns, rows }
  }
}

/** `count`: one row, one column. */
export const compileCount: OperatorCompiler = (node, input, _scope, columns) => {
  const name = columns[0]?.name ?? 'Count'
  if (node.fields.AsIdentifier) return unsupported(`'count as ...'`)
  return (rt) => ({ columns, rows: [{ [name]: input(rt).rows.length }] })
}
