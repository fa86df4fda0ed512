import { unsupported } from '../errors.js'
import { itemsOf } from '../syntax-tree.js'
import { pickColumns, type Row } from '../table.js'
import { itemExpression, type OperatorCompiler } from './operator-types.js'
import { rowPipeline } from './row-pipeline.js'

/** `project`: exactly the listed expressions (each reads the input row), named as the language service names them. */
export const compileProject: OperatorCompiler = (node, input, scope, columns) => {
  const items = itemsOf(node, 'Expressions')
  if (items.length !== columns.length)
    return unsupported(`'${node.text.slice(0, 80)}'`, 'project items do not match the result columns one to one')
  const values = items.map((item) => scope.scalar(itemExpression(item), scope))
  const names = columns.map((c) => c.name)
  return rowPipeline(input, { kind: 'project', values, names: () => names, columns })
}

/** `project-away`, `project-keep`, `project-reorder`: the result columns, picked by name. */
export const compileProjectByName: OperatorCompiler = (_node, input, _scope, columns) => {
  const names = columns.map((c) => c.name)
  return (rt) => ({ columns, rows: input(rt).rows.map((row) => pickColumns(row, names)) })
}

/** `project-rename new = old`: the input columns in place, some renamed. */
export const compileProjectRename: OperatorCompiler = (node, input, _scope, columns) => {
  return (rt) => {
    const table = input(rt)
    if (table.columns.length !== columns.length)
      return unsupported(`'${node.text.slice(0, 80)}'`, 'renamed columns do not match the input')
    const from = table.columns.map((c) => c.name)
    const to = columns.map((c) => c.name)
    const rows = table.rows.map((row) => {
      const out: Row = {}
      for (let i = 0; i < from.length; i++) out[to[i] as string] = row[from[i] as string]
      return out
    })
    return { columns, rows }
  }
}
