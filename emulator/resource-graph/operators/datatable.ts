import { unsupported } from '../errors.js'
import { convertTo } from '../functions/functions-convert.js'
import { CONSTANT_RUNTIME, type CompileScope, type TabularFn } from '../compile-context.js'
import { typeName } from '../literals.js'
import { field, itemsOf, nameOf, type KqlColumnType, type KqlNode } from '../syntax-tree.js'
import type { Row } from '../table.js'

/** `datatable(a:string, b:long)[...]`: the values row by row, each converted to its column's type. */
export function compileDataTable(node: KqlNode, scope: CompileScope): TabularFn {
  const schema = itemsOf(field(node, 'Schema'), 'Columns').map((column) => ({
    name: nameOf(field(column, 'Name')) ?? '',
    type: typeName(field(column, 'Type'))
  }))
  const values = itemsOf(node, 'Values').map((value) => scope.scalar(value, scope)({}, CONSTANT_RUNTIME))
  if (schema.length === 0 || values.length % schema.length !== 0) {
    return unsupported(`'${node.text.slice(0, 80)}'`, `${values.length} values do not fill ${schema.length} columns`)
  }
  const columns: KqlColumnType[] = node.columns ? [...node.columns] : schema
  const rows: Row[] = []
  for (let i = 0; i < values.length; i += schema.length) {
    const row: Row = {}
    schema.forEach((column, k) => {
      const value = values[i + k]
      row[column.name] = column.type === 'dynamic' ? (value ?? null) : convertTo(value, column.type)
    })
    rows.push(row)
  }
  return () => ({ columns, rows })
}
