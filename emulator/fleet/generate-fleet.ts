import { seededGuid, seededRandom, type SeededRandom } from '../seeded-random.js'
import type { Cluster, FleetData, ManagementGroup, ResourceGroup, Subscription } from './fleet-model.js'
import { fluxExtension, gitConfiguration, KUBERNETES_VERSIONS, LOCATIONS, newCluster } from './cluster-factory.js'

export interface GeneratedFleetOptions {
  /** How many clusters (3 to `MAX_GENERATED_CLUSTERS`). */
  clusters: number
  /** The same seed always gives the same fleet. */
  seed?: number | string
  tenantId?: string
  /** Clusters per subscription (default 500). */
  clustersPerSubscription?: number
  /** Clusters per resource group (default 50). */
  clustersPerResourceGroup?: number
}

/** The largest generated fleet: the audit bench runs 500,000 clusters; twice that still fits in a few GB. */
export const MAX_GENERATED_CLUSTERS = 1_000_000

const TEAMS = ['payments', 'data', 'platform', 'retail', 'identity'] as const
const DAY = 24 * 60 * 60 * 1000
const EPOCH = Date.parse('2025-06-01T00:00:00.000Z')

/**
 * A deterministic fleet of any size: management groups contoso → contoso-prod / contoso-nonprod, subscriptions of
 * ~500 clusters, resource groups of ~50. About 80 % of clusters have a healthy Flux extension, a few a failed one;
 * some carry hand-made Flux configurations, a few of them failed or non-compliant.
 */
export function generateFleet(options: GeneratedFleetOptions): FleetData {
  const total = options.clusters
  if (!Number.isInteger(total) || total < 3 || total > MAX_GENERATED_CLUSTERS)
    throw new Error(`a generated fleet has 3 to ${MAX_GENERATED_CLUSTERS.toLocaleString('en')} clusters (got ${total})`)
  const random = seededRandom(options.seed ?? 1)
  const tenantId = options.tenantId ?? seededGuid(random)
  const perSubscription = options.clustersPerSubscription ?? 500
  const perGroup = options.clustersPerResourceGroup ?? 50
  const managementGroups: ManagementGroup[] = [
    { name: tenantId, displayName: 'Tenant Root Group' },
    { name: 'contoso', displayName: 'Contoso', parent: tenantId },
    { name: 'contoso-prod', displayName: 'Contoso production', parent: 'contoso' },
    { name: 'contoso-nonprod', displayName: 'Contoso non-production', parent: 'contoso' }
  ]
  const subscriptions: Subscription[] = []
  const resourceGroups: ResourceGroup[] = []
  const clusters: Cluster[] = []
  const subscriptionCount = Math.max(2, Math.ceil(total / perSubscription))
  for (let s = 0; s < subscriptionCount; s++) {
    const subscriptionId = seededGuid(random)
    const prod = s % 4 !== 3
    subscriptions.push({
      subscriptionId,
      displayName: `contoso-${prod ? 'prod' : 'dev'}-${String(s + 1).padStart(3, '0')}`,
      managementGroup: prod ? 'contoso-prod' : 'contoso-nonprod'
    })
    const inSubscription = Math.min(
      perSubscription,
      total - clusters.length,
      Math.ceil((total - clusters.length) / (subscriptionCount - s))
    )
    for (let g = 0; g * perGroup < inSubscription; g++) {
      const team = TEAMS[(s + g) % TEAMS.length] ?? 'platform'
      const group: ResourceGroup = {
        subscriptionId,
        name: `rg-${team}-${String(g + 1).padStart(2, '0')}`,
        location: random.pick(LOCATIONS)
      }
      resourceGroups.push(group)
      const inGroup = Math.min(perGroup, inSubscription - g * perGroup)
      for (let c = 0; c < inGroup; c++) clusters.push(generatedCluster(random, group, team, prod, clusters.length))
    }
  }
  return { tenantId, managementGroups, subscriptions, resourceGroups, clusters }
}

function generatedCluster(
  random: SeededRandom,
  group: ResourceGroup,
  team: string,
  prod: boolean,
  index: number
): Cluster {
  const kind = random.next() < 0.6 ? 'connectedCluster' : 'managedCluster'
  const serial = String(index + 1).padStart(6, '0')
  const createdAt = new Date(EPOCH - random.below(400) * DAY - random.below(DAY)).toISOString()
  const cluster = newCluster({
    kind,
    subscriptionId: group.subscriptionId,
    resourceGroup: group.name,
    location: group.location,
    name: kind === 'connectedCluster' ? `arc-${team}-${serial}` : `aks-${team}-${serial}`,
    tags: { env: prod ? 'prod' : 'dev', team, ...(random.next() < 0.1 ? { ring: 'canary' } : {}) },
    createdAt,
    kubernetesVersion: random.pick(KUBERNETES_VERSIONS),
    nodeCount: 1 + random.below(12),
    connectivityStatus: kind === 'connectedCluster' && random.next() < 0.04 ? 'Offline' : 'Connected'
  })
  const extensionRoll = random.next()
  if (extensionRoll < 0.8) cluster.extensions.push(fluxExtension({ createdAt }))
  else if (extensionRoll < 0.83) cluster.extensions.push(fluxExtension({ createdAt, provisioningState: 'Failed' }))
  const configurationRoll = random.next()
  if (cluster.extensions.length > 0 && configurationRoll < 0.15) {
    const failed = configurationRoll < 0.02
    const nonCompliant = !failed && configurationRoll < 0.04
    cluster.fluxConfigurations.push(
      gitConfiguration({
        name: `${team}-manual`,
        url: `https://github.com/contoso/${team}-gitops${configurationRoll < 0.08 ? '-fork' : ''}`,
        namespace: team,
        createdAt,
        ...(failed
          ? {
              provisioningState: 'Failed' as const,
              complianceState: 'Non-Compliant' as const,
              sourceSyncedCommitId: null,
              errorMessage: 'authentication required'
            }
          : {}),
        ...(nonCompliant ? { complianceState: 'Non-Compliant' as const, errorMessage: 'kustomize build failed' } : {})
      })
    )
  }
  return cluster
}
