import { analyzeOrThrow } from './analyze.js'
import { KqlError, positionOf, type SubsetCode } from './errors.js'
import { resourceGraphSchema } from './schema.js'
import { QUERY_LIMITS, SUPPORTED_FUNCTIONS, SUPPORTED_JOIN_KINDS, SUPPORTED_OPERATORS } from './supported-kql.js'
import { itemsOf, nameOf, toKqlNode, type KqlNode } from './syntax-tree.js'
import { operatorParameters } from './operators/operator-types.js'

/** A query outside Resource Graph's subset: answered 400 with `code` as the specific detail. */
export class SubsetError extends KqlError {
  constructor(code: SubsetCode, message: string, query: string, node?: KqlNode) {
    super(code, message, node ? { position: positionOf(query, node.start, 1) } : {})
  }
}

const checked = new Map<string, SubsetError | null>()
const CACHE_LIMIT = 256

/** The first way a query leaves Resource Graph's subset, or undefined (language-service errors throw `KqlError`). */
export function resourceGraphSubsetError(query: string): SubsetError | undefined {
  let entry = checked.get(query)
  if (entry === undefined) {
    const root = toKqlNode(analyzeOrThrow(query, resourceGraphSchema).Syntax, query)
    entry = subsetViolation(root, query) ?? null
    if (checked.size >= CACHE_LIMIT) checked.delete(checked.keys().next().value as string)
    checked.set(query, entry)
  }
  return entry ?? undefined
}

interface Counts {
  joins: number
  crossTable: number
  crossTableOutsideContainers: number
  mvExpands: number
}

/** The first way a bound query tree leaves Resource Graph's subset, or undefined. */
export function subsetViolation(root: KqlNode, query: string): SubsetError | undefined {
  const fail = (code: SubsetCode, message: string, node?: KqlNode): never => {
    throw new SubsetError(code, message, query, node)
  }
  const counts: Counts = { joins: 0, crossTable: 0, crossTableOutsideContainers: 0, mvExpands: 0 }
  try {
    for (const statement of itemsOf(root, 'Statements')) {
      if (statement.kind !== 'ExpressionStatement') {
        // MicrosoftDocs/azure-docs#104044 (Microsoft): Resource Graph does not support `let`.
        const word = /^[a-z-]+/i.exec(statement.text)?.[0] ?? statement.kind
        fail(
          'UnsupportedStatement',
          `The statement '${word}' is not supported by Resource Graph; send one tabular expression.`,
          statement
        )
      }
    }
    visit(root, undefined, counts, fail)
  } catch (error) {
    if (error instanceof SubsetError) return error
    throw error
  }
  return undefined
}

type Fail = (code: SubsetCode, message: string, node?: KqlNode) => never

function visit(node: KqlNode, parent: KqlNode | undefined, counts: Counts, fail: Fail): void {
  if (node.isToken) return
  switch (node.kind) {
    case 'DataTableExpression':
      fail('UnsupportedOperator', "The operator 'datatable' is not supported by Resource Graph.", node)
      break
    case 'PipeExpression':
      checkOperator(node, counts, fail)
      break
    case 'UnionOperator':
      // QL: union only as `T | union …`; a query (or leg) that starts with `union` is refused.
      if (parent?.kind !== 'PipeExpression' || parent.fields.Operator !== node) {
        fail('UnsupportedUnionForm', "Resource Graph allows 'union' only as 'T | union (...)'.", node)
      }
      break
    case 'ToScalarExpression':
    case 'MaterializeExpression':
      fail('UnsupportedFunction', `The function '${keyword(node)}' is not in Resource Graph's documented subset.`, node)
      break
    case 'FunctionCallExpression': {
      const name = (nameOf(node.fields.Name) ?? '').toLowerCase()
      if (!(name in SUPPORTED_FUNCTIONS))
        fail('UnsupportedFunction', `The function '${name}' is not in Resource Graph's documented subset.`, node)
      break
    }
    default:
      if (node.kind.endsWith('Operator') && !(node.kind in SUPPORTED_OPERATORS) && parent?.kind !== 'PipeExpression') {
        fail('UnsupportedOperator', `The operator '${keyword(node)}' is not supported by Resource Graph.`, node)
      }
  }
  for (const child of Object.values(node.fields)) if (child) visit(child, node, counts, fail)
  for (const item of node.items) visit(item, node, counts, fail)
}

