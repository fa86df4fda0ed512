/**
 * A GraphQL document parser for the executable subset clients send (GraphQL spec, October 2021, §2): operations
 * (`query`/`mutation`, named or not, with variable definitions), fields with aliases, arguments and directives,
 * fragment spreads, inline fragments and fragment definitions. Type-system definitions are not accepted.
 */
export type Value =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> }

export interface Directive {
  name: string
  args: Record<string, Value>
}

export type Selection =
  | {
      kind: 'field'
      alias: string
      name: string
      args: Record<string, Value>
      directives: Directive[]
      selections?: Selection[]
    }
  | { kind: 'spread'; name: string; directives: Directive[] }
  | { kind: 'inline'; typeCondition?: string; directives: Directive[]; selections: Selection[] }

export interface Operation {
  type: 'query' | 'mutation'
  name?: string
  variableDefaults: Record<string, Value | undefined>
  selections: Selection[]
}

export interface Document {
  operations: Operation[]
  fragments: Record<string, { typeCondition: string; selections: Selection[] }>
}

export class GraphQLSyntaxError extends Error {}

const PUNCTUATOR = /^(\.\.\.|[!$&():=@[\]{|}])/
const NAME = /^[_A-Za-z][_0-9A-Za-z]*/
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/

interface Token {
  kind: 'punct' | 'name' | 'number' | 'string'
  text: string
  value?: unknown
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let rest = source
  while (rest.length > 0) {
    const skipped = /^(?:[\s,\uFEFF]+|#[^\n\r]*)/.exec(rest)
    if (skipped) {
      rest = rest.slice(skipped[0].length)
      continue
    }
    if (rest.startsWith('"""')) {
      const end = rest.indexOf('"""', 3)
      if (end < 0) throw new GraphQLSyntaxError('Unterminated block string.')
      tokens.push({ kind: 'string', text: rest.slice(0, end + 3), value: rest.slice(3, end).replace(/\\"""/g, '"""') })
      rest = rest.slice(end + 3)
      continue
    }
    if (rest.startsWith('"')) {
      const match = /^"((?:[^"\\\n\r]|\\.)*)"/.exec(rest)
      if (!match) throw new GraphQLSyntaxError('Unterminated string.')
      tokens.push({ kind: 'string', text: match[0], value: JSON.parse(match[0]) as string })
      rest = rest.slice(match[0].length)
      continue
    }
    const match = PUNCTUATOR.exec(rest) ?? NAME.exec(rest) ?? NUMBER.exec(rest)
    if (!match) throw new GraphQLSyntaxError(`Unexpected character "${rest[0]}".`)
    const text = match[0]
    const kind = PUNCTUATOR.test(text) ? 'punct' : NAME.test(text) ? 'name' : 'number'
    tokens.push({ kind, text, ...(kind === 'number' ? { value: Number(text) } : {}) })
    rest = rest.slice(text.length)
  }
  return tokens
}

export function parseDocument(source: string): Document {
  const tokens = tokenize(source)
  let position = 0
  const peek = (): Token | undefined => tokens[position]
  const next = (): Token => {
    const token = tokens[position++]
    if (!token) throw new GraphQLSyntaxError('Unexpected end of document.')
    return token
  }
  const accept = (text: string): boolean => {
    if (peek()?.text === text && peek()?.kind !== 'string') {
      position++
      return true
    }
    return false
  }
  const expect = (text: string): void => {
    const token = next()
    if (token.text !== text || token.kind === 'string')
      throw new GraphQLSyntaxError(`Expected "${text}", found "${token.text}".`)
  }
  const name = (): string => {
    const token = next()
    if (token.kind !== 'name') throw new GraphQLSyntaxError(`Expected a name, found "${token.text}".`)
    return token.text
  }

  const value = (): Value => {
    const token = next()
    if (token.text === '$' && token.kind === 'punct') return { kind: 'variable', name: name() }
    if (token.kind === 'string' || token.kind === 'number') return { kind: 'literal', value: token.value }
    if (token.text === '[' && token.kind === 'punct') {
      const items: Value[] = []
      while (!accept(']')) items.push(value())
      return { kind: 'list', items }
    }
    if (token.text === '{' && token.kind === 'punct') {
      const fields: Record<string, Value> = {}
      while (!accept('}')) {
        const key = name()
        expect(':')
        fields[key] = value()
      }
      return { kind: 'object', fields }
    }
    if (token.kind === 'name') {
      if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' }
      if (token.text === 'null') return { kind: 'literal', value: null }
      return { kind: 'literal', value: token.text } // an enum value
    }
    throw new GraphQLSyntaxError(`Unexpected "${token.text}".`)
  }
  const args = (): Record<string, Value> => {
    const result: Record<string, Value> = {}
    if (!accept('(')) return result
    while (!accept(')')) {
      const key = name()
      expect(':')
      result[key] = value()
    }
    return result
  }
  const directives = (): Directive[] => {
    const result: Directive[] = []
    while (accept('@')) result.push({ name: name(), args: args() })
    return result
  }
  const typeReference = (): void => {
    if (accept('[')) {
      typeReference()
      expect(']')
    } else name()
    accept('!')
  }
  const selectionSet = (): Selection[] => {
    expect('{')
    const selections: Selection[] = []
    while (!accept('}')) {
      if (accept('...')) {
        if (peek()?.text === 'on' && peek()?.kind === 'name') {
          position++
          const typeCondition = name()
          selections.push({ kind: 'inline', typeCondition, directives: directives(), selections: selectionSet() })
        } else if (peek()?.kind === 'name') {
          selections.push({ kind: 'spread', name: name(), directives: directives() })
        } else {
          selections.push({ kind: 'inline', directives: directives(), selections: selectionSet() })
        }
        continue
      }
      let alias = name()
      let fieldName = alias
      if (accept(':')) fieldName = name()
      else alias = fieldName
      const field: Selection = { kind: 'field', alias, name: fieldName, args: args(), directives: directives() }
      if (peek()?.text === '{' && peek()?.kind === 'punct') field.selections = selectionSet()
      selections.push(field)
    }
    return selections
  }

  const document: Document = { operations: [], fragments: {} }
  while (peek()) {
    if (peek()?.text === '{') {
      document.operations.push({ type: 'query', variableDefaults: {}, selections: selectionSet() })
      continue
    }
    const keyword = name()
    if (keyword === 'fragment') {
      const fragmentName = name()
      if (name() !== 'on') throw new GraphQLSyntaxError('Expected "on".')
      const typeCondition = name()
      directives()
      document.fragments[fragmentName] = { typeCondition, selections: selectionSet() }
      continue
    }
    if (keyword !== 'query' && keyword !== 'mutation')
      throw new GraphQLSyntaxError(`Unexpected "${keyword}": only queries, mutations and fragments are served.`)
    const operation: Operation = { type: keyword, variableDefaults: {}, selections: [] }
    if (peek()?.kind === 'name') operation.name = name()
    if (accept('(')) {
      while (!accept(')')) {
        expect('$')
        const variable = name()
        expect(':')
        typeReference()
        operation.variableDefaults[variable] = accept('=') ? value() : undefined
        directives()
      }
    }
    directives()
    operation.selections = selectionSet()
    document.operations.push(operation)
  }
  return document
}
