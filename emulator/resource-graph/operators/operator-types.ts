import type { CompileScope, TabularFn } from '../compile-context.js'
import { unsupported } from '../errors.js'
import { literalValue, LITERAL_KINDS } from '../literals.js'
import { itemsOf, nameOf, type KqlColumnType, type KqlNode } from '../syntax-tree.js'

/**
 * Compiles one query operator applied to its input. `columns` is the language service's result schema of the operator.
 */
export type OperatorCompiler = (
  node: KqlNode,
  input: TabularFn,
  scope: CompileScope,
  columns: readonly KqlColumnType[]
) => TabularFn

/**
 * The value of a named operator parameter (`kind=leftouter`, `with_itemindex=i`, `hint.strategy=...`), by lower-case
 * name.
 */
export function operatorParameters(node: KqlNode): Map<string, string> {
  const parameters = new Map<string, string>()
  for (const parameter of itemsOf(node, 'Parameters')) {
    const name = nameOf(parameter.fields.Name)?.toLowerCase()
    const expression = parameter.fields.Expression
    if (!name || !expression) continue
    let value: string
    if (expression.kind === 'TokenLiteralExpression') value = expression.fields.Token?.text ?? expression.text
    else if (LITERAL_KINDS.has(expression.kind)) value = String(literalValue(expression))
    else value = nameOf(expression) ?? expression.text
    parameters.set(name, value)
  }
  return parameters
}

/** Rejects parameters the emulator would otherwise ignore (hints change nothing in results, so they pass). */
export function rejectParameters(operator: string, parameters: Map<string, string>, allowed: readonly string[]): void {
  for (const [name, value] of parameters) {
    if (name.startsWith('hint.') || allowed.includes(name)) continue
    unsupported(`the ${operator} parameter '${name}=${value}'`)
  }
}

/** The name an `extend`/`summarize by`/`mv-expand` item declares (`name = expr`), if any. */
export function declaredName(item: KqlNode): string | undefined {
  if (item.kind === 'SimpleNamedExpression') return nameOf(item.fields.Name)
  if (item.kind === 'CompoundNamedExpression') return unsupported(`the tuple assignment '${item.text}'`)
  return undefined
}

/** The expression of an item, without its `name =`. */
export function itemExpression(item: KqlNode): KqlNode {
  return item.kind === 'SimpleNamedExpression' && item.fields.Expression ? item.fields.Expression : item
}

/**
 * The column each item writes, for operators that keep their input columns and add or replace some (`extend`,
 * `mv-expand`): declared names, a plain column reference's own name, else the names the language service gave
 * (`Column1`, `properties_a`...) in order.
 */
export function targetNames(
  items: readonly KqlNode[],
  inputNames: readonly string[],
  columns: readonly KqlColumnType[],
  what: string
): string[] {
  const declared = items.map(
    (item) =>
      declaredName(item) ?? (itemExpression(item).kind === 'NameReference' ? nameOf(itemExpression(item)) : undefined)
  )
  const taken = new Set<string>([...inputNames, ...declared.filter((n): n is string => n !== undefined)])
  const fresh = columns.map((c) => c.name).filter((n) => !taken.has(n))
  let next = 0
  const names = declared.map((name) => name ?? fresh[next++])
  if (names.some((n) => n === undefined) || next !== fresh.length)
    return unsupported(`the column names of this ${what}`, 'they could not be matched to the language service result')
  return names as string[]
}
