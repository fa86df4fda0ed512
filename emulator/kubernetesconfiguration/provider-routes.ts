import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { notFound } from '../arm/arm-error.js'
import type { ArmRoute } from '../arm/arm-request.js'
import type { EmulatorContext } from '../emulator-context.js'
import { EXTENSION_API_VERSIONS, FLUX_CONFIGURATION_API_VERSIONS } from './api-versions.js'

/**
 * The policy aliases of Microsoft.KubernetesConfiguration as Azure listed them (`Get-AzPolicyAlias`, which reads
 * `GET /providers/{namespace}?$expand=resourceTypes/aliases`), recorded from maciejporebski/azure-policy-aliases
 * (fixtures/azure/README.md, "policy-aliases/"). The recording keeps each alias's name and default path only: the
 * per-api-version `paths`, `type` and metadata ARM also returns are not recorded, so they are served empty
 * (`paths: []`, `type: "NotSpecified"`). Partial in that sense; complete in the list of names.
 */
export const RECORDED_ALIASES_FOLDER = fileURLToPath(new URL('../../fixtures/azure/policy-aliases/', import.meta.url))

export interface RecordedAlias {
  name: string
  defaultPath: string
}

/** `{resourceType (e.g. fluxConfigurations)} → aliases`, read from the recorded tables. */
export function recordedAliases(folder = RECORDED_ALIASES_FOLDER): Map<string, RecordedAlias[]> {
  const byType = new Map<string, RecordedAlias[]>()
  for (const file of readdirSync(folder).filter((f) => f.startsWith('kubernetesconfiguration-') && f.endsWith('.md'))) {
    const text = readFileSync(join(folder, file), 'utf8')
    const type = /^# Microsoft\.KubernetesConfiguration\/(\S+)/m.exec(text)?.[1]
    if (!type) throw new Error(`${file} does not start with '# Microsoft.KubernetesConfiguration/<type>'.`)
    const aliases = [...text.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)].map((m) => ({
      defaultPath: m[1] ?? '',
      name: m[2] ?? ''
    }))
    byType.set(type, aliases)
  }
  return byType
}

const NAMESPACE = 'Microsoft.KubernetesConfiguration'
/** The regions are not recorded; the fleet's regions stand in for them. */
const API_VERSIONS: Record<string, readonly string[]> = {
  extensions: EXTENSION_API_VERSIONS,
  fluxConfigurations: FLUX_CONFIGURATION_API_VERSIONS
}

/**
 * Providers - Get (`GET /subscriptions/{s}/providers/{namespace}`) and Providers - Get At Tenant Scope
 * (`GET /providers/{namespace}`), specification/resources/resource-manager/Microsoft.Resources/stable/2021-04-01/
 * resources.json: `{id, namespace, registrationState, resourceTypes: [{resourceType, locations, apiVersions,
 * aliases?}]}`; aliases only with `$expand=resourceTypes/aliases`. Only Microsoft.KubernetesConfiguration is served.
 */
export function providerRoutes(context: EmulatorContext): ArmRoute[] {
  let aliases: Map<string, RecordedAlias[]> | undefined
  return [
    {
      name: 'providers.get',
      method: 'GET',
      resourceType: 'microsoft.resources/providers',
      shape: 'item',
      handle(request) {
        if (request.name?.toLowerCase() !== NAMESPACE.toLowerCase())
          throw notFound(
            'InvalidResourceNamespace',
            `The resource namespace '${request.name ?? ''}' is invalid (the emulator serves ${NAMESPACE} only).`
          )
        const subscriptionId = /^\/subscriptions\/([^/]+)$/i.exec(request.scope)?.[1]
        if (subscriptionId !== undefined && !context.fleet.findSubscription(subscriptionId))
          throw notFound('SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`)
        const expand = (request.target.query.get('$expand') ?? '').toLowerCase()
        const withAliases = expand.split(',').some((e) => e.trim() === 'resourcetypes/aliases')
        aliases ??= recordedAliases()
        const locations = [...new Set(context.fleet.clusters.map((c) => c.location))].sort()
        return {
          status: 200,
          body: {
            id: `${request.scope}/providers/${NAMESPACE}`,
            namespace: NAMESPACE,
            ...(subscriptionId !== undefined ? { registrationState: 'Registered' } : {}),
            resourceTypes: Object.entries(API_VERSIONS).map(([resourceType, apiVersions]) => ({
              resourceType,
              locations,
              apiVersions: [...apiVersions].reverse(),
              ...(withAliases
                ? {
                    aliases: (aliases?.get(resourceType) ?? []).map((a) => ({
                      name: a.name,
                      paths: [],
                      type: 'NotSpecified',
                      defaultPath: a.defaultPath
                    }))
                  }
                : {})
            }))
          }
        }
      }
    }
  ]
}
