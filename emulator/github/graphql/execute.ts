import type { Document, Selection, Value } from './parse.js'
import { GraphQLSyntaxError, parseDocument } from './parse.js'

/** An object value: its GraphQL type name plus whatever its type's resolvers read. */
export interface GraphObject {
  __typename: string
  [key: string]: unknown
}

export type Resolver<C> = (source: GraphObject, args: Record<string, unknown>, context: C) => unknown

/** Object types by name, each a map of field name to resolver; `interfaces`: the types each abstract type covers. */
export interface Schema<C> {
  types: Record<string, Record<string, Resolver<C>>>
  interfaces: Record<string, readonly string[]>
}

export interface GraphQLError {
  message: string
  path?: Array<string | number>
  extensions?: Record<string, unknown>
}

export class GraphQLFieldError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {}
  ) {
    super(message)
  }
}

/**
 * Executes one operation of a document against the schema (GraphQL spec §6, without validation beyond unknown
 * fields): fields resolve in order, fragments apply when their type condition covers the object's type, `@include`
 * and `@skip` are honoured. An unknown field fails the whole request as GitHub's validation does ("Field 'x' doesn't
 * exist on type 'Y'", extension code `undefinedField`); a resolver's GraphQLFieldError nulls its field and is listed.
 */
export function executeGraphQL<C>(
  schema: Schema<C>,
  request: { query?: unknown; variables?: unknown; operationName?: unknown },
  context: C
): { data?: unknown; errors?: GraphQLError[] } {
  if (typeof request.query !== 'string')
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
  let document: Document
  try {
    document = parseDocument(request.query)
  } catch (error) {
    if (error instanceof GraphQLSyntaxError) return { errors: [{ message: `Parse error: ${error.message}` }] }
    throw error
  }
  const operation =
    typeof request.operationName === 'string'
      ? document.operations.find((o) => o.name === request.operationName)
      : document.operations[0]
  if (!operation) return { errors: [{ message: 'No operation named in the document.' }] }
  const given = (request.variables ?? {}) as Record<string, unknown>
  const variables: Record<string, unknown> = {}
  for (const [name, fallback] of Object.entries(operation.variableDefaults))
    variables[name] = name in given ? given[name] : fallback ? valueOf(fallback, {}) : null

  const undefinedFields: GraphQLError[] = []
  const fieldErrors: GraphQLError[] = []
  const included = (selection: Selection): boolean =>
    selection.directives.every((d) => {
      const condition = d.args.if ? valueOf(d.args.if, variables) : undefined
      if (d.name === 'include') return condition === true
      if (d.name === 'skip') return condition !== true
      return true
    })
  const covers = (condition: string | undefined, typeName: string): boolean =>
    condition === undefined || condition === typeName || (schema.interfaces[condition] ?? []).includes(typeName)

  const selectionsOn = (object: GraphObject, selections: Selection[], path: Array<string | number>) => {
    const result: Record<string, unknown> = {}
    for (const selection of selections) {
      if (!included(selection)) continue
      if (selection.kind !== 'field') {
        const fragment = selection.kind === 'spread' ? document.fragments[selection.name] : selection
        if (!fragment) {
          undefinedFields.push({
            message: `Fragment ${selection.kind === 'spread' ? selection.name : ''} was used, but not defined`
          })
          continue
        }
        if (covers(fragment.typeCondition, object.__typename))
          merge(result, selectionsOn(object, fragment.selections, path))
        continue
      }
      const fieldPath = [...path, selection.alias]
      if (selection.name === '__typename') {
        result[selection.alias] = object.__typename
        continue
      }
      const resolver = schema.types[object.__typename]?.[selection.name]
      if (!resolver) {
        undefinedFields.push({
          message: `Field '${selection.name}' doesn't exist on type '${object.__typename}'`,
          path: fieldPath,
          extensions: { code: 'undefinedField', typeName: object.__typename, fieldName: selection.name }
        })
        continue
      }
      const args = Object.fromEntries(Object.entries(selection.args).map(([k, v]) => [k, valueOf(v, variables)]))
      let value: unknown
      try {
        value = resolver(object, args, context)
      } catch (error) {
        if (!(error instanceof GraphQLFieldError)) throw error
        fieldErrors.push({ message: error.message, path: fieldPath, extensions: error.extensions })
        value = null
      }
      result[selection.alias] = complete(value, selection.selections, fieldPath)
    }
    return result
  }
  const complete = (value: unknown, selections: Selection[] | undefined, path: Array<string | number>): unknown => {
    if (value === undefined || value === null) return null
    if (Array.isArray(value)) return value.map((item, index) => complete(item, selections, [...path, index]))
    if (!selections) return value
    return selectionsOn(value as GraphObject, selections, path)
  }

  const root: GraphObject = { __typename: operation.type === 'query' ? 'Query' : 'Mutation' }
  const data = selectionsOn(root, operation.selections, [])
  if (undefinedFields.length > 0) return { errors: undefinedFields }
  return fieldErrors.length > 0 ? { data, errors: fieldErrors } : { data }
}

function valueOf(value: Value, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'variable':
      return variables[value.name] ?? null
    case 'literal':
      return value.value
    case 'list':
      return value.items.map((item) => valueOf(item, variables))
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, valueOf(v, variables)]))
  }
}

/** Fields selected twice (by two fragments) merge: objects field by field, anything else the later one. */
function merge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (isPlainObject(existing) && isPlainObject(value)) merge(existing, value)
    else if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length)
      target[key] = existing.map((item, i) =>
        isPlainObject(item) && isPlainObject(value[i]) ? (merge(item, value[i]), item) : value[i]
      )
    else target[key] = value
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
