// The GitHub emulator's GraphQL executor on its own: the language features clients' documents use.
import { executeGraphQL, type Schema } from '../../../emulator/github/graphql/execute.js'

interface Context {
  log: string[]
}

const schema: Schema<Context> = {
  types: {
    Query: {
      item: (_s, args) => ({ __typename: args.kind === 'b' ? 'B' : 'A', label: args.label ?? 'none' }),
      items: () => [
        { __typename: 'A', label: 'a1' },
        { __typename: 'B', label: 'b1' }
      ]
    },
    Mutation: {
      record: (_s, args, context) => (context.log.push(String(args.text)), { __typename: 'A', label: 'ok' })
    },
    A: { label: (s) => s.label, onlyA: () => 'from A' },
    B: { label: (s) => s.label, onlyB: () => 'from B' }
  },
  interfaces: { Labelled: ['A', 'B'] }
}

const run = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  executeGraphQL(schema, { query, variables, operationName }, { log: [] })

describe('GraphQL executor', () => {
  it('resolves aliases, arguments, variables with defaults and block strings', () => {
    const query = `query Q($kind: String = "b", $label: String) {
      first: item(kind: $kind, label: """a "block" string""") { label __typename }
      second: item(label: $label) { label }
    }`
    expect(run(query, { label: 'given' })).toEqual({
      data: {
        first: { label: 'a "block" string', __typename: 'B' },
        second: { label: 'given' }
      }
    })
  })

  it('applies fragments and inline fragments by type condition, interfaces included, and merges them', () => {
    const query = `fragment both on Labelled { label }
      query { items { ...both ... on A { onlyA } ... on B { onlyB } } }`
    expect(run(query)).toEqual({
      data: {
        items: [
          { label: 'a1', onlyA: 'from A' },
          { label: 'b1', onlyB: 'from B' }
        ]
      }
    })
  })

  it('honours @include and @skip', () => {
    const query = 'query ($yes: Boolean!) { item { label @include(if: $yes) onlyA @skip(if: $yes) } }'
    expect(run(query, { yes: true })).toEqual({ data: { item: { label: 'none' } } })
    expect(run(query, { yes: false })).toEqual({ data: { item: { onlyA: 'from A' } } })
  })

  it('runs the named operation of several, mutations included', () => {
    const context = { log: [] as string[] }
    const result = executeGraphQL(
      schema,
      { query: 'query A { item { label } } mutation M { record(text: "hi") { label } }', operationName: 'M' },
      context
    )
    expect(result).toEqual({ data: { record: { label: 'ok' } } })
    expect(context.log).toEqual(['hi'])
  })

  it('fails unknown fields as GitHub does, and a syntax error as a parse error', () => {
    expect(run('{ item { nope } }')).toEqual({
      errors: [
        {
          message: "Field 'nope' doesn't exist on type 'A'",
          path: ['item', 'nope'],
          extensions: { code: 'undefinedField', typeName: 'A', fieldName: 'nope' }
        }
      ]
    })
    expect(run('{ item { label }').errors?.[0]?.message).toMatch(/^Parse error: /)
  })
})
