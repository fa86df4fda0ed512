import { compileAggregate, type AggregateState } from '../aggregates.js'
import type { ScalarFn } from '../compile-context.js'
import { unsupported } from '../errors.js'
import { itemsOf, type KqlNode } from '../syntax-tree.js'
import type { Row } from '../table.js'
import { compositeKey } from '../values.js'
import { itemExpression, operatorParameters, rejectParameters, type OperatorCompiler } from './operator-types.js'
import { rowSource } from './row-stream.js'

interface Group {
  keys: unknown[]
  states: AggregateState[]
}

/**
 * `summarize aggregates by keys` with a hash map of groups. Result columns come from the language service: the
 * `by` columns first, then each aggregate's one or more columns.
 */
export const compileSummarize: OperatorCompiler = (node, input, scope, columns) => {
  rejectParameters('summarize', operatorParameters(node), [])
  const byNode: KqlNode | null | undefined = node.fields.ByClause
  if (byNode?.fields.BinClause) return unsupported(`'summarize ... by ... bin=...'`)
  const keys = (byNode ? itemsOf(byNode, 'Expressions') : []).map((item) => scope.scalar(itemExpression(item), scope))
  const aggregates = itemsOf(node, 'Aggregates').map((item) => compileAggregate(itemExpression(item), scope))
  const width = keys.length + aggregates.reduce((sum, a) => sum + a.width, 0)
  if (width !== columns.length)
    return unsupported(`'${node.text.slice(0, 80)}'`, 'aggregates do not match the result columns')
  const names = columns.map((c) => c.name)
  return (rt) => {
    const groups = new Map<unknown, Group>()
    // The input's rows are taken as they come (row-stream.ts): only the groups are held.
    // The key values go into one array reused for every row; a new group takes a copy.
    const keyValues: unknown[] = []
    rowSource(input, rt).forEach((row) => {
      for (let k = 0; k < keys.length; k++) keyValues[k] = (keys[k] as ScalarFn)(row, rt)
      const groupKey = keys.length === 0 ? '' : compositeKey(keyValues)
      let group = groups.get(groupKey)
      if (!group) {
        group = { keys: keyValues.slice(), states: aggregates.map((a) => a.create()) }
        groups.set(groupKey, group)
      }
      const states = group.states
      for (let a = 0; a < states.length; a++) (states[a] as AggregateState).add(row, rt)
    })
    if (keys.length === 0 && groups.size === 0) groups.set('', { keys: [], states: aggregates.map((a) => a.create()) })
    const rows: Row[] = []
    for (const group of groups.values()) {
      const values = [...group.keys, ...group.states.flatMap((state) => state.result())]
      const row: Row = {}
      for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i] ?? null
      rows.push(row)
    }
    return { columns, rows }
  }
}
