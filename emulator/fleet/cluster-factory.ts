import {
  FLUX_EXTENSION_TYPE,
  type Cluster,
  type ClusterExtension,
  type ClusterKind,
  type FluxConfiguration
} from './fleet-model.js'

/** Small builders shared by the demo fleet, the generator and tests. */
export function newCluster(
  fields: Pick<Cluster, 'kind' | 'subscriptionId' | 'resourceGroup' | 'name' | 'location'> & Partial<Cluster>
): Cluster {
  return {
    tags: {},
    createdAt: '2025-01-15T09:00:00.000Z',
    connectivityStatus: 'Connected',
    kubernetesVersion: '1.30.4',
    nodeCount: 3,
    extensions: [],
    fluxConfigurations: [],
    ...fields
  }
}

/** The Flux extension as the built-in extension policy (with default parameters) would install it. */
export function fluxExtension(overrides: Partial<ClusterExtension> = {}): ClusterExtension {
  return {
    name: 'flux',
    extensionType: FLUX_EXTENSION_TYPE,
    provisioningState: 'Succeeded',
    releaseTrain: 'Stable',
    autoUpgradeMinorVersion: true,
    version: null,
    currentVersion: '1.14.1',
    releaseNamespace: 'flux-system',
    configurationSettings: {
      'helm-controller.enabled': 'true',
      'notification-controller.enabled': 'true',
      'image-automation-controller.enabled': 'false',
      'image-reflector-controller.enabled': 'false'
    },
    createdAt: '2025-01-15T09:30:00.000Z',
    ...overrides
  }
}

/** A hand-made Git Flux configuration (the kind people create with `az k8s-configuration flux create`). */
export function gitConfiguration(
  fields: { name: string; url: string; branch?: string; namespace?: string } & Partial<FluxConfiguration>
): FluxConfiguration {
  const { url, branch = 'main', namespace = 'flux-system', ...rest } = fields
  return {
    scope: 'cluster',
    namespace,
    sourceKind: 'GitRepository',
    suspend: false,
    gitRepository: {
      url,
      timeoutInSeconds: 600,
      syncIntervalInSeconds: 600,
      repositoryRef: { branch, tag: null, semver: null, commit: null }
    },
    kustomizations: {
      apps: {
        path: './',
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 600,
        retryIntervalInSeconds: 600,
        prune: false,
        force: false,
        dependsOn: []
      }
    },
    complianceState: 'Compliant',
    provisioningState: 'Succeeded',
    errorMessage: '',
    sourceSyncedCommitId: `${branch}/0ba6f0d30760d567de0bac86c8c4eec13ce1a590`,
    createdAt: '2025-02-01T10:00:00.000Z',
    createdBy: 'user',
    ...rest
  }
}

export const KUBERNETES_VERSIONS = ['1.29.9', '1.30.4', '1.31.2'] as const
export const LOCATIONS = ['westeurope', 'northeurope', 'eastus', 'westus2'] as const

export const clusterKinds: readonly ClusterKind[] = ['connectedCluster', 'managedCluster']
