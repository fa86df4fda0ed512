import type { DineDefinition } from './dine-definition.js'

/**
 * Parameter values as a deployment sees them: the assignment's values, defaults for the rest (names case-insensitive).
 */
export type ResolvedParameters = Readonly<Record<string, unknown>>

export function resolveParameters(
  definition: Pick<DineDefinition, 'parameters'>,
  given: Readonly<Record<string, { value: unknown }>>
): ResolvedParameters {
  const byLowerName = new Map(Object.entries(given).map(([name, p]) => [name.toLowerCase(), p.value]))
  return Object.fromEntries(
    Object.entries(definition.parameters).map(([name, spec]) => {
      const value = byLowerName.has(name.toLowerCase()) ? byLowerName.get(name.toLowerCase()) : spec.defaultValue
      return [name, value]
    })
  )
}

/**
 * A parameter by name, case-insensitively: Azure resolves `parameters('repositoryhttpsCACert')` to the declared
 * `repositoryHttpsCACert` (the published HTTPS definitions spell it both ways). An undeclared name is an error.
 */
export function parameterNamed(parameters: ResolvedParameters, name: string): unknown {
  const found = Object.keys(parameters).find((key) => key.toLowerCase() === name.toLowerCase())
  if (found === undefined) throw new Error(`The template parameter '${name}' is not found.`)
  return parameters[found]
}

/** Azure Policy's `equals` at evaluation: strings compare case-insensitively; a missing or null field reads as ''. */
export function policyEquals(field: unknown, expected: unknown): boolean {
  return policyText(field) === policyText(expected)
}

function policyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).toLowerCase()
}
