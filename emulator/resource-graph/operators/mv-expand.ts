import { CONSTANT_RUNTIME } from '../compile-context.js'
import { unsupported } from '../errors.js'
import { conformsTo } from '../functions/functions-convert.js'
import { typeName } from '../literals.js'
import { field, itemsOf, type KqlNode } from '../syntax-tree.js'
import type { Row } from '../table.js'
import { isBag, toKqlLong } from '../values.js'
import {
  itemExpression,
  operatorParameters,
  rejectParameters,
  targetNames,
  type OperatorCompiler
} from './operator-types.js'
import { rowSource, streamingFn } from './row-stream.js'

/** The elements a dynamic value expands to: null → one null, [] or {} → none, a bag → one entry per property. */
function elementsOf(value: unknown, bagAsArray: boolean): unknown[] {
  if (value === null || value === undefined) return [null]
  if (Array.isArray(value)) return value
  if (isBag(value)) return Object.entries(value).map(([k, v]) => (bagAsArray ? [k, v] : { [k]: v }))
  return [value]
}

/**
 * `mv-expand [kind=bag|array] [with_itemindex=i] [name =] expr [to typeof(T)], ... [limit n]`: one row per element;
 * several expressions expand in parallel, the shorter ones padded with nulls.
 */
const DEFAULT_ROW_LIMIT = 128

export const compileMvExpand: OperatorCompiler = (node, input, scope, columns) => {
  const parameters = operatorParameters(node)
  rejectParameters('mv-expand', parameters, ['kind', 'bagexpansion', 'with_itemindex'])
  const bagMode = (parameters.get('kind') ?? parameters.get('bagexpansion') ?? 'bag').toLowerCase()
  if (bagMode !== 'bag' && bagMode !== 'array') return unsupported(`mv-expand kind=${bagMode}`)
  const indexColumn = parameters.get('with_itemindex')
  const items = itemsOf(node, 'Expressions')
  const expressions = items.map((item: KqlNode) => field(item, 'Expression'))
  const values = expressions.map((expression) => scope.scalar(itemExpression(expression), scope))
  const casts = items.map((item) =>
    item.fields.ToTypeOf ? typeName(itemsOf(field(item.fields.ToTypeOf, 'TypeOf'), 'Types')[0]) : undefined
  )
  const limitNode = node.fields.RowLimitClause?.fields.RowLimit
  // Resource Graph (query-language page): "RowLimit max of 400. The default is 128" — rows per input row.
  const limit = limitNode
    ? (toKqlLong(scope.scalar(limitNode, scope)({}, CONSTANT_RUNTIME)) ?? DEFAULT_ROW_LIMIT)
    : DEFAULT_ROW_LIMIT
  let names: string[] | undefined
  const resultColumns = indexColumn ? columns.filter((c) => c.name !== indexColumn) : columns
  return streamingFn((rt) => {
    const source = rowSource(input, rt)
    names ??= targetNames(
      expressions,
      source.columns.map((c) => c.name),
      resultColumns,
      'mv-expand'
    )
    const targets = names
    return {
      columns,
      forEach(sink) {
        source.forEach((row) => {
          const lists = values.map((value) => elementsOf(value(row, rt), bagMode === 'array'))
          const count = Math.min(limit, Math.max(...lists.map((l) => l.length)))
          for (let i = 0; i < count; i++) {
            const out: Row = { ...row }
            lists.forEach((list, k) => {
              const element = i < list.length ? (list[i] ?? null) : null
              const cast = casts[k]
              out[targets[k] as string] = cast && element !== null && !conformsTo(element, cast) ? null : element
            })
            if (indexColumn) out[indexColumn] = i
            sink(out, true)
          }
        })
      }
    }
  })
}
