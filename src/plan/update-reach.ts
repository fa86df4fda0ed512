import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'

/**
 * How a changed field reaches clusters that already carry the deployed resource (the Flux configuration):
 * - `remediation`: the definition's existence condition compares the property it sets, so those clusters turn
 *   non-compliant and a remediation task redeploys the template;
 * - `invisible`: the property is deployed but the existence condition does not compare it, so the policy still
 *   finds those clusters compliant and nothing redeploys; only a direct update of the resource brings them in line;
 * - `not-deployed`: the field sets no property of the deployed resource (the effect, or a parameter the template
 *   never reads), so nothing on a cluster changes.
 */
export type Reach = 'remediation' | 'invisible' | 'not-deployed'

export interface ParameterReach {
  parameter: string
  reach: Reach
  /**
   * The deployed resource's properties the parameter sets, as paths under `properties` (`gitRepository.url`,
   * `kustomizations.*.path`; `kustomizations.*` for a map key; `name` for the resource's name), sorted.
   */
  properties: string[]
}

export interface PropertyReach {
  property: string
  reach: Exclude<Reach, 'not-deployed'>
}

/** The parts of a DeployIfNotExists rule the classification reads; absent when the rule is not one. */
interface DineParts {
  resourceType: string
  existenceCondition: unknown
  /** Deployment parameter name → the parameters its value (or Key Vault reference) reads, lower case. */
  deploymentParameters: Record<string, Set<string>>
  /** The template resource of `details.type`. */
  resource: Record<string, unknown> | undefined
}

/** One `field … equals …` the existence condition needs to hold (reached from its root through `allOf` only). */
interface RequiredComparison {
  /** Property path under `properties` (or `name`), lower case. */
  property: string
  /** Parameters the compared value reads, lower case. */
  parameters: Set<string>
}

/**
 * For each changed policy parameter, whether a change reaches existing clusters, read from the definition itself
 * (built-in as Azure serves it, or a generated custom one): the parameter is followed through the deployment's
 * parameters (`{ "x": { "value": "[parameters('p')]" } }`) into the template resource of `then.details.type`, and
 * the change is `remediation` only when the existence condition requires (through `allOf`, never inside `anyOf` or
 * `not`, where another branch may still hold) that one of the properties it sets `equals` a value reading it.
 * Parameter names compare case-insensitively, as ARM resolves them. Pure.
 */
export function classifyParameterChanges(
  definition: PolicyDefinitionBody,
  changedParameterNames: readonly string[]
): ParameterReach[] {
  const parts = dineParts(definition)
  const required = parts ? requiredComparisons(parts.existenceCondition, parts.resourceType) : []
  return changedParameterNames.map((parameter) => {
    const properties = parts ? propertiesFedBy(parts, parameter) : []
    if (properties.length === 0) return { parameter, reach: 'not-deployed', properties }
    const fed = new Set(properties.map((p) => p.toLowerCase()))
    const seen = required.some((c) => fed.has(c.property) && c.parameters.has(parameter.toLowerCase()))
    return { parameter, reach: seen ? 'remediation' : 'invisible', properties }
  })
}

/**
 * For properties of the deployed resource that changed in a definition's template (a custom definition's
 * hard-coded values), whether the existence condition requires them to equal something — whatever it compares
 * them with, a change then turns clusters non-compliant once the definition is written.
 */
export function classifyPropertyChanges(
  definition: PolicyDefinitionBody,
  properties: readonly string[]
): PropertyReach[] {
  const parts = dineParts(definition)
  const required = new Set(
    (parts ? requiredComparisons(parts.existenceCondition, parts.resourceType) : []).map((c) => c.property)
  )
  return properties.map((property) => ({
    property,
    reach: required.has(property.toLowerCase()) ? 'remediation' : 'invisible'
  }))
}

/**
 * The leaf properties of the deployed resource whose template value differs between two definitions (`name`
 * for the resource name), sorted; empty when either is not a DeployIfNotExists rule with that resource.
 */
