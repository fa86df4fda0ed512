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

function withoutHardCoded<T>(parameters: Record<string, T> | undefined): Record<string, T> | undefined {
  return parameters && Object.fromEntries(Object.entries(parameters).filter(([name]) => !isHardCodedParameter(name)))
}
