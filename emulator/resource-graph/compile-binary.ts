import { kqlAdd, kqlDivide, kqlModulo, kqlMultiply, kqlSubtract } from './arithmetic.js'
import { hasTerm, kqlEquals, kqlNotEquals, kqlOrder } from './compare.js'
import { isConstant, type CompileScope, type ScalarFn } from './compile-context.js'
import { unsupported } from './errors.js'
import { kqlRegex } from './functions/function-types.js'
import { field, type KqlNode } from './syntax-tree.js'
import { toKqlBool, toKqlString } from './values.js'

type StringTest = (text: string, needle: string) => boolean

/** Term prefix / suffix (`hasprefix`, `hassuffix`): like `has`, anchored at one end of a term only. */
const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c)
const hasPrefix: StringTest = (text, needle) => {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    if (!isWord(text[at - 1])) return true
  return needle === ''
}
const hasSuffix: StringTest = (text, needle) => {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    if (!isWord(text[at + needle.length])) return true
  return needle === ''
}

/** String operators by their positive spelling; `!op` negates, `_cs` is case-sensitive. */
const STRING_TESTS: Record<string, StringTest> = {
  has: (text, needle) => hasTerm(text, needle, true),
  hasprefix: hasPrefix,
  hassuffix: hasSuffix,
  contains: (text, needle) => text.includes(needle),
  startswith: (text, needle) => text.startsWith(needle),
  endswith: (text, needle) => text.endsWith(needle),
  '=~': (text, needle) => text === needle
}

/** Compiles `left <op> right` for the binary operators (`and`, `==`, `has`, `+`...). */
export function compileBinary(node: KqlNode, scope: CompileScope): ScalarFn {
  const op = field(node, 'Operator').text.toLowerCase().replace(/\s+/g, ' ')
  const leftNode = field(node, 'Left')
  const rightNode = field(node, 'Right')
  const left = scope.scalar(leftNode, scope)
  const right = scope.scalar(rightNode, scope)
  switch (op) {
    case 'and':
      return (row, rt) => {
        const a = toKqlBool(left(row, rt))
        if (a === false) return false
        const b = toKqlBool(right(row, rt))
        if (b === false) return false
        return a === null || b === null ? null : true
      }
    case 'or':
      return (row, rt) => {
        const a = toKqlBool(left(row, rt))
        if (a === true) return true
        const b = toKqlBool(right(row, rt))
        if (b === true) return true
        return a === null || b === null ? null : false
      }
    case '==':
      if (leftNode.scalarType === 'string' && rightNode.scalarType === 'string')
        return (row, rt) => left(row, rt) === right(row, rt)
      return (row, rt) => kqlEquals(left(row, rt), right(row, rt))
    case '!=':
      if (leftNode.scalarType === 'string' && rightNode.scalarType === 'string')
        return (row, rt) => left(row, rt) !== right(row, rt)
      return (row, rt) => kqlNotEquals(left(row, rt), right(row, rt))
    case '<':
      return (row, rt) => kqlOrder(left(row, rt), right(row, rt), (o) => o < 0)
    case '<=':
      return (row, rt) => kqlOrder(left(row, rt), right(row, rt), (o) => o <= 0)
    case '>':
      return (row, rt) => kqlOrder(left(row, rt), right(row, rt), (o) => o > 0)
    case '>=':
      return (row, rt) => kqlOrder(left(row, rt), right(row, rt), (o) => o >= 0)
    case '+':
      return (row, rt) => kqlAdd(left(row, rt), right(row, rt))
    case '-':
      return (row, rt) => kqlSubtract(left(row, rt), right(row, rt))
    case '*':
      return (row, rt) => kqlMultiply(left(row, rt), right(row, rt))
    case '/': {
      const integer = node.scalarType === 'long' || node.scalarType === 'int'
      return (row, rt) => kqlDivide(left(row, rt), right(row, rt), integer)
    }
    case '%':
      return (row, rt) => kqlModulo(left(row, rt), right(row, rt))
    case 'matches regex':
      return (row, rt) => kqlRegex(toKqlString(right(row, rt))).test(toKqlString(left(row, rt)))
    case '!~':
      return negate(stringOperator(STRING_TESTS['=~'] as StringTest, false, left, right))
  }
  const negated = op.startsWith('!')
  const positive = negated ? op.slice(1) : op
  const caseSensitive = positive.endsWith('_cs')
  const test = STRING_TESTS[caseSensitive ? positive.slice(0, -3) : positive]
  if (!test) return unsupported(`the operator '${op}'`)
  const compiled = stringOperator(test, caseSensitive, left, right)
  return negated ? negate(compiled) : compiled
}

/** String operators convert both sides with `tostring()` (a null dynamic is ''). */
function stringOperator(test: StringTest, caseSensitive: boolean, left: ScalarFn, right: ScalarFn): ScalarFn {
  const fold = (value: unknown): string => (caseSensitive ? toKqlString(value) : toKqlString(value).toLowerCase())
  if (isConstant(right)) {
    const needle = fold(right.constantValue)
    return (row, rt) => test(fold(left(row, rt)), needle)
  }
  return (row, rt) => test(fold(left(row, rt)), fold(right(row, rt)))
}

function negate(fn: ScalarFn): ScalarFn {
  return (row, rt) => {
    const value = fn(row, rt)
    return value === null ? null : !value
  }
}
