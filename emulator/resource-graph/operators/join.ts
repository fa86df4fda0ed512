import { unsupported } from '../errors.js'
import { field, itemsOf, nameOf, type KqlNode } from '../syntax-tree.js'
import { columnReader, type Row, type Table } from '../table.js'
import { compositeKey, valueKey } from '../values.js'
import { operatorParameters, rejectParameters, type OperatorCompiler } from './operator-types.js'
import { rowSource, streamingFn, type RowSink, type RowSource } from './row-stream.js'

type JoinKind =
  | 'innerunique'
  | 'inner'
  | 'leftouter'
  | 'rightouter'
  | 'fullouter'
  | 'leftanti'
  | 'rightanti'
  | 'leftsemi'
  | 'rightsemi'

const KIND_ALIASES: Record<string, JoinKind> = {
  innerunique: 'innerunique',
  inner: 'inner',
  leftouter: 'leftouter',
  rightouter: 'rightouter',
  fullouter: 'fullouter',
  leftanti: 'leftanti',
  anti: 'leftanti',
  leftantisemi: 'leftanti',
  rightanti: 'rightanti',
  rightantisemi: 'rightanti',
  leftsemi: 'leftsemi',
  rightsemi: 'rightsemi'
}

interface KeyPair {
  left: { name: string; type?: string }
  right: { name: string; type?: string }
}

/** `on a`, `on $left.a == $right.b`, several of either (all must hold). */
function keyPairs(clause: KqlNode): KeyPair[] {
  if (clause.kind !== 'JoinOnClause')
    return unsupported(
      `'join ... ${clause.text.split(/\s/)[0] ?? ''}' conditions`,
      'only join ... on keys is evaluated'
    )
  return itemsOf(clause, 'Expressions').map((condition) => {
    if (condition.kind === 'NameReference') {
      const name = nameOf(condition) ?? condition.text
      return { left: { name, type: condition.scalarType }, right: { name, type: condition.scalarType } }
    }
    if (condition.kind === 'EqualExpression') {
      const sides = [field(condition, 'Left'), field(condition, 'Right')].map(sideOf)
      const left = sides.find((s) => s.side === '$left')
      const right = sides.find((s) => s.side === '$right')
      if (left && right) return { left: left.column, right: right.column }
    }
    return unsupported(`the join condition '${condition.text}'`, 'use $left.column == $right.column')
  })
}

function sideOf(node: KqlNode): { side: string; column: { name: string; type?: string } } {
  if (node.kind !== 'PathExpression') return unsupported(`the join condition operand '${node.text}'`)
  const side = nameOf(field(node, 'Expression'))?.toLowerCase() ?? ''
  const name = nameOf(field(node, 'Selector')) ?? ''
  return { side, column: { name, type: node.scalarType } }
}

/** A hash join: the right side is indexed by key once, each left row probes it (no nested loops). */
export const compileJoin: OperatorCompiler = (node, input, scope, columns) => {
  const parameters = operatorParameters(node)
  // Resource Graph's documentation: custom join strategies such as broadcast join are not allowed.
  if (parameters.has('hint.strategy'))
    return unsupported(
      `join hint.strategy=${parameters.get('hint.strategy') ?? ''}`,
      'Resource Graph allows no custom join strategies'
    )
  rejectParameters('join', parameters, ['kind'])
  const kindName = (parameters.get('kind') ?? 'innerunique').toLowerCase()
  const kind = KIND_ALIASES[kindName]
  if (!kind) return unsupported(`join kind=${kindName}`)
  const rightFn = scope.tabular(field(node, 'Expression'), scope)
  const pairs = keyPairs(field(node, 'ConditionClause'))
  const leftKey = keyReader(pairs.map((p) => p.left))
  const rightKey = keyReader(pairs.map((p) => p.right))
  const names = columns.map((c) => c.name)
  return streamingFn((rt) => {
    const left = rowSource(input, rt)
    const right = rightFn(rt)
    return { columns, forEach: (sink) => joinRows(kind, left, right, leftKey, rightKey, names, node, sink) }
  })
}

function keyReader(columns: readonly { name: string; type?: string }[]): (row: Row) => unknown {
  const readers = columns.map((c) => columnReader(c.name, c.type))
  if (readers.length === 1) {
    const [read] = readers as [(row: Row) => unknown]
    return (row) => valueKey(read(row))
  }
  return (row) => compositeKey(readers.map((read) => read(row)))
}

/**
 * Pushes the joined rows, in order: each left row's matches (right rows in their order), or the left row alone for
 * an outer join, then the right rows no left row matched. Only the right side is held (indexed by key); the left
 * rows stream through. Every pushed row is a new one.
 */
function joinRows(
  kind: JoinKind,
  left: RowSource,
  right: Table,
  leftKey: (r: Row) => unknown,
  rightKey: (r: Row) => unknown,
  names: readonly string[],
  node: KqlNode,
  sink: RowSink
): void {
  const leftNames = left.columns.map((c) => c.name)
  const rightNames = right.columns.map((c) => c.name)
  const index = new Map<unknown, Row[]>()
  for (const row of right.rows) {
    const key = rightKey(row)
    const bucket = index.get(key)
    if (bucket) bucket.push(row)
    else index.set(key, [row])
  }
  if (kind === 'leftsemi' || kind === 'leftanti') {
    const keep = kind === 'leftsemi'
    left.forEach((row) => {
      if (index.has(leftKey(row)) === keep) sink(project(row, leftNames, names), true)
    })
    return
  }
  if (kind === 'rightsemi' || kind === 'rightanti') {
    const leftKeys = new Set<unknown>()
    left.forEach((row) => leftKeys.add(leftKey(row)))
    const keep = kind === 'rightsemi'
    for (const row of right.rows) if (leftKeys.has(rightKey(row)) === keep) sink(project(row, rightNames, names), true)
    return
  }
  if (leftNames.length + rightNames.length !== names.length)
    return unsupported(`'${node.text.slice(0, 80)}'`, 'join columns do not match the result')
  const combine = (l: Row | undefined, r: Row | undefined): Row => {
    const out: Row = {}
    for (let i = 0; i < leftNames.length; i++) out[names[i] as string] = l ? l[leftNames[i] as string] : null
    for (let j = 0; j < rightNames.length; j++)
      out[names[leftNames.length + j] as string] = r ? r[rightNames[j] as string] : null
    return out
  }
  const outerLeft = kind === 'leftouter' || kind === 'fullouter'
  const outerRight = kind === 'rightouter' || kind === 'fullouter'
  const matchedRight = new Set<Row>()
  const seenLeftKeys = new Set<unknown>()
  left.forEach((l) => {
    const key = leftKey(l)
    if (kind === 'innerunique') {
      if (seenLeftKeys.has(key)) return
      seenLeftKeys.add(key)
    }
    const matches = index.get(key)
    if (matches) {
      for (const r of matches) {
        sink(combine(l, r), true)
        if (outerRight) matchedRight.add(r)
      }
    } else if (outerLeft) {
      sink(combine(l, undefined), true)
    }
  })
  if (outerRight) for (const r of right.rows) if (!matchedRight.has(r)) sink(combine(undefined, r), true)
}

function project(row: Row, from: readonly string[], to: readonly string[]): Row {
  const out: Row = {}
  for (let i = 0; i < to.length; i++) out[to[i] as string] = row[from[i] as string]
  return out
}
