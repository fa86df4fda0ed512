import type { AzureClients } from './clients.js'

const CONFIGURATION_ID = new RegExp(
  '^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/([^/]+)/([^/]+)/([^/]+)' +
    '/providers/Microsoft[.]KubernetesConfiguration/fluxConfigurations/([^/]+)$',
  'i'
)

/**
 * Removes a Flux configuration without deleting its workloads: with `prune` on, deleting a Flux Kustomization
 * garbage-collects every object it applied (Flux's Kustomization docs, "Garbage collection"; the same warning is in
 * the project's issue #16). So prune is turned off first (one PATCH naming only the kustomizations that prune), then
 * the configuration is deleted; both wait for the resource provider's asynchronous operation. A configuration
 * already gone counts as removed.
 */
export async function removeFluxConfiguration(clients: AzureClients, id: string): Promise<void> {
  const match = CONFIGURATION_ID.exec(id)
  if (!match) throw new Error(`Not a Flux configuration id: ${id}`)
  const [, subscription = '', group = '', rp = '', type = '', cluster = '', name = ''] = match
  const flux = clients.kubernetesConfiguration(subscription).fluxConfigurations
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
