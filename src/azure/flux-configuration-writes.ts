import type { AzureClients } from './clients.js'
import { configurationIdParts, updateFluxConfiguration, type UpdateOptions } from './flux-configurations.js'

/**
 * Removes a Flux configuration without deleting its workloads: with `prune` on, deleting a Flux Kustomization
 * garbage-collects every object it applied (Flux's Kustomization docs, "Garbage collection"; the same warning is in
 * the project's issue #16). So prune is turned off first — one PATCH naming only the kustomizations that prune, sent
 * and confirmed as the direct update does (updateFluxConfiguration: the PATCH, then the operation's status after
 * ARM's Retry-After; no final GET of the resource) — and only once that operation is confirmed Succeeded (a PATCH
 * refused, an operation that failed or a status that cannot be read stops here, before any DELETE) is the
 * configuration deleted, through the SDK's long-running delete. A configuration already gone counts as removed.
 */
export async function removeFluxConfiguration(
  clients: AzureClients,
  id: string,
  options: UpdateOptions = {}
): Promise<void> {
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
  if (pruning.length > 0) {
    const kustomizations = Object.fromEntries(pruning.map(([key]) => [key, { prune: false }]))
    const { done } = await updateFluxConfiguration(clients, id, { kustomizations }, options)
    await done
  }
  await flux.beginDeleteAndWait(group, rp, type, cluster, name)
}
