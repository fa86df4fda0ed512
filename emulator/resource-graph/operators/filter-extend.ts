import type { OperatorCompiler } from './operator-types.js'
import { itemExpression, operatorParameters, rejectParameters, targetNames } from './operator-types.js'
import { rowPipeline } from './row-pipeline.js'
import { field, itemsOf } from '../syntax-tree.js'

/** `where` / `filter`: rows whose condition is true (null and false drop the row). */
export const compileWhere: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('where', operatorParameters(node), [])
  const condition = scope.scalar(field(node, 'Condition'), scope)
  return rowPipeline(input, { kind: 'where', condition, columns })
}

/**
 * `extend`: adds or replaces columns; every item reads the input row (Kusto does not let an item see an earlier one).
 */
export const compileExtend: OperatorCompiler = (node, input, scope, columns) => {
  const items = itemsOf(node, 'Expressions')
  const values = items.map((item) => scope.scalar(itemExpression(item), scope))
  let names: string[] | undefined
  return rowPipeline(input, {
    kind: 'extend',
    values,
    names: (inputNames) => (names ??= targetNames(items, inputNames, columns, 'extend')),
    columns
  })
}
