import { badRequest } from '../arm/arm-error.js'
import { normaliseScope, scopeKey } from '../fleet/scope.js'
import { builtinDefinitionRecords } from './builtin-definitions.js'
import type { ParameterDefinition, PolicyDefinitionRecord } from './policy-definition.js'

const PROVIDER = '/providers/Microsoft.Authorization/policyDefinitions/'
const PARAMETER_TYPES = ['string', 'array', 'object', 'boolean', 'integer', 'float', 'datetime']
const MAX_PARAMETERS = 20

/** Built-in and custom policy definitions, looked up by id the way assignments name them. */
export class DefinitionStore {
  private readonly builtins = new Map(builtinDefinitionRecords().map((d) => [d.id.toLowerCase(), d]))
  private readonly custom = new Map<string, PolicyDefinitionRecord>()

  resolve(policyDefinitionId: string): PolicyDefinitionRecord | undefined {
    const key = scopeKey(policyDefinitionId)
    return this.builtins.get(key) ?? this.custom.get(key)
  }

  builtin(name: string): PolicyDefinitionRecord | undefined {
    return this.builtins.get(`${PROVIDER}${name}`.toLowerCase())
  }

  /**
   * The custom definition at exactly `scope`. A built-in's name there is not found: GET at a subscription
   * (PolicyDefinitions_Get, "retrieves the policy definition in the given subscription") or management group
   * (PolicyDefinitions_GetAtManagementGroup) finds only what was created there; built-ins are read at tenant scope
   * (PolicyDefinitions_GetBuiltIn, /providers/Microsoft.Authorization/policyDefinitions/{name}) — REST spec
   * specification/resources/resource-manager/Microsoft.Authorization (2025-03-01). azure-cli relies on it:
   * `az policy definition show` tries the subscription, and on 404 asks get_built_in (_get_custom_or_builtin_policy).
   * Listing at a scope does include built-ins (`visibleFrom`).
   */
  getAt(scope: string, name: string): PolicyDefinitionRecord | undefined {
    return this.custom.get(scopeKey(`${scope}${PROVIDER}${name}`))
  }

  /** Built-ins plus custom definitions at any of the given scope keys. */
  visibleFrom(scopeChain: readonly string[]): PolicyDefinitionRecord[] {
    return [
      ...this.builtins.values(),
      ...[...this.custom.values()].filter((d) => scopeChain.includes(scopeKey(d.scope)))
    ]
  }

  /** Creates or replaces a custom definition; returns it and whether it is new. */
  put(
    scope: string,
    name: string,
    body: Record<string, unknown>,
    now: string,
    caller: string
  ): { record: PolicyDefinitionRecord; created: boolean } {
    const properties = (body.properties ?? {}) as Record<string, unknown>
    const parameters = (properties.parameters ?? {}) as Record<string, ParameterDefinition>
    checkPolicyRule(properties.policyRule)
    checkParameters(name, parameters)
    const id = `${normaliseScope(scope)}${PROVIDER}${name}`
    const existing = this.custom.get(id.toLowerCase())
    const record: PolicyDefinitionRecord = {
      id,
      name,
      scope: normaliseScope(scope),
      policyType: 'Custom',
      mode: typeof properties.mode === 'string' ? properties.mode : 'Indexed',
      displayName: typeof properties.displayName === 'string' ? properties.displayName : name,
      description: typeof properties.description === 'string' ? properties.description : '',
      metadata: { ...(properties.metadata as Record<string, unknown> | undefined), createdBy: caller, createdOn: now },
      version: typeof properties.version === 'string' ? properties.version : '1.0.0',
      versions: [typeof properties.version === 'string' ? properties.version : '1.0.0'],
      parameters,
      policyRule: properties.policyRule as PolicyDefinitionRecord['policyRule'],
      systemData: {
        createdBy: caller,
        createdByType: 'Application',
        createdAt: existing?.systemData?.createdAt ?? now,
        lastModifiedBy: caller,
        lastModifiedByType: 'Application',
        lastModifiedAt: now
      }
    }
    this.custom.set(id.toLowerCase(), record)
    return { record, created: existing === undefined }
  }

  delete(scope: string, name: string): PolicyDefinitionRecord | undefined {
    const key = scopeKey(`${scope}${PROVIDER}${name}`)
    const existing = this.custom.get(key)
    this.custom.delete(key)
    return existing
  }
}

function checkPolicyRule(rule: unknown): void {
  const valid =
    rule &&
    typeof rule === 'object' &&
    'if' in rule &&
    'then' in rule &&
    typeof (rule as { then: { effect?: unknown } }).then?.effect === 'string'
  if (!valid)
    throw badRequest(
      'InvalidPolicyRule',
      "The policy rule is invalid: it must have an 'if' condition and a 'then' block with an 'effect'."
    )
}

function checkParameters(name: string, parameters: Record<string, ParameterDefinition>): void {
  const entries = Object.entries(parameters)
  if (entries.length > MAX_PARAMETERS) {
    throw badRequest(
      'PolicyParameterLimitExceeded',
      `The policy '${name}' has ${entries.length} parameters. A policy definition can have at most ${MAX_PARAMETERS} parameters.`
    )
  }
  const badTypes = entries
    .filter(([, p]) => typeof p?.type !== 'string' || !PARAMETER_TYPES.includes(p.type.toLowerCase()))
    .map(([n]) => n)
  if (badTypes.length > 0) {
    throw badRequest(
      'InvalidPolicyParameterType',
      `The policy '${name}' has parameter(s) '${badTypes.join(',')}' with invalid types. The allowed parameter definition types are 'String,Array,Object,Boolean,Integer,Float,DateTime'.`
    )
  }
  for (const [parameter, spec] of entries) {
    if (
      spec.allowedValues &&
      spec.defaultValue !== undefined &&
      !spec.allowedValues.some((v) => JSON.stringify(v) === JSON.stringify(spec.defaultValue))
    ) {
      throw badRequest(
        'PolicyParameterAllowedAndDefaultValuesMismatch',
        `The policy '${name}' defines parameter '${parameter}' with a default value '${String(spec.defaultValue)}' and allowed values '${spec.allowedValues.join(',')}'. The 'allowedValues' property must include the value of the 'defaultValue' property if both are present.`
      )
    }
  }
}
