/** A parameter as a policy definition declares it. */
export interface ParameterDefinition {
  type: string
  defaultValue?: unknown
  allowedValues?: unknown[]
  metadata?: Record<string, unknown>
}

/** A policy definition the emulator can resolve an assignment's `policyDefinitionId` to. */
export interface PolicyDefinitionRecord {
  id: string
  name: string
  /** `` for built-ins; the subscription or management-group scope of a custom definition. */
  scope: string
  policyType: 'BuiltIn' | 'Custom'
  mode: string
  displayName: string
  description: string
  metadata: Record<string, unknown>
  version: string
  versions: string[]
  parameters: Record<string, ParameterDefinition>
  policyRule: { if: unknown; then: { effect: string; details?: Record<string, unknown> } }
  /** A built-in's definition exactly as Azure publishes it (recorded JSON): served as is, and simulated. */
  recorded?: RecordedDefinition
  systemData?: Record<string, unknown>
}

/** A built-in definition file as Azure/azure-policy publishes it (a GET body without `type`). */
export interface RecordedDefinition {
  properties: {
    displayName: string
    policyType: 'BuiltIn'
    mode: string
    description: string
    metadata: Record<string, unknown>
    version: string
    versions: string[]
    parameters: Record<string, unknown>
    policyRule: PolicyDefinitionRecord['policyRule']
  }
  id: string
  name: string
}

const DEFINITION_TYPE = 'Microsoft.Authorization/policyDefinitions'

/**
 * The GET body of a definition, as ARM returns it. A built-in is its published JSON plus `type` (what
 * `az policy definition show` and the spec example getBuiltinPolicyDefinition.json show).
 */
export function definitionBody(record: PolicyDefinitionRecord): Record<string, unknown> {
  if (record.recorded) return { ...structuredClone(record.recorded), type: DEFINITION_TYPE }
  const body: Record<string, unknown> = {
    properties: {
      policyType: record.policyType,
      mode: record.mode,
      displayName: record.displayName,
      description: record.description,
      metadata: record.metadata,
      version: record.version,
      versions: record.versions,
      parameters: record.parameters,
      policyRule: record.policyRule
    },
    id: record.id,
    type: DEFINITION_TYPE,
    name: record.name
  }
  if (record.systemData) body.systemData = record.systemData
  return body
}

/** The effect an assignment gets: the rule's literal effect, or the `[parameters('x')]` it names resolved. */
export function effectiveEffect(
  record: PolicyDefinitionRecord,
  assignmentParameters: Record<string, { value?: unknown }>
): string {
  const effect = record.policyRule.then.effect
  const reference = /^\[parameters\('([^']+)'\)\]$/i.exec(effect)
  if (!reference?.[1]) return effect
  const name = reference[1].toLowerCase()
  const given = Object.entries(assignmentParameters).find(([key]) => key.toLowerCase() === name)?.[1]?.value
  const declared = Object.entries(record.parameters).find(([key]) => key.toLowerCase() === name)?.[1]
  return String(given ?? declared?.defaultValue ?? effect)
}

/** The roles an assignment's identity needs (DeployIfNotExists / Modify rules list them). */
export function roleDefinitionIdsOf(record: PolicyDefinitionRecord): string[] {
  const ids = record.policyRule.then.details?.roleDefinitionIds
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}
