import { kqlNegate } from './arithmetic.js'
import { compileBinary } from './compile-binary.js'
import { constant, isConstant, memoized, type CompileScope, type ScalarFn } from './compile-context.js'
import { compileBetween, compileIn } from './compile-in.js'
import { unsupported } from './errors.js'
import { scalarFunction } from './functions/function-registry.js'
import { LITERAL_KINDS, literalValue } from './literals.js'
import { field, itemsOf, nameOf, type KqlNode } from './syntax-tree.js'
import { columnReader, type Runtime } from './table.js'
import { isBag, isEmptyValue, toKqlBool, toKqlLong, toKqlString } from './values.js'

const IN_KINDS = new Set([
  'InExpression',
  'InCsExpression',
  'NotInExpression',
  'NotInCsExpression',
  'HasAnyExpression',
  'HasAllExpression'
])

/** Aggregates are only meaningful inside `summarize`; anywhere else they are a construct the emulator rejects. */
export const AGGREGATE_NAMES = new Set([
  'count',
  'countif',
  'dcount',
  'dcountif',
  'sum',
  'sumif',
  'avg',
  'avgif',
  'min',
  'max',
  'minif',
  'maxif',
  'make_set',
  'make_set_if',
  'make_list',
  'make_list_if',
  'make_bag',
  'any',
  'take_any',
  'anyif',
  'take_anyif',
  'arg_max',
  'arg_min',
  'count_distinct',
  'percentile',
  'stdev',
  'variance'
])

let nextScalarId = 0

/** Compiles a scalar expression of the bound tree into a function of (row, runtime). */
export function compileScalar(node: KqlNode, scope: CompileScope): ScalarFn {
  if (LITERAL_KINDS.has(node.kind)) return constant(literalValue(node))
  if (IN_KINDS.has(node.kind)) return compileIn(node, scope)
  if (node.kind === 'BetweenExpression' || node.kind === 'NotBetweenExpression') return compileBetween(node, scope)
  if (node.fields.Left && node.fields.Operator && node.fields.Right) return compileBinary(node, scope)
  switch (node.kind) {
    case 'ParenthesizedExpression':
    case 'SimpleNamedExpression':
      return compileScalar(field(node, 'Expression'), scope)
    case 'UnaryMinusExpression': {
      const operand = compileScalar(field(node, 'Expression'), scope)
      return isConstant(operand) ? constant(kqlNegate(operand.constantValue)) : (row, rt) => kqlNegate(operand(row, rt))
    }
    case 'UnaryPlusExpression':
      return compileScalar(field(node, 'Expression'), scope)
    case 'NameReference':
      return compileName(node, scope)
    case 'PathExpression':
      return compilePath(node, scope)
    case 'ElementExpression':
      return compileElement(node, scope)
    case 'FunctionCallExpression':
      return compileCall(node, scope)
    case 'ToScalarExpression':
      return compileToScalar(node, scope)
    default:
      return unsupported(`the expression '${node.text}'`, node.kind)
  }
}

function compileName(node: KqlNode, scope: CompileScope): ScalarFn {
  const name = nameOf(node) ?? node.text
  const kind = node.symbol?.kind
  if (kind === 'Column') return columnReader(node.symbol?.name ?? name, node.scalarType)
  if (kind === 'Variable') {
    const binding = scope.lets.get(name)
    if (binding?.kind === 'scalar') {
      const value = binding.fn
      return (row, rt) => memoized(rt, binding.key, () => value(row, rt))
    }
    return unsupported(
      `the name '${name}' here`,
      binding ? 'a tabular value used as a scalar' : 'not a let statement of this query'
    )
  }
  return unsupported(`the name '${name}'`, kind ? `a ${kind.toLowerCase()}` : 'unresolved')
}

/** `a.b` on a dynamic value: a property of a bag (case-sensitive, as in Kusto), else null. */
function compilePath(node: KqlNode, scope: CompileScope): ScalarFn {
  const target = field(node, 'Expression')
  if (target.symbol?.kind === 'Tuple') return unsupported(`'${node.text}' outside a join condition`)
  const key = nameOf(field(node, 'Selector'))
  if (key === undefined) return unsupported(`the path '${node.text}'`)
  const object = compileScalar(target, scope)
  return (row, rt) => {
    const value = object(row, rt)
    return isBag(value) && Object.prototype.hasOwnProperty.call(value, key) ? (value[key] ?? null) : null
  }
}

