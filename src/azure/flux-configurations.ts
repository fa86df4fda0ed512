import type { FluxConfigurationPatch } from '../apply/configuration-patch.js'
import type { AzureClients } from './clients.js'

const CONFIGURATION_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/providers\/Microsoft\.KubernetesConfiguration\/fluxConfigurations\/([^/]+)$/i

/** The parts of a Flux configuration's ARM id the SDK takes separately. */
export function configurationIdParts(id: string) {
  const match = CONFIGURATION_ID.exec(id)
  if (!match) throw new Error(`Not a Flux configuration id: ${id}`)
  const [, subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name] = match.map((p) =>
    p === undefined ? '' : decodeURIComponent(p)
  ) as [string, string, string, string, string, string, string]
  return { subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name }
}

/**
 * PATCH of a Flux configuration, a long-running operation: `beginUpdate` sends the request and returns once Azure
 * accepted it; `done` follows the operation to its end with the SDK's poller (polling as ARM's `Retry-After` says),
 * so a configuration the RP fails to update rejects there.
 */
export async function updateFluxConfiguration(
  clients: AzureClients,
  configurationId: string,
  patch: FluxConfigurationPatch
): Promise<{ done: Promise<void> }> {
  const p = configurationIdParts(configurationId)
  const poller = await clients
    .kubernetesConfiguration(p.subscriptionId)
    .fluxConfigurations.beginUpdate(p.resourceGroup, p.clusterRp, p.clusterResourceName, p.clusterName, p.name, patch)
  const done = poller.pollUntilDone().then(() => undefined)
  // Settled by the caller later; marked handled now so a failure while it waits is not an unhandled rejection.
  done.catch(() => undefined)
  return { done }
}