export function changedDeployedProperties(before: PolicyDefinitionBody, after: PolicyDefinitionBody): string[] {
  const [a, b] = [dineParts(before)?.resource, dineParts(after)?.resource]
  if (!a || !b) return []
  const leaves = (resource: Record<string, unknown>) =>
    new Map([...leafValues(resource.properties, ''), ['name', JSON.stringify(resource.name)]])
  const [left, right] = [leaves(a), leaves(b)]
  return [...new Set([...left.keys(), ...right.keys()])].filter((p) => left.get(p) !== right.get(p)).sort()
}

function leafValues(value: unknown, path: string): Array<[string, string]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, inner]) => leafValues(inner, path ? `${path}.${key}` : key))
  return path ? [[path, JSON.stringify(value)]] : []
}

const asObject = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

function dineParts(definition: PolicyDefinitionBody): DineParts | undefined {
  const details = asObject(asObject(asObject(definition.policyRule)?.then)?.details)
  const resourceType = details?.type
  if (typeof resourceType !== 'string') return undefined
  const deployment = asObject(asObject(details?.deployment)?.properties)
  const template = asObject(deployment?.template)
  const resources = Array.isArray(template?.resources) ? template.resources : []
  const resource = resources
    .map(asObject)
    .find((r) => typeof r?.type === 'string' && r.type.toLowerCase() === resourceType.toLowerCase())
  const deploymentParameters = Object.fromEntries(
    Object.entries(asObject(deployment?.parameters) ?? {}).map(([name, p]) => [name, parametersReadDeep(p)])
  )
  return { resourceType, existenceCondition: details?.existenceCondition, deploymentParameters, resource }
}

/** The parameter names an ARM template expression reads (`[… parameters('x') …]`), lower case; none for a literal. */
function parametersRead(value: unknown): Set<string> {
  if (typeof value !== 'string' || !value.startsWith('[') || value.startsWith('[[') || !value.endsWith(']'))
    return new Set()
  return new Set([...value.matchAll(/\bparameters\(\s*'([^']+)'\s*\)/gi)].map((m) => m[1]!.toLowerCase()))
}

/** Every parameter read anywhere in a value: a deployment parameter is `{ value }` or a Key Vault `{ reference }`. */
function parametersReadDeep(value: unknown): Set<string> {
  if (typeof value === 'string') return parametersRead(value)
  const inner = Array.isArray(value) ? value : Object.values(asObject(value) ?? {})
  return new Set(inner.flatMap((v) => [...parametersReadDeep(v)]))
}

/** The properties of the template resource a policy parameter sets, through the deployment parameters. */
function propertiesFedBy(parts: DineParts, parameter: string): string[] {
  const deploymentParameters = new Set(
    Object.entries(parts.deploymentParameters)
      .filter(([, reads]) => reads.has(parameter.toLowerCase()))
      .map(([name]) => name.toLowerCase())
  )
  if (!parts.resource || deploymentParameters.size === 0) return []
  const reads = (value: unknown) => [...parametersRead(value)].some((p) => deploymentParameters.has(p))
  const found = new Set<string>()
  if (reads(parts.resource.name)) found.add('name')
  const walk = (value: unknown, path: string) => {
    const object = asObject(value)
    if (!object) {
      if (path && reads(value)) found.add(path)
      return
    }
    for (const [key, inner] of Object.entries(object)) {
      const expressionKey = parametersRead(key).size > 0
      const at = `${path ? `${path}.` : ''}${expressionKey ? '*' : key}`
      if (expressionKey && reads(key)) found.add(at)
      walk(inner, at)
    }
  }
  walk(parts.resource.properties, '')
  return [...found].sort()
}

/** The `field … equals …` comparisons the condition requires: reached through `allOf` only. */
function requiredComparisons(condition: unknown, resourceType: string): RequiredComparison[] {
  const c = asObject(condition)
  if (!c) return []
  if (Array.isArray(c.allOf)) return c.allOf.flatMap((inner) => requiredComparisons(inner, resourceType))
  if (typeof c.field !== 'string' || !('equals' in c)) return []
  const prefix = `${resourceType}/`.toLowerCase()
  const field = c.field.toLowerCase()
  const property = field === 'name' ? 'name' : field.startsWith(prefix) ? field.slice(prefix.length) : undefined
  return property === undefined ? [] : [{ property, parameters: parametersRead(c.equals) }]
}
