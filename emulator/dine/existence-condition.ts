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
  const test = compiledCondition(definition, p)
  return related.some(test)
}

type ResourceTest = (resource: Record<string, unknown>) => boolean

/**
 * The condition compiled once per (definition, parameters): its values (template expressions over parameters) do
 * not depend on the resource, and the policy states of 500,000 clusters evaluated them once per cluster before.
 */
const compiled = new WeakMap<ResolvedParameters, Map<DineDefinition, ResourceTest>>()

function compiledCondition(definition: DineDefinition, p: ResolvedParameters): ResourceTest {
  let byDefinition = compiled.get(p)
  if (!byDefinition) compiled.set(p, (byDefinition = new Map()))
  let test = byDefinition.get(definition)
  if (!test) {
    test = compile(definition.existenceCondition, definition.resourceType, p)
    byDefinition.set(definition, test)
  }
  return test
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
 * conditions are not used by the Flux built-ins and throw rather than guess — when a resource is tested, as before
 * compiling, so a cluster without related resources never throws.
 */
function compile(condition: unknown, resourceType: string, p: ResolvedParameters): ResourceTest {
  try {
    return compileOrThrow(condition, resourceType, p)
  } catch (error) {
    return () => {
      throw error
    }
  }
}

function compileOrThrow(condition: unknown, resourceType: string, p: ResolvedParameters): ResourceTest {
  const c = condition as Record<string, unknown>
  const inner = (list: unknown[]) => list.map((item) => compile(item, resourceType, p))
  if (Array.isArray(c.allOf)) {
    const tests = inner(c.allOf)
    return (resource) => tests.every((test) => test(resource))
  }
  if (Array.isArray(c.anyOf)) {
    const tests = inner(c.anyOf)
    return (resource) => tests.some((test) => test(resource))
  }
  if ('not' in c) {
    const test = compile(c.not, resourceType, p)
    return (resource) => !test(resource)
  }
  if (typeof c.field !== 'string') throw new Error(`Unsupported policy condition: ${JSON.stringify(condition)}`)
  const actualOf = fieldReader(resourceType, c.field)
  const operator = OPERATORS.find((o) => o in c)
  const expected = operator === undefined ? undefined : valueOf(c[operator], p)
  switch (operator) {
    case 'equals':
      return (resource) => policyEquals(actualOf(resource), expected)
    case 'notEquals':
      return (resource) => !policyEquals(actualOf(resource), expected)
    case 'in':
      return (resource) => Array.isArray(expected) && expected.some((e) => policyEquals(actualOf(resource), e))
    case 'notIn':
      return (resource) => Array.isArray(expected) && !expected.some((e) => policyEquals(actualOf(resource), e))
    case 'exists': {
      const wanted = String(expected).toLowerCase() === 'true'
      return (resource) => {
        const actual = actualOf(resource)
        return (actual !== undefined && actual !== null) === wanted
      }
    }
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
function fieldReader(resourceType: string, field: string): (resource: Record<string, unknown>) => unknown {
  const prefix = `${resourceType}/`.toLowerCase()
  if (field.toLowerCase() === 'name') return (resource) => resource.name
  if (field.toLowerCase() === 'type') return () => resourceType
  if (!field.toLowerCase().startsWith(prefix))
    throw new Error(`The field '${field}' is not an alias of ${resourceType}.`)
  const path = field
    .slice(prefix.length)
    .replace(/^gitRepository\.httpsCAFile$/i, 'gitRepository.httpsCACert')
    .split('.')
  return (resource) => path.reduce<unknown>((value, key) => propertyIgnoringCase(value, key), resource)
}

function propertyIgnoringCase(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, key)) return record[key]
  const lower = key.toLowerCase()
  return Object.entries(record).find(([k]) => k.toLowerCase() === lower)?.[1]
}