function checkOperator(pipe: KqlNode, counts: Counts, fail: Fail): void {
  const operator = pipe.fields.Operator
  if (!operator) return
  if (!(operator.kind in SUPPORTED_OPERATORS))
    fail('UnsupportedOperator', `The operator '${keyword(operator)}' is not supported by Resource Graph.`, operator)
  if (operator.kind === 'JoinOperator') checkJoin(pipe, operator, counts, fail)
  if (operator.kind === 'MvExpandOperator') checkMvExpand(operator, counts, fail)
  if (operator.kind === 'UnionOperator') checkUnion(operator, fail)
}

function checkJoin(pipe: KqlNode, join: KqlNode, counts: Counts, fail: Fail): void {
  const kind = (operatorParameters(join).get('kind') ?? 'innerunique').toLowerCase()
  if (!SUPPORTED_JOIN_KINDS.includes(kind)) {
    // The message Resource Graph gave for `leftsemi` (MicrosoftDocs/azure-docs#45495), with the kind in PascalCase.
    fail('UnsupportedJoinFlavor', `The join kind "${pascal(kind)}" is not supported or not allowed.`, join)
  }
  counts.joins++
  if (counts.joins > QUERY_LIMITS.joins)
    fail('JoinLimitExceeded', `Resource Graph allows at most ${QUERY_LIMITS.joins} joins in a query.`, join)
  const tables = new Set([sourceTable(pipe.fields.Expression), sourceTable(join.fields.Expression)])
  if (tables.size > 1) {
    counts.crossTable++
    if (![...tables].every((t) => t === 'resources' || t === 'resourcecontainers')) counts.crossTableOutsideContainers++
    const tooMany =
      counts.crossTableOutsideContainers > 0
        ? counts.crossTable > QUERY_LIMITS.crossTableJoins
        : counts.crossTable > QUERY_LIMITS.crossTableJoinsResourcesContainers
    if (tooMany) {
      fail(
        'CrossTableJoinLimitExceeded',
        'Resource Graph allows 1 cross-table join in a query (3 when all are between Resources and ResourceContainers).',
        join
      )
    }
  }
}

function checkMvExpand(operator: KqlNode, counts: Counts, fail: Fail): void {
  counts.mvExpands++
  if (counts.mvExpands > QUERY_LIMITS.mvExpands)
    fail(
      'MvExpandLimitExceeded',
      `Resource Graph allows at most ${QUERY_LIMITS.mvExpands} mv-expand in a query.`,
      operator
    )
  const limit = operator.fields.RowLimitClause?.fields.RowLimit
  if (limit) {
    const value = Number(limit.text)
    if (!Number.isInteger(value) || value > QUERY_LIMITS.mvExpandRowLimitMax) {
      fail(
        'MvExpandRowLimitExceeded',
        `The mv-expand row limit must be a number of at most ${QUERY_LIMITS.mvExpandRowLimitMax}.`,
        limit
      )
    }
  }
}

function checkUnion(operator: KqlNode, fail: Fail): void {
  const legs = itemsOf(operator, 'Expressions')
  if (legs.length + 1 > QUERY_LIMITS.unionLegs)
    fail('UnionLegLimitExceeded', `Resource Graph allows at most ${QUERY_LIMITS.unionLegs} union legs.`, operator)
  for (const leg of legs) {
    const plainTable = leg.kind === 'NameReference' && leg.fields.Name?.kind !== 'WildcardedName'
    if (!plainTable && leg.kind !== 'ParenthesizedExpression') {
      fail(
        'UnsupportedUnionForm',
        "Resource Graph allows union legs only as a table name or '(...)', without wildcards.",
        leg
      )
    }
  }
}

/** The lower-case table a tabular expression starts from (`T | …`, `(T | …)`), or '' when none. */
function sourceTable(node: KqlNode | null | undefined): string {
  let current = node
  while (current && (current.kind === 'PipeExpression' || current.kind === 'ParenthesizedExpression'))
    current = current.fields.Expression
  return current?.kind === 'NameReference' && current.symbol?.kind === 'Table' ? current.symbol.name.toLowerCase() : ''
}

function keyword(node: KqlNode): string {
  return /^[a-z][a-z-]*/i.exec(node.text)?.[0] ?? node.kind
}

const PASCAL: Record<string, string> = {
  leftsemi: 'LeftSemi',
  leftanti: 'LeftAnti',
  rightsemi: 'RightSemi',
  rightanti: 'RightAnti',
  rightouter: 'RightOuter',
  anti: 'LeftAnti'
}
const pascal = (kind: string): string => PASCAL[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1)
