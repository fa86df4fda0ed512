import type { BuiltinDefinition } from '../../src/desired/catalog.js'

/** Parameter values as a deployment sees them: the assignment's values, defaults for the rest (names case-insensitive). */
export type ResolvedParameters = Readonly<Record<string, unknown>>

export function resolveParameters(definition: BuiltinDefinition, given: Readonly<Record<string, { value: unknown }>>): ResolvedParameters {
  const byLowerName = new Map(Object.entries(given).map(([name, p]) => [name.toLowerCase(), p.value]))
  return Object.fromEntries(Object.entries(definition.parameters).map(([name, spec]) => {
    const value = byLowerName.has(name.toLowerCase()) ? byLowerName.get(name.toLowerCase()) : spec.defaultValue
    return [name, value]
  }))
}

/** Azure Policy's `equals` at evaluation: strings compare case-insensitively; a missing or null field reads as ''. */
export function policyEquals(field: unknown, expected: unknown): boolean {
  return policyText(field) === policyText(expected)
}

function policyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).toLowerCase()
}

/** The template's `if(not(empty(x)), x, json('null'))`. */
export const nullIfEmpty = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value))
