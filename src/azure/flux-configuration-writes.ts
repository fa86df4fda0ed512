import type { AzureClients } from './clients.js'
import { configurationIdParts } from './flux-configurations.js'

/**
 * Removes a Flux configuration without deleting its workloads: with `prune` on, deleting a Flux Kustomization
 * garbage-collects every object it applied (Flux's Kustomization docs, "Garbage collection"; the same warning is in
 * the project's issue #16). So prune is turned off first (one PATCH naming only the kustomizations that prune), then
 * the configuration is deleted; both wait for the resource provider's asynchronous operation. A configuration
 * already gone counts as removed.
 */
export async function removeFluxConfiguration(clients: AzureClients, id: string): Promise<void> {
  const {
    subscriptionId,
    resourceGroup: group,
    clusterRp: rp,
    clusterResourceName: type,
    clusterName: cluster,
    name
  } = configurationIdParts(id)
  const flux = clients.kubernetesConfiguration(subscriptionId).fluxConfigurations
  let current
  try {
    current = await flux.get(group, rp, type, cluster, name)
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return
    throw error
  }
  const pruning = Object.entries(current.kustomizations ?? {}).filter(([, k]) => k?.prune === true)
  if (pruning.length > 0)
    await flux.beginUpdateAndWait(group, rp, type, cluster, name, {
      kustomizations: Object.fromEntries(pruning.map(([key]) => [key, { prune: false }]))
    })
  await flux.beginDeleteAndWait(group, rp, type, cluster, name)
}
