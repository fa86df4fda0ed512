import {
  CLUSTER_RESOURCE_TYPES,
  FLUX_EXTENSION_TYPE,
  type Cluster,
  type ClusterExtension,
  type FluxConfiguration,
  type Kustomization
} from '../fleet/fleet-model.js'
import type { DineDefinition } from './dine-definition.js'
import { parameterNamed, type ResolvedParameters } from './flux-parameters.js'
import { evaluateDeep, evaluateString, type ExpressionScope } from './template-expression.js'

const EXTENSIONS = 'microsoft.kubernetesconfiguration/extensions'
const FLUX_CONFIGURATIONS = 'microsoft.kubernetesconfiguration/fluxconfigurations'
/** What a Key Vault reference resolves to in the simulation: the secret itself is never needed. */
const KEY_VAULT_SECRET = '<secret from Key Vault>'

/** A resource of the template, with every expression evaluated. */
export interface DeployedResource {
  type: string
  name: string
  properties: Record<string, unknown>
}

/** Why a deployment cannot run on this cluster, or undefined when it can. */
export function deploymentBlocker(cluster: Cluster, definition: DineDefinition): string | undefined {
  if (definition.resourceType.toLowerCase() !== FLUX_CONFIGURATIONS) return undefined
  const flux = cluster.extensions.find(
    (e) => e.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE && e.provisioningState === 'Succeeded'
  )
  return flux
    ? undefined
    : `The Flux extension (${FLUX_EXTENSION_TYPE}) is not installed on the cluster '${cluster.name}'. Install it before creating Flux configurations.`
}

/** The Key Vault ids the deployment's parameters reference (its identity needs vaults/deploy/action on each). */
export function keyVaultIds(definition: DineDefinition, p: ResolvedParameters): string[] {
  const scope = policyScope(p, () => undefined)
  return Object.values(definition.deployment.parameters ?? {}).flatMap((given) =>
    given.reference ? [String(evaluateString(given.reference.keyVault.id, scope))] : []
  )
}

/**
 * The resources the rule's nested template deploys on one cluster: the deployment parameters are evaluated over
 * the assignment's parameters and the cluster's fields (`field('name')`, `field('type')`, `field('location')`),
 * the template's over those; resources whose `condition` is false are skipped (ARM template syntax, Microsoft Learn
 * "Conditional deployment in ARM templates").
 */
export function deployedResources(
  cluster: Cluster,
  definition: DineDefinition,
  p: ResolvedParameters
): DeployedResource[] {
  const fields: Record<string, unknown> = {
    name: cluster.name,
    type: CLUSTER_RESOURCE_TYPES[cluster.kind],
    location: cluster.location
  }
  const scope = policyScope(p, (name) => {
    if (!(name.toLowerCase() in fields)) throw new Error(`field('${name}') is not simulated for a cluster.`)
    return fields[name.toLowerCase()]
  })
  const given = Object.fromEntries(
    Object.entries(definition.deployment.parameters ?? {}).map(([name, entry]) => [
      name,
      entry.reference ? KEY_VAULT_SECRET : evaluateDeep(entry.value, scope)
    ])
  )
  const template = definition.deployment.template
  const values = Object.fromEntries(
    Object.entries(template.parameters ?? {}).map(([name, declared]) => {
      const key = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase())
      if (key === undefined && declared.defaultValue === undefined)
        throw new Error(`The template parameter '${name}' has no value.`)
      return [name, key === undefined ? declared.defaultValue : given[key]]
    })
  )
  const templateScope: ExpressionScope = {
    parameter: (name) => parameterNamed(values, name),
    field: (name) => {
      throw new Error(`field('${name}') is not valid in a template.`)
    }
  }
  return template.resources
    .filter((resource) => resource.condition === undefined || evaluateDeep(resource.condition, templateScope) === true)
    .map((resource) => evaluateDeep(resource, templateScope) as DeployedResource)
}

function policyScope(p: ResolvedParameters, field: (name: string) => unknown): ExpressionScope {
  return { parameter: (name) => parameterNamed(p, name), field }
}

