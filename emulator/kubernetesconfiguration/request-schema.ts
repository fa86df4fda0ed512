import { badRequest } from '../arm/arm-error.js'

/**
 * A small subset of the REST spec's JSON schema, enough to check request bodies as strictly as the spec: types,
 * enums, nullability (`x-nullable`), maps (`additionalProperties`) and read-only properties (accepted and ignored,
 * so a GET body can be sent back). Property names are case-sensitive and unknown ones are refused: stricter than
 * a lenient deserializer, never more lenient than the spec.
 */
export type Schema =
  | { kind: 'string'; nullable?: boolean; enum?: readonly string[]; pattern?: RegExp; patternText?: string }
  | { kind: 'integer'; nullable?: boolean; minimum?: number }
  | { kind: 'boolean'; nullable?: boolean }
  | { kind: 'object'; properties: Record<string, Schema>; nullable?: boolean }
  | { kind: 'map'; values: Schema; nullable?: boolean }
  | { kind: 'array'; items: Schema; nullable?: boolean }
  | { kind: 'readOnly' }

export const str = (extra: Omit<Extract<Schema, { kind: 'string' }>, 'kind'> = {}): Schema => ({
  kind: 'string',
  ...extra
})
export const nullableString: Schema = { kind: 'string', nullable: true }
export const int = (nullable = true): Schema => ({ kind: 'integer', nullable, minimum: 0 })
export const bool = (nullable = false): Schema => ({ kind: 'boolean', nullable })
export const obj = (properties: Record<string, Schema>, nullable = true): Schema => ({
  kind: 'object',
  properties,
  nullable
})
export const readOnly: Schema = { kind: 'readOnly' }

/** Checks `value` against `schema`; throws 400 `InvalidRequestContent` naming the JSON path of the first problem. */
export function checkSchema(value: unknown, schema: Schema, path: string): void {
  if (schema.kind === 'readOnly') return
  if (value === null) {
    if (schema.nullable) return
    throw invalid(path, 'must not be null')
  }
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') throw invalid(path, 'must be a string')
      if (schema.enum && !schema.enum.includes(value))
        throw invalid(path, `has the value '${value}'; the allowed values are '${schema.enum.join("', '")}'`)
      if (schema.pattern && !schema.pattern.test(value))
        throw invalid(path, `has the value '${value}', which is not ${schema.patternText ?? 'valid'}`)
      return
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalid(path, 'must be an integer')
      if (schema.minimum !== undefined && value < schema.minimum)
        throw invalid(path, `must be ${schema.minimum} or more`)
      return
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(path, 'must be a boolean')
      return
    case 'array':
      if (!Array.isArray(value)) throw invalid(path, 'must be an array')
      value.forEach((item, i) => checkSchema(item, schema.items, `${path}[${i}]`))
      return
    case 'map':
      if (!isObject(value)) throw invalid(path, 'must be an object')
      for (const [key, item] of Object.entries(value)) checkSchema(item, schema.values, `${path}.${key}`)
      return
    case 'object':
      if (!isObject(value)) throw invalid(path, 'must be an object')
      for (const [key, item] of Object.entries(value)) {
        const property = schema.properties[key]
        if (!property) throw invalid(`${path}.${key}`, 'is not a property of this resource type in the REST spec')
        checkSchema(item, property, `${path}.${key}`)
      }
      return
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function invalid(path: string, problem: string) {
  return badRequest('InvalidRequestContent', `The request content was invalid: '${path}' ${problem}.`)
}
