import type { Cluster } from '../fleet/fleet-model.js'
import type { DineDefinition } from './dine-definition.js'
import { parameterNamed, policyEquals, type ResolvedParameters } from './flux-parameters.js'
import { evaluateString } from './template-expression.js'

const EXTENSIONS = 'microsoft.kubernetesconfiguration/extensions'
const FLUX_CONFIGURATIONS = 'microsoft.kubernetesconfiguration/fluxconfigurations'

/**
 * The definition's existenceCondition, evaluated against one cluster: compliant when ANY related resource of
 * `details.type` (an extension or a Flux configuration on the cluster) satisfies it — Microsoft Learn,
 * effect-deploy-if-not-exists.md ("if any matching related resource evaluates to true, the effect is satisfied").
 * No existence condition means any related resource satisfies it.
 */
export function isCompliant(cluster: Cluster, definition: DineDefinition, p: ResolvedParameters): boolean {
  const related = relatedResources(cluster, definition.resourceType)
  if (definition.existenceCondition === undefined) return related.length > 0
  return related.some((resource) => holds(definition.existenceCondition, resource, definition.resourceType, p))
}

function relatedResources(cluster: Cluster, resourceType: string): ReadonlyArray<Record<string, unknown>> {
  switch (resourceType.toLowerCase()) {
    case EXTENSIONS:
      return cluster.extensions as unknown as Array<Record<string, unknown>>
    case FLUX_CONFIGURATIONS:
      return cluster.fluxConfigurations as unknown as Array<Record<string, unknown>>
    default:
      throw new Error(
        `The emulator does not simulate DeployIfNotExists for related resources of type '${resourceType}'.`
      )
  }
}

const OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'exists'] as const

/**
 * One condition (definition-structure-policy-rule.md): allOf / anyOf / not, or `field` with an operator. String
 * comparisons are case-insensitive and a missing field reads as '' (as policyEquals). Other operators and `value`
 * conditions are not used by the Flux built-ins and throw rather than guess.
 */
function holds(
  condition: unknown,
  resource: Record<string, unknown>,
  resourceType: string,
  p: ResolvedParameters
): boolean {
  const c = condition as Record<string, unknown>
  const recurse = (inner: unknown) => holds(inner, resource, resourceType, p)
  if (Array.isArray(c.allOf)) return c.allOf.every(recurse)
  if (Array.isArray(c.anyOf)) return c.anyOf.some(recurse)
  if ('not' in c) return !recurse(c.not)
  if (typeof c.field !== 'string') throw new Error(`Unsupported policy condition: ${JSON.stringify(condition)}`)
  const actual = fieldValue(resource, resourceType, c.field)
  const operator = OPERATORS.find((o) => o in c)
  const expected = operator === undefined ? undefined : valueOf(c[operator], p)
  switch (operator) {
    case 'equals':
      return policyEquals(actual, expected)
    case 'notEquals':
      return !policyEquals(actual, expected)
    case 'in':
      return Array.isArray(expected) && expected.some((e) => policyEquals(actual, e))
    case 'notIn':
      return Array.isArray(expected) && !expected.some((e) => policyEquals(actual, e))
    case 'exists':
      return (actual !== undefined && actual !== null) === (String(expected).toLowerCase() === 'true')
    default:
      throw new Error(`Unsupported policy condition operator in ${JSON.stringify(condition)}`)
  }
}

function valueOf(expected: unknown, p: ResolvedParameters): unknown {
  if (typeof expected !== 'string') return expected
  return evaluateString(expected, {
    parameter: (name) => parameterNamed(p, name),
    field: (name) => {
      throw new Error(`field('${name}') in an existence condition's value is not simulated.`)
    }
  })
}

/**
 * A field alias of the related resource (`<type>/<property path>`) or `name` / `type`. The Flux configuration
 * conditions use the alias `gitRepository.httpsCAFile` (the property's name in API 2021-11-01-preview); the
 * templates write `httpsCACert` (2022-03-01), and the emulator reads the alias as that property.
 */
function fieldValue(resource: Record<string, unknown>, resourceType: string, field: string): unknown {
  const prefix = `${resourceType}/`.toLowerCase()
  if (field.toLowerCase() === 'name') return resource.name
  if (field.toLowerCase() === 'type') return resourceType
  if (!field.toLowerCase().startsWith(prefix))
    throw new Error(`The field '${field}' is not an alias of ${resourceType}.`)
  const path = field.slice(prefix.length).replace(/^gitRepository\.httpsCAFile$/i, 'gitRepository.httpsCACert')
  return path.split('.').reduce<unknown>((value, key) => propertyIgnoringCase(value, key), resource)
}

function propertyIgnoringCase(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined
  return Object.entries(value).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1]
}
