import type { OperatorCompiler } from './operator-types.js'
import { itemExpression, operatorParameters, rejectParameters, targetNames } from './operator-types.js'
import { field, itemsOf } from '../syntax-tree.js'
import type { Row } from '../table.js'
import { toKqlBool } from '../values.js'

/** `where` / `filter`: rows whose condition is true (null and false drop the row). */
export const compileWhere: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('where', operatorParameters(node), [])
  const condition = scope.scalar(field(node, 'Condition'), scope)
  return (rt) => {
    const table = input(rt)
    const rows = table.rows.filter((row) => {
      const value = condition(row, rt)
      return value === true || (value !== false && value !== null && toKqlBool(value) === true)
    })
    return { columns, rows }
  }
}

/**
 * `extend`: adds or replaces columns; every item reads the input row (Kusto does not let an item see an earlier one).
 */
export const compileExtend: OperatorCompiler = (node, input, scope, columns) => {
  const items = itemsOf(node, 'Expressions')
  const values = items.map((item) => scope.scalar(itemExpression(item), scope))
  let names: string[] | undefined
  return (rt) => {
    const table = input(rt)
    names ??= targetNames(
      items,
      table.columns.map((c) => c.name),
      columns,
      'extend'
    )
    const targets = names
    const rows = table.rows.map((row) => {
      const out: Row = { ...row }
      for (let i = 0; i < values.length; i++)
        out[targets[i] as string] = (values[i] as (typeof values)[number])(row, rt)
      return out
    })
    return { columns, rows }
  }
}
