import type { BuiltinDefinition } from './catalog.js'
import { MAX_PARAMETERS } from './catalog.js'

export type ParameterValues = Record<string, string | number | boolean>

/**
 * What Azure would reject in an assignment's parameters for this definition (the same checks Azure makes:
 * undefined names, missing required ones, JSON types, case-sensitive allowed values, the 20-parameter limit).
 */
export function parameterErrors(definition: BuiltinDefinition, values: ParameterValues): string[] {
  const errors: string[] = []
  const names = Object.keys(values)
  if (names.length > MAX_PARAMETERS) errors.push(`${names.length} parameters, more than ${MAX_PARAMETERS}`)
  for (const name of names) {
    const spec = definition.parameters[name]
    const value = values[name]
    if (!spec) { errors.push(`${name} is not a parameter of ${definition.name}`); continue }
    const expected = spec.type === 'Integer' ? 'number' : spec.type === 'Boolean' ? 'boolean' : 'string'
    if (typeof value !== expected || (spec.type === 'Integer' && !Number.isInteger(value))) errors.push(`${name} must be ${spec.type}`)
    if (spec.allowedValues && !spec.allowedValues.includes(String(value))) errors.push(`${name} must be one of ${spec.allowedValues.join(', ')}`)
  }
  for (const [name, spec] of Object.entries(definition.parameters)) {
    if (spec.defaultValue === undefined && !(name in values)) errors.push(`${name} is required`)
  }
  return errors
}
