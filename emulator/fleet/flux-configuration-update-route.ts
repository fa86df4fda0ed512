import { badRequest, notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRoute } from '../arm/arm-request.js'
import type { EmulatorContext } from '../emulator-context.js'
import { fluxConfigurationProperties } from './flux-configuration-body.js'
import type { Kustomization } from './fleet-model.js'

const TYPE = 'microsoft.kubernetesconfiguration/fluxconfigurations'
const FIELDS = [
  'path',
  'dependsOn',
  'timeoutInSeconds',
  'syncIntervalInSeconds',
  'retryIntervalInSeconds',
  'prune',
  'force'
] as const

/**
 * `PATCH {cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/{name}` ("Flux Configurations -
 * Update", REST API 2022-03-01 and later): a `FluxConfigurationPatch` merged into the configuration — each given
 * kustomization's fields replace the old ones, a kustomization set to `null` is removed, one not there is added
 * (`KustomizationPatchDefinition`: every field optional); `gitRepository`/`bucket` fields likewise. The RP answers
 * 202 and finishes asynchronously; here the update is done when the answer is sent, so the answer is the 200 of
 * its final GET (the SDK's poller ends at once). Minimal, for the direct update: the flux-routes branch serves the
 * full resource (GET, PUT, DELETE, LRO) and replaces this.
 */
export function fluxConfigurationUpdateRoute(context: EmulatorContext): ArmRoute {
  return {
    name: 'fluxConfigurations.update',
    method: 'PATCH',
    resourceType: TYPE,
    shape: 'item',
    handle(request) {
      const cluster = context.fleet.findCluster(request.scope)
      const configuration = cluster?.fluxConfigurations.find(
        (f) => f.name.toLowerCase() === (request.name ?? '').toLowerCase()
      )
      if (!cluster || !configuration)
        throw notFound('ResourceNotFound', `The Flux configuration '${request.name ?? ''}' was not found.`)
      const patch = parseJsonBody(request.body)
      const properties = (patch.properties ?? {}) as Record<string, unknown>
      const kustomizations = { ...configuration.kustomizations }
      for (const [name, value] of Object.entries((properties.kustomizations ?? {}) as Record<string, unknown>)) {
        if (value === null) {
          delete kustomizations[name]
          continue
        }
        if (typeof value !== 'object' || Array.isArray(value))
          throw badRequest('InvalidRequestContent', `The kustomization '${name}' must be an object or null.`)
        const given = value as Partial<Kustomization>
        const merged: Kustomization = {
          path: '',
          timeoutInSeconds: 600,
          syncIntervalInSeconds: 600,
          retryIntervalInSeconds: null,
          prune: false,
          force: false,
          dependsOn: [],
          ...kustomizations[name]
        }
        for (const field of FIELDS) if (given[field] !== undefined) Object.assign(merged, { [field]: given[field] })
        kustomizations[name] = merged
      }
      configuration.kustomizations = kustomizations
      const sourceTimeout = (source: 'gitRepository' | 'bucket') =>
        (properties[source] as { timeoutInSeconds?: unknown } | undefined)?.timeoutInSeconds
      const gitTimeout = sourceTimeout('gitRepository')
      if (typeof gitTimeout === 'number' && configuration.gitRepository)
        configuration.gitRepository.timeoutInSeconds = gitTimeout
      const bucketTimeout = sourceTimeout('bucket')
      if (typeof bucketTimeout === 'number' && configuration.bucket)
        configuration.bucket.timeoutInSeconds = bucketTimeout
      context.fleet.changed()
      return {
        status: 200,
        body: {
          id: `${request.scope}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${configuration.name}`,
          name: configuration.name,
          type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
          properties: fluxConfigurationProperties(configuration)
        }
      }
    }
  }
}
