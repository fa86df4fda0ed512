import { unsupported } from '../errors.js'
import { convertTo } from '../functions/functions-convert.js'
import { literalValue, LITERAL_KINDS, typeName } from '../literals.js'
import { field, itemsOf, nameOf, type KqlNode } from '../syntax-tree.js'
import type { Row } from '../table.js'
import { toKqlString } from '../values.js'
import { operatorParameters, rejectParameters, type OperatorCompiler } from './operator-types.js'
import { rowSource, streamingFn } from './row-stream.js'

interface ParseColumn {
  name: string
  type: string
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const CAPTURE: Record<string, string> = {
  long: '(-?\\d+)',
  int: '(-?\\d+)',
  real: '(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)',
  bool: '(true|false|True|False|TRUE|FALSE|0|1)'
}

/**
 * Builds the regular expression of a simple-mode pattern, as Kusto documents it: constants match literally,
 * `*` skips (lazily), a string column captures lazily — the last element captures or skips to the end — and the
 * whole text must match; typed columns capture what their type can hold.
 */
function patternRegex(patterns: readonly KqlNode[]): { regex: RegExp; columns: ParseColumn[] } {
  const columns: ParseColumn[] = []
  let source = '^'
  patterns.forEach((pattern, index) => {
    const last = index === patterns.length - 1
    if (pattern.kind === 'StarExpression') {
      source += last ? '.*' : '.*?'
    } else if (LITERAL_KINDS.has(pattern.kind)) {
      source += escape(toKqlString(literalValue(pattern)))
    } else if (pattern.kind === 'NameDeclaration' || pattern.kind === 'NameAndTypeDeclaration') {
      const name = nameOf(pattern.kind === 'NameDeclaration' ? pattern : field(pattern, 'Name'))
      if (!name) unsupported(`the parse pattern element '${pattern.text}'`)
      const type = pattern.kind === 'NameAndTypeDeclaration' ? typeName(field(pattern, 'Type')) : 'string'
      columns.push({ name: name as string, type })
      source += CAPTURE[type] ?? (last ? '(.*)' : '(.*?)')
    } else {
      unsupported(`the parse pattern element '${pattern.text}'`)
    }
  })
  return { regex: new RegExp(`${source}$`, 's'), columns }
}

/**
 * `parse [kind=simple] expr with ...`: adds the pattern's columns; a row that does not match gets nulls ('' for
 * strings).
 */
export const compileParse: OperatorCompiler = (node, input, scope, columns) => {
  const parameters = operatorParameters(node)
  rejectParameters('parse', parameters, ['kind'])
  const kind = parameters.get('kind')?.toLowerCase() ?? 'simple'
  if (kind !== 'simple') return unsupported(`parse kind=${kind}`)
  const whereOnly = node.kind === 'ParseWhereOperator'
  const text = scope.scalar(field(node, 'Expression'), scope)
  const { regex, columns: parsed } = patternRegex(itemsOf(node, 'Patterns'))
  return streamingFn((rt) => {
    const source = rowSource(input, rt)
    return {
      columns,
      forEach(sink) {
        source.forEach((row, owned) => {
          const match = regex.exec(toKqlString(text(row, rt)))
          if (!match && whereOnly) return
          // A row its source handed over (owned) takes the columns itself; any other is copied first.
          const out: Row = owned ? row : { ...row }
          parsed.forEach((column, i) => {
            out[column.name] = match ? convertTo(match[i + 1] ?? '', column.type) : column.type === 'string' ? '' : null
          })
          sink(out, true)
        })
      }
    }
  })
}
