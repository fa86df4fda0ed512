import type { Cluster, FleetData } from './fleet-model.js'
import { fluxExtension, gitConfiguration, newCluster } from './cluster-factory.js'

export const DEMO_TENANT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
export const DEMO_SUBSCRIPTIONS = {
  prodApps: '11111111-1111-1111-1111-111111111111',
  prodData: '22222222-2222-2222-2222-222222222222',
  nonprod: '33333333-3333-3333-3333-333333333333'
} as const

interface ClusterPlan {
  subscriptionId: string
  resourceGroup: string
  names: string[]
  kind: Cluster['kind']
  team: string
  env: string
  location: string
}

/**
 * The fleet that matches `examples/`: management group contoso-prod over subscriptions 1111… and 2222…, the
 * resource groups the example files name, 30 Arc and AKS clusters, no policy assignments, and a few clusters
 * already drifted — a failed configuration, a hand-made one pointing at another repository, one without the
 * Flux extension, and one whose extension failed to install.
 */
export function demoFleet(): FleetData {
  const { prodApps, prodData, nonprod } = DEMO_SUBSCRIPTIONS
  const plans: ClusterPlan[] = [
    {
      subscriptionId: prodApps,
      resourceGroup: 'rg-payments',
      kind: 'managedCluster',
      team: 'payments',
      env: 'prod',
      location: 'westeurope',
      names: ['aks-payments-weu-01', 'aks-payments-weu-02', 'aks-payments-neu-01', 'canary']
    },
    {
      subscriptionId: prodApps,
      resourceGroup: 'rg-payments',
      kind: 'connectedCluster',
      team: 'payments',
      env: 'prod',
      location: 'westeurope',
      names: ['arc-store-0101', 'arc-store-0102', 'arc-store-0103', 'arc-store-0104']
    },
    {
      subscriptionId: prodApps,
      resourceGroup: 'rg-shared',
      kind: 'managedCluster',
      team: 'platform',
      env: 'prod',
      location: 'westeurope',
      names: ['aks-shared-weu-01', 'aks-shared-neu-01']
    },
    {
      subscriptionId: prodData,
      resourceGroup: 'rg-data',
      kind: 'managedCluster',
      team: 'data',
      env: 'prod',
      location: 'northeurope',
      names: ['aks-data-neu-01', 'aks-data-neu-02', 'aks-data-weu-01']
    },
    {
      subscriptionId: prodData,
      resourceGroup: 'rg-data',
      kind: 'connectedCluster',
      team: 'data',
      env: 'prod',
      location: 'northeurope',
      names: ['arc-plant-0201', 'arc-plant-0202', 'arc-plant-0203']
    },
    {
      subscriptionId: prodData,
      resourceGroup: 'rg-ml',
      kind: 'managedCluster',
      team: 'data',
      env: 'prod',
      location: 'westeurope',
      names: ['aks-ml-gpu-01', 'aks-ml-gpu-02', 'aks-ml-cpu-01']
    },
    {
      subscriptionId: prodData,
      resourceGroup: 'rg-sandbox',
      kind: 'managedCluster',
      team: 'data',
      env: 'sandbox',
      location: 'westeurope',
      names: ['aks-sandbox-01', 'aks-sandbox-02']
    },
    {
      subscriptionId: prodData,
      resourceGroup: 'rg-sandbox',
      kind: 'connectedCluster',
      team: 'data',
      env: 'sandbox',
      location: 'westeurope',
      names: ['arc-lab-0301']
    },
    {
      subscriptionId: nonprod,
      resourceGroup: 'rg-dev',
      kind: 'managedCluster',
      team: 'platform',
      env: 'dev',
      location: 'westeurope',
      names: ['aks-dev-01', 'aks-dev-02', 'aks-dev-03']
    },
    {
      subscriptionId: nonprod,
      resourceGroup: 'rg-dev',
      kind: 'connectedCluster',
      team: 'platform',
      env: 'dev',
      location: 'eastus',
      names: ['arc-edge-0401', 'arc-edge-0402', 'arc-edge-0403', 'arc-edge-0404', 'arc-edge-0405']
    }
  ]
  const clusters = plans.flatMap((plan) =>
    plan.names.map((name, i) =>
      newCluster({
        kind: plan.kind,
        subscriptionId: plan.subscriptionId,
        resourceGroup: plan.resourceGroup,
        name,
        location: plan.location,
        tags: { env: plan.env, team: plan.team },
        createdAt: `2025-0${1 + (i % 9)}-1${i % 10}T08:00:00.000Z`,
        kubernetesVersion: i % 3 === 0 ? '1.29.9' : '1.30.4',
        nodeCount: 3 + (i % 4),
        extensions: [fluxExtension()]
      })
    )
  )
  applyDemoDrift(clusters)
  return {
    tenantId: DEMO_TENANT_ID,
    managementGroups: [
      { name: DEMO_TENANT_ID, displayName: 'Tenant Root Group' },
      { name: 'contoso', displayName: 'Contoso', parent: DEMO_TENANT_ID },
      { name: 'contoso-prod', displayName: 'Contoso production', parent: 'contoso' },
      { name: 'contoso-nonprod', displayName: 'Contoso non-production', parent: 'contoso' }
    ],
    subscriptions: [
      { subscriptionId: prodApps, displayName: 'contoso-prod-apps', managementGroup: 'contoso-prod' },
      { subscriptionId: prodData, displayName: 'contoso-prod-data', managementGroup: 'contoso-prod' },
      { subscriptionId: nonprod, displayName: 'contoso-dev', managementGroup: 'contoso-nonprod' }
    ],
    resourceGroups: [
      { subscriptionId: prodApps, name: 'rg-payments', location: 'westeurope' },
      { subscriptionId: prodApps, name: 'rg-shared', location: 'westeurope' },
      { subscriptionId: prodData, name: 'rg-data', location: 'northeurope' },
      { subscriptionId: prodData, name: 'rg-ml', location: 'westeurope' },
      { subscriptionId: prodData, name: 'rg-sandbox', location: 'westeurope' },
      { subscriptionId: nonprod, name: 'rg-dev', location: 'westeurope' }
    ],
    clusters
  }
}

