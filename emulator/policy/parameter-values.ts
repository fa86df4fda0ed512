import { badRequest } from '../arm/arm-error.js'
import type { PolicyDefinitionRecord } from './policy-definition.js'

/**
 * Checks an assignment's parameter values against its definition the way Azure does at assignment time:
 * undefined names, missing required ones, JSON types, and allowed values (compared case-sensitively).
 */
export function checkParameterValues(
  assignmentName: string,
  definition: PolicyDefinitionRecord,
  values: Record<string, unknown>
): Record<string, { value: unknown }> {
  const declared = new Map(
    Object.entries(definition.parameters).map(([name, spec]) => [name.toLowerCase(), { name, spec }])
  )
  const definitionLabel = definition.policyType === 'BuiltIn' ? definition.name : definition.id
  const parameters: Record<string, { value: unknown }> = {}
  for (const [name, wrapper] of Object.entries(values)) {
    if (!wrapper || typeof wrapper !== 'object' || Array.isArray(wrapper) || !('value' in wrapper)) {
      throw badRequest(
        'InvalidRequestContent',
        `The request content was invalid and could not be deserialized: 'Error converting value to type 'PolicyParameter'. Path 'properties.parameters.${name}'.'`
      )
    }
    parameters[name] = { value: (wrapper as { value: unknown }).value }
  }
  // A value for a parameter the definition does not declare is refused with 400 UndefinedPolicyParameter, as
  // Azure answers it (e.g. "Status=400 Code=\"UndefinedPolicyParameter\" ... attempting to assign the parameter(s)
  // 'effect' which are not defined in the policy definition", github.com/gettek/terraform-azurerm-policy-as-code
  // issue 47); Microsoft Learn "Azure Policy assignment structure", Parameters: the assignment's values are for the
  // parameters the definition defines.
  const undefinedNames = Object.keys(parameters).filter((name) => !declared.has(name.toLowerCase()))
  if (undefinedNames.length > 0) {
    throw badRequest(
      'UndefinedPolicyParameter',
      `The policy assignment '${assignmentName}' has the parameter(s) '${undefinedNames.join(',')}' which are not defined in the policy definition '${definitionLabel}'.`
    )
  }
  const given = new Map(Object.entries(parameters).map(([name, p]) => [name.toLowerCase(), p.value]))
  for (const [key, { name, spec }] of declared) {
    if (!given.has(key) && spec.defaultValue === undefined) {
      throw badRequest(
        'MissingPolicyParameter',
        `The policy assignment '${assignmentName}' is missing the parameter '${name}' as defined in the policy definition '${definitionLabel} version ${definition.version}'.`
      )
    }
  }
  for (const [key, value] of given) {
    const { name, spec } = declared.get(key) as { name: string; spec: PolicyDefinitionRecord['parameters'][string] }
    const actual = jsonTypeOf(value)
    if (!typeMatches(spec.type, value)) {
      throw badRequest(
        'InvalidPolicyParameterType',
        `The policy parameter '${name}' is not valid. The expected policy parameter type: '${capitalise(spec.type)}'. The actual policy parameter type '${actual}'.`
      )
    }
    if (
      spec.allowedValues &&
      !spec.allowedValues.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))
    ) {
      throw badRequest(
        'PolicyParameterValueNotAllowed',
        `The value '${String(value)}' is not allowed for policy parameter '${name}' in policy definition '${definitionLabel} version ${definition.version}'. The allowed values are '${spec.allowedValues.join(', ')}'.`
      )
    }
  }
  return parameters
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type.toLowerCase()) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'float':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
    default:
      return false
  }
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Float'
  return capitalise(typeof value)
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
