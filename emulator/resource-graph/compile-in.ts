import { hasTerm, kqlEquals, kqlOrder } from './compare.js'
import { memoized, type CompileScope, type ScalarFn } from './compile-context.js'
import { unsupported } from './errors.js'
import { field, itemsOf, type KqlNode } from './syntax-tree.js'
import type { Row, Runtime } from './table.js'
import { toKqlBool, toKqlString, valueKey } from './values.js'

let nextListId = 0

/** Membership in a list, hashed: `in` over a tabular list of 100k ids must not scan it per row. */
interface Membership {
  has(value: unknown): boolean
  hasFolded(value: unknown): boolean
}

function membership(values: readonly unknown[]): Membership {
  const keys = new Set(values.map(valueKey))
  const types = new Set(values.map((v) => (v === null || v === undefined ? 'null' : typeof v)))
  let folded: Set<string> | undefined
  return {
    has(value) {
      if (keys.has(valueKey(value))) return true
      // A value of another type may still equal a list item (a dynamic string against a long): compare one by one.
      return (
        !(types.size === 1 && types.has(typeof value)) &&
        values.some((candidate) => kqlEquals(value, candidate) === true)
      )
    },
    hasFolded(value) {
      folded ??= new Set(values.map((v) => toKqlString(v).toLowerCase()))
      return folded.has(toKqlString(value).toLowerCase())
    }
  }
}

/** Whether an expression reads any column (else its value is the same for every row of a run). */
function readsColumns(node: KqlNode): boolean {
  if (node.symbol?.kind === 'Column') return true
  return (
    Object.values(node.fields).some((child) => child !== null && readsColumns(child)) || node.items.some(readsColumns)
  )
}

/**
 * The values of an `in (...)` list — scalars, dynamic arrays (flattened), tabular expressions (first column) — as
 * a membership test; computed once per run unless an item reads the row.
 */
function compileList(listNode: KqlNode, scope: CompileScope): (row: Row, rt: Runtime) => Membership {
  const items = itemsOf(listNode, 'Expressions')
  const parts = items.map((item) => {
    if (item.columns) {
      const table = scope.tabular(item, scope)
      return (_row: Row, rt: Runtime): unknown[] => {
        const result = table(rt)
        const first = result.columns[0]?.name
        return first === undefined ? [] : result.rows.map((r) => r[first] ?? null)
      }
    }
    const value = scope.scalar(item, scope)
    return (row: Row, rt: Runtime): unknown[] => {
      const v = value(row, rt)
      return Array.isArray(v) ? v : [v]
    }
  })
  const values = (row: Row, rt: Runtime): unknown[] => parts.flatMap((part) => part(row, rt))
  if (items.some((item) => !item.columns && readsColumns(item))) return (row, rt) => membership(values(row, rt))
  const key = `in-list#${nextListId++}`
  const noRow: Row = {}
  return (_row, rt) => memoized(rt, key, () => membership(values(noRow, rt)))
}

/** `in`, `!in`, `in~`, `!in~`, `has_any`, `has_all`. */
export function compileIn(node: KqlNode, scope: CompileScope): ScalarFn {
  const op = field(node, 'Operator').text.toLowerCase()
  const left = scope.scalar(field(node, 'Left'), scope)
  const listNode = field(node, 'Right')
  switch (op) {
    case 'in':
    case '!in': {
      const negated = op === '!in'
      const list = compileList(listNode, scope)
      return (row, rt) => {
        const value = left(row, rt)
        if (value === null || value === undefined) return negated
        return list(row, rt).has(value) !== negated
      }
    }
    case 'in~':
    case '!in~': {
      const negated = op === '!in~'
      const list = compileList(listNode, scope)
      return (row, rt) => list(row, rt).hasFolded(left(row, rt)) !== negated
    }
    case 'has_any':
    case 'has_all': {
      const all = op === 'has_all'
      const terms = itemsOf(listNode, 'Expressions').map((item) => scope.scalar(item, scope))
      return (row, rt) => {
        const text = toKqlString(left(row, rt))
        const values = terms
          .flatMap((term) => {
            const v = term(row, rt)
            return Array.isArray(v) ? v : [v]
          })
          .map(toKqlString)
        return all ? values.every((t) => hasTerm(text, t, false)) : values.some((t) => hasTerm(text, t, false))
      }
    }
    default:
      return unsupported(`the operator '${op}'`)
  }
}

/** `x between (a .. b)` and `x !between (a .. b)`. */
export function compileBetween(node: KqlNode, scope: CompileScope): ScalarFn {
  const negated = node.kind === 'NotBetweenExpression'
  const value = scope.scalar(field(node, 'Left'), scope)
  const couple = field(node, 'Right')
  const low = scope.scalar(field(couple, 'First'), scope)
  const high = scope.scalar(field(couple, 'Second'), scope)
  return (row, rt) => {
    const v = value(row, rt)
    const inside =
      toKqlBool(kqlOrder(v, low(row, rt), (o) => o >= 0)) === true &&
      toKqlBool(kqlOrder(v, high(row, rt), (o) => o <= 0)) === true
    if (v === null || v === undefined) return null
    return inside !== negated
  }
}
