import { clusterId, type Cluster, type ClusterExtension, type FluxConfiguration } from '../fleet/fleet-model.js'
import { fluxConfigurationProperties } from '../fleet/flux-configuration-body.js'

const PROVIDER = 'Microsoft.KubernetesConfiguration'

export const fluxConfigurationId = (cluster: Cluster, name: string): string =>
  `${clusterId(cluster)}/providers/${PROVIDER}/fluxConfigurations/${name}`
export const extensionId = (cluster: Cluster, name: string): string =>
  `${clusterId(cluster)}/providers/${PROVIDER}/extensions/${name}`

/**
 * systemData as ARM adds it (common-types systemData): a DeployIfNotExists deployment writes as the assignment's
 * managed identity, an ARM caller as itself (the emulator's callers are applications).
 */
function systemData(
  createdAt: string,
  createdByPolicy: boolean,
  lastModifiedAt: string | undefined,
  lastModifiedBy: string | undefined
) {
  const createdByType = createdByPolicy ? 'ManagedIdentity' : 'Application'
  return {
    createdAt,
    createdByType,
    lastModifiedAt: lastModifiedAt ?? createdAt,
    lastModifiedByType: lastModifiedBy ? 'Application' : createdByType,
    ...(lastModifiedBy ? { lastModifiedBy } : {})
  }
}

/** FluxConfigurations_Get's body (the GetFluxConfiguration example's fields). */
export function fluxConfigurationBody(cluster: Cluster, configuration: FluxConfiguration): Record<string, unknown> {
  const properties = fluxConfigurationProperties(configuration)
  if (configuration.waitForReconciliation !== undefined)
    properties.waitForReconciliation = configuration.waitForReconciliation
  if (configuration.reconciliationWaitDuration !== undefined)
    properties.reconciliationWaitDuration = configuration.reconciliationWaitDuration
  return {
    id: fluxConfigurationId(cluster, configuration.name),
    type: `${PROVIDER}/fluxConfigurations`,
    name: configuration.name,
    systemData: systemData(
      configuration.createdAt,
      configuration.createdBy === 'policy',
      configuration.lastModifiedAt,
      configuration.lastModifiedBy
    ),
    properties
  }
}

/** Extensions_Get's body (the GetExtension example's fields; camelCase, unlike Resource Graph's rows). */
export function extensionBody(cluster: Cluster, extension: ClusterExtension): Record<string, unknown> {
  return {
    id: extensionId(cluster, extension.name),
    type: `${PROVIDER}/extensions`,
    name: extension.name,
    systemData: systemData(extension.createdAt, false, extension.lastModifiedAt, extension.lastModifiedBy),
    properties: {
      extensionType: extension.extensionType,
      ...(extension.autoUpgradeMode !== undefined ? { autoUpgradeMode: extension.autoUpgradeMode } : {}),
      autoUpgradeMinorVersion: extension.autoUpgradeMinorVersion,
      releaseTrain: extension.releaseTrain,
      version: extension.version,
      scope: { cluster: { releaseNamespace: extension.releaseNamespace } },
      configurationSettings: { ...extension.configurationSettings },
      provisioningState: extension.provisioningState,
      currentVersion: extension.currentVersion,
      statuses: [],
      isSystemExtension: false
    }
  }
}
