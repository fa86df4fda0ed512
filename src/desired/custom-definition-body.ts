import { hashOf } from '../util/canonical-json.js'
import { armLiteral } from './arm-literal.js'
import { isHardCodedParameter, type DesiredDefinition } from './desired-definition.js'

/** A policy definition as the arm-policy SDK gives and takes it (properties flattened). */
export interface PolicyDefinitionBody {
  displayName?: string
  description?: string
  mode?: string
  metadata?: Record<string, unknown>
  parameters?: Record<string, unknown>
  policyRule?: unknown
  policyType?: string
  version?: string
}

export class TemplateShapeError extends Error {}

const FLUX_CONFIGURATION = 'microsoft.kubernetesconfiguration/fluxconfigurations'

/**
 * The custom definition's body: the built-in's rule, parameters and mode unchanged but for the deployed Flux
 * configuration's kustomizations (and, for HTTPS, the Git timeout), which become literal values (escaped for ARM),
 * and the kustomization parameters, which nothing uses any more and so are dropped everywhere they were declared
 * or passed on. The metadata carries the ownership marker and a hash of everything else, so a changed built-in or
 * file means an update.
 */
export function customDefinitionBody(builtin: PolicyDefinitionBody, desired: DesiredDefinition): PolicyDefinitionBody {
  // The built-in's rule is JSON read from Azure: walked by path, each step checked below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const policyRule = structuredClone(builtin.policyRule) as Record<string, any>
  const resources = policyRule?.then?.details?.deployment?.properties?.template?.resources
  const configuration = Array.isArray(resources)
    ? resources.find((r: { type?: string }) => r.type?.toLowerCase() === FLUX_CONFIGURATION)
    : undefined
  if (!configuration?.properties)
    throw new TemplateShapeError(
      `The built-in definition ${desired.basedOn} has no Flux configuration in its deployment template; cannot derive ${desired.name}.`
    )
  configuration.properties.kustomizations = armLiteral(desired.kustomizations)
  const deployment = policyRule.then.details.deployment.properties
  deployment.parameters = withoutHardCoded(deployment.parameters)
  deployment.template.parameters = withoutHardCoded(deployment.template.parameters)
  if (desired.gitTimeoutInSeconds !== undefined) {
    if (!configuration.properties.gitRepository)
      throw new TemplateShapeError(
        `The built-in definition ${desired.basedOn} deploys no Git repository; cannot hard-code its timeout.`
      )
    configuration.properties.gitRepository.timeoutInSeconds = desired.gitTimeoutInSeconds
  }
  policyRule.then.details.existenceCondition = comparingHardCoded(
    policyRule.then.details.existenceCondition,
    configuration.properties
  )
  const body: PolicyDefinitionBody = {
    displayName: desired.displayName,
    description: desired.description,
    mode: builtin.mode ?? 'Indexed',
    parameters: withoutHardCoded(builtin.parameters),
    policyRule
  }
  return {
    ...body,
    metadata: {
      category: 'Kubernetes',
      basedOn: desired.basedOn,
      basedOnVersion: builtin.version,
      ...desired.metadata,
      fluxPolicy: { ...desired.metadata.fluxPolicy, desiredStateHash: hashOf(body) }
    }
  }
}

/**
 * Hard-coded properties Azure Policy can read through an alias of Microsoft.KubernetesConfiguration/fluxConfigurations,
 * so the existence condition can compare them: a changed value then turns clusters that carry the configuration
 * non-compliant, and a remediation redeploys it. `gitRepository.timeoutInSeconds` is in the provider's alias list
 * (fixtures/azure/policy-aliases/, recorded) and Microsoft's own Flux built-ins compare it (public Git, SSH, HTTPS
 * with CA, local secret). The kustomizations have none: the list has one alias for them, `kustomizations`, the whole
 * map keyed by name (`[*]` aliases exist only for arrays), and comparing a whole map would never match what Azure
 * returns (it adds fields the template does not set). A changed kustomization is left to apply's direct update
 * (docs/plan-json.md, `reach`).
 */
const COMPARABLE_HARD_CODED = ['gitRepository.timeoutInSeconds'] as const

/** The built-in's existence condition, plus `field equals <literal>` for each comparable hard-coded value. */
function comparingHardCoded(condition: unknown, properties: Record<string, unknown>): unknown {
  const compared = JSON.stringify(condition ?? {}).toLowerCase()
  const added = COMPARABLE_HARD_CODED.flatMap((path) => {
    const value = path
      .split('.')
      .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], properties)
    const field = `Microsoft.KubernetesConfiguration/fluxConfigurations/${path}`
    const literal =
      typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && !value.startsWith('['))
    return literal && !compared.includes(`"${field.toLowerCase()}"`) ? [{ field, equals: value }] : []
  })
  if (added.length === 0) return condition
  const existing = condition as { allOf?: unknown[] } | undefined
  if (existing === undefined) return { allOf: added }
  return Array.isArray(existing.allOf) && Object.keys(existing).length === 1
    ? { allOf: [...existing.allOf, ...added] }
    : { allOf: [existing, ...added] }
}

function withoutHardCoded<T>(parameters: Record<string, T> | undefined): Record<string, T> | undefined {
  return parameters && Object.fromEntries(Object.entries(parameters).filter(([name]) => !isHardCodedParameter(name)))
}
