import { symbolKindName, syntaxKindName, listItems, type LsElement, type LsType } from './language-service.js'

/** A column of a tabular result as the language service computed it. */
export interface KqlColumnType {
  name: string
  /** Kusto scalar type name: `string`, `long`, `int`, `real`, `bool`, `datetime`, `timespan`, `guid`, `dynamic`... */
  type: string
}

/**
 * A plain copy of one element of the language service's bound syntax tree: the evaluator walks this, never the
 * Bridge.NET objects. Named children are in `fields` (`Left`, `Operator`, `Expression`...), list elements in
 * `items` (separators dropped), tokens carry their text.
 */
export interface KqlNode {
  /** `SyntaxKind` name, e.g. `FilterOperator`, `EqualExpression`, `IdentifierToken`. */
  readonly kind: string
  readonly isToken: boolean
  /** Source text without surrounding trivia (for tokens: the token text). */
  readonly text: string
  /** Token value (string literals unescaped). */
  readonly value?: string
  /** The language service's value of a string literal. */
  readonly literal?: unknown
  /** Scalar result type name, when the node is a scalar expression. */
  readonly scalarType?: string
  /** Result columns, when the node is a tabular expression (or a tuple, e.g. `arg_max(...)`). */
  readonly columns?: readonly KqlColumnType[]
  /** What a name refers to: `Column`, `Variable`, `Table`, `Function`, `Tuple`, `Parameter`... */
  readonly symbol?: { readonly kind: string; readonly name: string }
  readonly start: number
  readonly fields: Readonly<Record<string, KqlNode | null>>
  readonly items: readonly KqlNode[]
}

/** Copies the bound tree of a query (`code.Syntax`). */
export function toKqlNode(element: LsElement, source: string): KqlNode {
  const kind = syntaxKindName(element.Kind)
  const text = source.slice(element.TextStart, element.End)
  if (element.IsToken) {
    return {
      kind,
      isToken: true,
      text: element.Text ?? text,
      value: element.ValueText ?? '',
      start: element.TextStart,
      fields: {},
      items: []
    }
  }
  const fields: Record<string, KqlNode | null> = {}
  const items: KqlNode[] = []
  for (let i = 0; i < element.ChildCount; i++) {
    const child = element.GetChild(i)
    if (kind === 'List') {
      const item = child && syntaxKindName(child.Kind) === 'SeparatedElement' ? child.GetChild(0) : child
      if (item) items.push(toKqlNode(item, source))
      continue
    }
    const name = element.GetName(i)
    if (name) fields[name] = child ? toKqlNode(child, source) : null
  }
  const node: { -readonly [K in keyof KqlNode]: KqlNode[K] } = {
    kind,
    isToken: false,
    text,
    start: element.TextStart,
    fields,
    items
  }
  addSemantics(node, element)
  return node
}

function addSemantics(node: { -readonly [K in keyof KqlNode]: KqlNode[K] }, element: LsElement): void {
  if (typeof element.LiteralValue === 'string') node.literal = element.LiteralValue
  const type = element.ResultType
  if (type) {
    const columns = columnsOf(type)
    if (columns) node.columns = columns
    else node.scalarType = scalarTypeName(type.Name)
  }
  const symbol = element.ReferencedSymbol
  if (symbol) node.symbol = { kind: symbolKindName(symbol.Kind), name: symbol.Name }
}

function columnsOf(type: LsType): KqlColumnType[] | undefined {
  if (!type.Columns) return undefined
  return listItems(type.Columns).map((c) => ({ name: c.Name, type: scalarTypeName(c.Type.Name) }))
}

/** `dynamic(array)`-style refinements are still `dynamic`. */
function scalarTypeName(name: string): string {
  return name.startsWith('dynamic') ? 'dynamic' : name
}

/** The name a `NameDeclaration`, `NameReference`, `TokenName` or `BracketedName` spells. */
export function nameOf(node: KqlNode | null | undefined): string | undefined {
  if (!node) return undefined
  if (node.isToken) return node.value ?? node.text
  const inner = node.fields.Name
  if (inner) return nameOf(inner)
  return undefined
}

/**
 * The child named `name`, or an error naming what was expected (the tree is the language service's, so this is a bug).
 */
export function field(node: KqlNode, name: string): KqlNode {
  const child = node.fields[name]
  if (!child) throw new Error(`${node.kind} has no ${name} (near "${node.text.slice(0, 60)}")`)
  return child
}

/** The items of a list child, or `[]` when the child is absent. */
export function itemsOf(node: KqlNode, name: string): readonly KqlNode[] {
  return node.fields[name]?.items ?? []
}