/** `a['b']` and `a[0]` (negative indexes count from the end). */
function compileElement(node: KqlNode, scope: CompileScope): ScalarFn {
  const object = compileScalar(field(node, 'Expression'), scope)
  const selector = compileScalar(field(field(node, 'Selector'), 'Expression'), scope)
  return (row, rt) => {
    const value = object(row, rt)
    const key = selector(row, rt)
    if (Array.isArray(value) && typeof key === 'number') {
      const index = toKqlLong(key) ?? 0
      return value[index < 0 ? value.length + index : index] ?? null
    }
    if (isBag(value) && typeof key === 'string')
      return Object.prototype.hasOwnProperty.call(value, key) ? (value[key] ?? null) : null
    if (isBag(value) && key !== null && typeof key !== 'object') {
      const name = toKqlString(key)
      return Object.prototype.hasOwnProperty.call(value, name) ? (value[name] ?? null) : null
    }
    return null
  }
}

function compileCall(node: KqlNode, scope: CompileScope): ScalarFn {
  const name = nameOf(field(node, 'Name')) ?? ''
  const argNodes = itemsOf(field(node, 'ArgumentList'), 'Expressions')
  if (name === 'column_ifexists') return compileColumnIfExists(argNodes, scope)
  const implementation =
    node.symbol?.kind === 'Function' || node.symbol === undefined ? scalarFunction(name) : undefined
  if (!implementation) {
    if (AGGREGATE_NAMES.has(name)) return unsupported(`the aggregate function '${name}()' outside summarize`)
    return unsupported(`the function '${name}()'`)
  }
  const [min, max] = implementation.arity
  if (argNodes.length < min || argNodes.length > max)
    return unsupported(`'${name}()' with ${argNodes.length} arguments`)
  const args = argNodes.map((arg) => compileScalar(arg, scope))
  const call = implementation.call
  if (args.every(isConstant)) {
    // `ago(2h)`, `now()`: the same value for every row of a run (functions read only their arguments and the run's
    // `now`), so computed once per run rather than once per row.
    const values = args.map((arg) => arg.constantValue)
    let lastRun: Runtime | undefined
    let value: unknown
    return (_row, rt) => {
      if (rt !== lastRun) {
        value = call(values, rt)
        lastRun = rt
      }
      return value
    }
  }
  const lazy = LAZY_CALLS[name]?.(args)
  if (lazy) return lazy
  if (args.length === 1) {
    const [only] = args as [ScalarFn]
    return (row, rt) => call([only(row, rt)], rt)
  }
  return (row, rt) =>
    call(
      args.map((arg) => arg(row, rt)),
      rt
    )
}

/**
 * `iff`, `case` and `coalesce` evaluate an argument only when it decides the result (the functions-logic.ts
 * definitions evaluate all of them first: the same results, as no function has side effects): a `bag_pack` in the
 * branch a row does not take costs nothing.
 */
const LAZY_CALLS: Record<string, (args: readonly ScalarFn[]) => ScalarFn> = {
  iff: lazyIff,
  iif: lazyIff,
  case: (args) => {
    const last = args.length - 1
    return (row, rt) => {
      for (let i = 0; i < last; i += 2)
        if (toKqlBool((args[i] as ScalarFn)(row, rt)) === true) return (args[i + 1] as ScalarFn)(row, rt)
      return (args[last] as ScalarFn)(row, rt)
    }
  },
  coalesce: (args) => (row, rt) => {
    let value: unknown = null
    for (const arg of args) {
      value = arg(row, rt)
      if (!isEmptyValue(value)) return value
    }
    return value ?? null
  }
}

function lazyIff([condition, then, otherwise]: readonly ScalarFn[]): ScalarFn {
  return (row, rt) =>
    toKqlBool((condition as ScalarFn)(row, rt)) === true
      ? (then as ScalarFn)(row, rt)
      : (otherwise as ScalarFn)(row, rt)
}

/**
 * `column_ifexists('name', default)`: the row's column when its table has one of that name, else the default (for
 * columns Resource Graph may not have, such as `systemData`; rows carry exactly their table's declared columns).
 */
function compileColumnIfExists(argNodes: readonly KqlNode[], scope: CompileScope): ScalarFn {
  const [nameNode, defaultNode] = argNodes
  const column = nameNode && LITERAL_KINDS.has(nameNode.kind) ? literalValue(nameNode) : undefined
  if (typeof column !== 'string' || !defaultNode || argNodes.length !== 2)
    return unsupported('column_ifexists() without a literal column name and a default')
  const fallback = compileScalar(defaultNode, scope)
  return (row, rt) =>
    Object.prototype.hasOwnProperty.call(row, column) && row[column] !== undefined ? row[column] : fallback(row, rt)
}

/** `toscalar(T)`: the first column of the first row, evaluated once per run. */
function compileToScalar(node: KqlNode, scope: CompileScope): ScalarFn {
  const table = scope.tabular(field(node, 'Expression'), scope)
  const key = `toscalar#${nextScalarId++}`
  return (_row, rt) =>
    memoized(rt, key, () => {
      const result = table(rt)
      const first = result.columns[0]?.name
      const row = result.rows[0]
      return first === undefined || !row ? null : (row[first] ?? null)
    })
}
