import { builtinDefinitionRecords } from '../policy/builtin-definitions.js'
import type { ParameterDefinition, PolicyDefinitionRecord } from '../policy/policy-definition.js'

/** A nested deployment as a DeployIfNotExists rule declares it (`then.details.deployment.properties`). */
export interface RuleDeployment {
  mode?: string
  template: {
    parameters?: Record<string, { type: string; defaultValue?: unknown }>
    resources: Array<Record<string, unknown>>
  }
  /**
   * Values for the template's parameters: `{ value }` (an expression over the policy parameters and `field()`), or a
   * Key Vault `{ reference }`.
   */
  parameters?: Record<string, { value?: unknown; reference?: { keyVault: { id: string }; secretName: string } }>
}

/**
 * What the DeployIfNotExists simulation needs, read from a definition's own JSON: its parameters (with defaults),
 * the related resource type and existence condition, the deployment, and the roles its identity needs.
 * The rule's shape: Microsoft Learn "Azure Policy definitions deployIfNotExists effect"
 * (effect-deploy-if-not-exists.md).
 */
export interface DineDefinition {
  name: string
  version: string
  parameters: Readonly<Record<string, ParameterDefinition>>
  /**
   * `details.type`: the related resource (`Microsoft.KubernetesConfiguration/extensions` or `.../fluxConfigurations`).
   */
  resourceType: string
  existenceCondition: unknown
  deployment: RuleDeployment
  roleDefinitionIds: readonly string[]
}

/** The simulated parts of a definition, or undefined when its rule is not a DeployIfNotExists with a deployment. */
export function dineDefinitionOf(record: PolicyDefinitionRecord): DineDefinition | undefined {
  const details = record.policyRule.then.details as Record<string, unknown> | undefined
  const deployment = (details?.deployment as { properties?: RuleDeployment } | undefined)?.properties
  if (typeof details?.type !== 'string' || !Array.isArray(deployment?.template?.resources)) return undefined
  const roles = Array.isArray(details.roleDefinitionIds)
    ? details.roleDefinitionIds.filter((r): r is string => typeof r === 'string')
    : []
  return {
    name: record.name,
    version: record.version,
    parameters: record.parameters,
    resourceType: details.type,
    existenceCondition: details.existenceCondition,
    deployment,
    roleDefinitionIds: roles
  }
}

let builtins: Map<string, DineDefinition> | undefined

/**
 * A recorded built-in's simulated parts, by definition id
 * (`/providers/Microsoft.Authorization/policyDefinitions/<guid>`)
 * or GUID, for tools and tests that deploy without an emulator (the benchmark's fleet, unit tests).
 */
export function builtinDineDefinition(idOrName: string): DineDefinition | undefined {
  builtins ??= new Map(
    builtinDefinitionRecords().flatMap((record) => {
      const dine = dineDefinitionOf(record)
      return dine ? [[record.name.toLowerCase(), dine] as const] : []
    })
  )
  return builtins.get(idOrName.toLowerCase().split('/').pop() ?? '')
}