function applyDemoDrift(clusters: Cluster[]): void {
  const byName = (name: string): Cluster => {
    const found = clusters.find((c) => c.name === name)
    if (!found) throw new Error(`demo fleet has no cluster ${name}`)
    return found
  }
  // A hand-made configuration pointing at a fork of the payments repository (drift the policy's name-blind check
  // misses).
  byName('aks-payments-weu-02').fluxConfigurations.push(
    gitConfiguration({
      name: 'payments-apps',
      url: 'https://github.com/someone/payments-gitops-fork',
      namespace: 'payments',
      scope: 'namespace'
    })
  )
  // A configuration that failed to reconcile.
  byName('arc-store-0103').fluxConfigurations.push(
    gitConfiguration({
      name: 'payments-apps',
      url: 'https://github.com/contoso/payments-gitops',
      namespace: 'payments',
      scope: 'namespace',
      complianceState: 'Non-Compliant',
      provisioningState: 'Failed',
      sourceSyncedCommitId: null,
      errorMessage:
        "failed to checkout and determine revision: unable to clone 'https://github.com/contoso/payments-gitops': authentication required"
    })
  )
  // A configuration that applies but whose kustomization does not reconcile.
  byName('aks-data-neu-02').fluxConfigurations.push(
    gitConfiguration({
      name: 'legacy-pipelines',
      url: 'https://github.com/contoso/data-legacy',
      namespace: 'data',
      complianceState: 'Non-Compliant',
      errorMessage: 'kustomize build failed: accumulating resources'
    })
  )
  // Clusters without the Flux extension, or with a failed install.
  byName('arc-plant-0203').extensions = []
  byName('aks-ml-cpu-01').extensions = []
  byName('arc-edge-0405').extensions = [fluxExtension({ provisioningState: 'Failed' })]
  byName('arc-edge-0404').connectivityStatus = 'Offline'
}
