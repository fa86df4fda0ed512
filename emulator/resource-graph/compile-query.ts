import { memoized, type CompileScope, type LetBinding, type TabularFn } from './compile-context.js'
import { compileScalar } from './compile-scalar.js'
import { unsupported } from './errors.js'
import { compileDataTable } from './operators/datatable.js'
import { compileExtend, compileWhere } from './operators/filter-extend.js'
import { compileJoin } from './operators/join.js'
import { compileMvExpand } from './operators/mv-expand.js'
import type { OperatorCompiler } from './operators/operator-types.js'
import { compileParse } from './operators/parse.js'
import { compileProject, compileProjectByName, compileProjectRename } from './operators/project.js'
import { compileCount, compileDistinct, compileSort, compileTake, compileTop } from './operators/sort.js'
import { compileSummarize } from './operators/summarize.js'
import { compileUnion } from './operators/union.js'
import { field, itemsOf, nameOf, type KqlColumnType, type KqlNode } from './syntax-tree.js'
import type { Runtime, Table } from './table.js'

/** A query compiled once, run as often as needed (each run gets its own `now()` and tables). */
export interface CompiledQuery {
  /** The result columns the language service computed. */
  readonly columns: readonly KqlColumnType[]
  /** True when the query uses `take`/`limit` anywhere: Resource Graph then offers no `$skipToken`. */
  readonly limited: boolean
  run(rt: Runtime): Table
}

const OPERATORS: Record<string, OperatorCompiler> = {
  FilterOperator: compileWhere,
  ExtendOperator: compileExtend,
  ProjectOperator: compileProject,
  ProjectAwayOperator: compileProjectByName,
  ProjectKeepOperator: compileProjectByName,
  ProjectReorderOperator: compileProjectByName,
  ProjectRenameOperator: compileProjectRename,
  SummarizeOperator: compileSummarize,
  JoinOperator: compileJoin,
  ParseOperator: compileParse,
  ParseWhereOperator: compileParse,
  MvExpandOperator: compileMvExpand,
  SortOperator: compileSort,
  TopOperator: compileTop,
  TakeOperator: compileTake,
  DistinctOperator: compileDistinct,
  CountOperator: compileCount,
  UnionOperator: (node, input, scope, columns) => compileUnion(node, input, scope, columns)
}

let nextLetId = 0

/** Compiles the bound tree of a whole query: `let` statements, then one tabular expression. */
export function compileQueryBlock(root: KqlNode): CompiledQuery {
  const lets = new Map<string, LetBinding>()
  const scope: CompileScope = { lets, scalar: compileScalar, tabular: compileTabular }
  let query: { run: TabularFn; columns: readonly KqlColumnType[] } | undefined
  for (const statement of itemsOf(root, 'Statements')) {
    if (query) return unsupported('statements after the query expression')
    if (statement.kind === 'LetStatement') {
      const name = nameOf(field(statement, 'Name')) ?? ''
      const expression = field(statement, 'Expression')
      const key = `let:${name}#${nextLetId++}`
      if (expression.kind === 'FunctionDeclaration') return unsupported(`the user-defined function '${name}'`)
      if (expression.columns) {
        const table = compileTabular(expression, scope)
        lets.set(name, { kind: 'tabular', key, fn: (rt) => memoized(rt, key, () => table(rt)) })
      } else {
        lets.set(name, { kind: 'scalar', key, fn: compileScalar(expression, scope) })
      }
    } else if (statement.kind === 'ExpressionStatement') {
      const expression = field(statement, 'Expression')
      if (!expression.columns) return unsupported('a query whose result is not a table')
      query = { run: compileTabular(expression, scope), columns: expression.columns }
    } else {
      return unsupported(`the statement '${statement.text.slice(0, 60)}'`)
    }
  }
  if (!query) return unsupported('a query with no tabular expression')
  return { columns: query.columns, limited: usesTake(root), run: query.run }
}

/** Compiles a tabular expression: a table or `let` name, `datatable`, `union`, or `input | operator`. */
export function compileTabular(node: KqlNode, scope: CompileScope): TabularFn {
  switch (node.kind) {
    case 'PipeExpression': {
      const input = compileTabular(field(node, 'Expression'), scope)
      const operator = field(node, 'Operator')
      const compile = OPERATORS[operator.kind]
      if (!compile) return unsupported(`the '${operatorKeyword(operator)}' operator`)
      const columns = operator.columns ?? node.columns
      if (!columns)
        return unsupported(`'${operator.text.slice(0, 60)}'`, 'the language service gave it no result schema')
      return compile(operator, input, scope, columns)
    }
    case 'ParenthesizedExpression':
    case 'MaterializeExpression':
      return compileTabular(field(node, 'Expression'), scope)
    case 'NameReference':
      return compileTableName(node, scope)
    case 'DataTableExpression':
      return compileDataTable(node, scope)
    case 'UnionOperator':
      return compileUnion(node, undefined, scope, node.columns ?? [])
    default:
      return unsupported(
        node.kind.endsWith('Operator')
          ? `the '${operatorKeyword(node)}' operator`
          : `the tabular expression '${node.text.slice(0, 60)}'`
      )
  }
}

function compileTableName(node: KqlNode, scope: CompileScope): TabularFn {
  const name = nameOf(node) ?? node.text
  if (node.symbol?.kind === 'Table') {
    const table = (node.symbol.name || name).toLowerCase()
    const columns = node.columns ?? []
    return (rt) => ({ columns, rows: rt.table(table) })
  }
  const binding = scope.lets.get(name)
  if (node.symbol?.kind === 'Variable' && binding?.kind === 'tabular') return binding.fn
  return unsupported(`the table '${name}'`)
}

function operatorKeyword(node: KqlNode): string {
  return /^[a-z][a-z-]*/i.exec(node.text)?.[0] ?? node.kind
}

function usesTake(node: KqlNode): boolean {
  if (node.kind === 'TakeOperator' || node.kind === 'SampleOperator') return true
  return Object.values(node.fields).some((child) => child !== null && usesTake(child)) || node.items.some(usesTake)
}
