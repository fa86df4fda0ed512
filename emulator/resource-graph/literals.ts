import { KqlError, unsupported } from './errors.js'
import { parseDateTime, parseTimespan, Timespan } from './datetime.js'
import { KqlTypeRef } from './functions/function-types.js'
import { itemsOf, nameOf, type KqlNode } from './syntax-tree.js'

/**
 * The value of a literal expression (`'x'`, `42`, `1.5`, `true`, `datetime(...)`, `2h`, `dynamic({...})`,
 * `typeof(long)`).
 */
export function literalValue(node: KqlNode): unknown {
  const token = node.fields.Token
  const text = token?.value ?? ''
  switch (node.kind) {
    case 'StringLiteralExpression':
    case 'CompoundStringLiteralExpression':
      return typeof node.literal === 'string' ? node.literal : text
    case 'LongLiteralExpression':
    case 'IntLiteralExpression':
    case 'RealLiteralExpression':
    case 'DecimalLiteralExpression':
      return text === 'null' ? null : Number(text)
    case 'BooleanLiteralExpression':
      return text === 'null' ? null : text.toLowerCase() === 'true'
    case 'NullLiteralExpression':
      return null
    case 'GuidLiteralExpression':
      return text === 'null' ? null : text
    case 'DateTimeLiteralExpression': {
      if (text === 'null') return null
      const ms = parseDateTime(text)
      if (ms === undefined)
        throw new KqlError('InvalidQueryValue', `Cannot read the datetime literal '${node.text}'.`, {
          construct: 'datetime literal'
        })
      return new Date(ms)
    }
    case 'TimespanLiteralExpression': {
      if (text === 'null') return null
      const ms = parseTimespan(text)
      if (ms === undefined)
        throw new KqlError('InvalidQueryValue', `Cannot read the timespan literal '${node.text}'.`, {
          construct: 'timespan literal'
        })
      return new Timespan(ms)
    }
    case 'DynamicExpression':
      return jsonValue(node.fields.Expression ?? null)
    case 'TypeOfLiteralExpression':
      return new KqlTypeRef(typeName(itemsOf(node, 'Types')[0]))
    default:
      return unsupported(`the literal ${node.text}`)
  }
}

export const LITERAL_KINDS = new Set([
  'StringLiteralExpression',
  'CompoundStringLiteralExpression',
  'LongLiteralExpression',
  'IntLiteralExpression',
  'RealLiteralExpression',
  'DecimalLiteralExpression',
  'BooleanLiteralExpression',
  'NullLiteralExpression',
  'GuidLiteralExpression',
  'DateTimeLiteralExpression',
  'TimespanLiteralExpression',
  'DynamicExpression',
  'TypeOfLiteralExpression'
])

/** The value inside `dynamic(...)`. */
function jsonValue(node: KqlNode | null): unknown {
  if (!node) return null
  if (node.kind === 'JsonObjectExpression') {
    const bag: Record<string, unknown> = {}
    for (const pair of itemsOf(node, 'Pairs')) {
      const key = pair.fields.Name?.value ?? ''
      bag[key] = jsonValue(pair.fields.Value ?? null)
    }
    return bag
  }
  if (node.kind === 'JsonArrayExpression') return itemsOf(node, 'Values').map(jsonValue)
  if (node.kind === 'UnaryMinusExpression' && node.fields.Expression) {
    const value = jsonValue(node.fields.Expression)
    return typeof value === 'number' ? -value : value
  }
  if (LITERAL_KINDS.has(node.kind)) return literalValue(node)
  return unsupported(`the dynamic literal element ${node.text}`)
}

/** `string` from a `PrimitiveTypeExpression` (`typeof(string)`, `name:string`). */
export function typeName(node: KqlNode | undefined | null): string {
  const name = node?.fields.Type ? nameOf(node.fields.Type) : undefined
  if (!name) return unsupported(`the type ${node?.text ?? '(missing)'}`)
  const lower = name.toLowerCase()
  return lower === 'boolean'
    ? 'bool'
    : lower === 'double'
      ? 'real'
      : lower === 'date'
        ? 'datetime'
        : lower === 'time'
          ? 'timespan'
          : lower
}