/**
 * What the definition's nested template deploys on one cluster (an incremental PUT of each resource): an
 * extension or a Flux configuration, replacing any of the same name, as the resource provider stores it.
 */
export function applyDeployment(
  cluster: Cluster,
  definition: DineDefinition,
  p: ResolvedParameters,
  nowIso: string
): void {
  for (const resource of deployedResources(cluster, definition, p)) {
    const type = resource.type.toLowerCase()
    if (type === EXTENSIONS) {
      const extension = extensionFrom(cluster, resource, nowIso)
      cluster.extensions = [
        ...cluster.extensions.filter((e) => e.name.toLowerCase() !== extension.name.toLowerCase()),
        extension
      ]
    } else if (type === FLUX_CONFIGURATIONS) {
      const configuration = fluxConfigurationFrom(cluster, resource, nowIso)
      cluster.fluxConfigurations = [
        ...cluster.fluxConfigurations.filter((c) => c.name.toLowerCase() !== configuration.name.toLowerCase()),
        configuration
      ]
    } else {
      throw new Error(`The emulator does not simulate deploying '${resource.type}'.`)
    }
  }
}

function extensionFrom(cluster: Cluster, resource: DeployedResource, nowIso: string): ClusterExtension {
  const props = resource.properties
  const version = typeof props.version === 'string' && props.version !== '' ? props.version : null
  const settings = (props.configurationSettings ?? {}) as Record<string, unknown>
  return {
    name: resource.name,
    extensionType: String(props.extensionType),
    provisioningState: cluster.connectivityStatus === 'Offline' ? 'Creating' : 'Succeeded',
    releaseTrain: String(props.releaseTrain),
    autoUpgradeMinorVersion: props.autoUpgradeMinorVersion === true,
    version,
    currentVersion: version ?? '1.14.1',
    releaseNamespace: 'flux-system',
    // configurationSettings is a map of strings in the extensions API: the RP stores `true` as "true".
    configurationSettings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])),
    createdAt: nowIso
  }
}

function fluxConfigurationFrom(cluster: Cluster, resource: DeployedResource, nowIso: string): FluxConfiguration {
  const props = resource.properties
  const offline = cluster.connectivityStatus === 'Offline'
  const git = props.gitRepository as FluxConfiguration['gitRepository'] | undefined
  const ref = git?.repositoryRef
  // Kustomization defaults as the RP applies them (REST spec fluxconfiguration.json 2022-03-01,
  // KustomizationDefinition).
  const kustomizations = (props.kustomizations ?? {}) as Record<string, Partial<Kustomization>>
  const configuration: FluxConfiguration = {
    name: resource.name,
    scope: props.scope === 'namespace' ? 'namespace' : 'cluster',
    namespace: String(props.namespace ?? 'default'),
    sourceKind: props.sourceKind === 'Bucket' ? 'Bucket' : 'GitRepository',
    suspend: props.suspend === true,
    kustomizations: Object.fromEntries(
      Object.entries(kustomizations).map(([name, k]) => [
        name,
        {
          path: String(k.path ?? ''),
          timeoutInSeconds: Number(k.timeoutInSeconds ?? 600),
          syncIntervalInSeconds: Number(k.syncIntervalInSeconds ?? 600),
          retryIntervalInSeconds:
            k.retryIntervalInSeconds === undefined || k.retryIntervalInSeconds === null
              ? null
              : Number(k.retryIntervalInSeconds),
          prune: k.prune === true,
          force: k.force === true,
          dependsOn: Array.isArray(k.dependsOn) ? k.dependsOn.map(String) : []
        }
      ])
    ),
    complianceState: offline ? 'Pending' : 'Compliant',
    provisioningState: 'Succeeded',
    errorMessage: '',
    sourceSyncedCommitId: offline
      ? null
      : `${ref?.branch ?? ref?.tag ?? 'HEAD'}/5f3c2e1d0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d`,
    createdAt: nowIso,
    createdBy: 'policy'
  }
  if (props.bucket) configuration.bucket = props.bucket as FluxConfiguration['bucket']
  if (git) configuration.gitRepository = git
  return configuration
}
