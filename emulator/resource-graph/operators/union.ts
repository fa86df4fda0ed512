import type { CompileScope, TabularFn } from '../compile-context.js'
import { unsupported } from '../errors.js'
import { itemsOf, type KqlColumnType, type KqlNode } from '../syntax-tree.js'
import type { Row } from '../table.js'
import { operatorParameters, rejectParameters } from './operator-types.js'
import { rowSource, streamingFn } from './row-stream.js'

/** `union A, B` and `T | union A, B` (kind=outer): the result columns by name, missing ones null. */
export function compileUnion(
  node: KqlNode,
  input: TabularFn | undefined,
  scope: CompileScope,
  columns: readonly KqlColumnType[]
): TabularFn {
  const parameters = operatorParameters(node)
  rejectParameters('union', parameters, ['kind'])
  const kind = parameters.get('kind')?.toLowerCase() ?? 'outer'
  if (kind !== 'outer') return unsupported(`union kind=${kind}`)
  const legs = [...(input ? [input] : []), ...itemsOf(node, 'Expressions').map((leg) => scope.tabular(leg, scope))]
  const names = columns.map((c) => c.name)
  return streamingFn((rt) => {
    const sources = legs.map((leg) => rowSource(leg, rt))
    const available = new Set(sources.flatMap((t) => t.columns.map((c) => c.name)))
    const missing = names.filter((n) => !available.has(n))
    if (missing.length)
      unsupported(`'${node.text.slice(0, 80)}'`, `legs with differently typed columns (${missing.join(', ')})`)
    return {
      columns,
      forEach(sink) {
        for (const source of sources) {
          const present = new Set(source.columns.map((c) => c.name))
          source.forEach((row) => {
            const out: Row = {}
            for (const name of names) out[name] = present.has(name) ? row[name] : null
            sink(out, true)
          })
        }
      }
    }
  })
}
