/**
 * A simulated fleet as plain data: the management-group tree, subscriptions, resource groups and the Kubernetes
 * clusters in them, each with its Flux extension and Flux configurations. Everything the emulator serves about
 * the fleet (Resource Graph rows, DeployIfNotExists effects, compliance) is derived from this.
 */
export interface ManagementGroup {
  /** The group's id (the last segment of /providers/Microsoft.Management/managementGroups/{name}). */
  name: string
  displayName: string
  /** The parent group's name; absent only for the tenant root group. */
  parent?: string
}

export interface Subscription {
  subscriptionId: string
  displayName: string
  /** The management group directly above the subscription. */
  managementGroup: string
}

export interface ResourceGroup {
  subscriptionId: string
  name: string
  location: string
}

/** Arc-enabled (`Microsoft.Kubernetes/connectedClusters`) or AKS (`Microsoft.ContainerService/managedClusters`). */
export type ClusterKind = 'connectedCluster' | 'managedCluster'

export interface Cluster {
  kind: ClusterKind
  subscriptionId: string
  resourceGroup: string
  name: string
  location: string
  tags: Record<string, string>
  /** ISO-8601 creation time. */
  createdAt: string
  /** Arc agent connectivity (AKS clusters are always `Connected` while running). */
  connectivityStatus: 'Connected' | 'Connecting' | 'Offline' | 'Expired'
  kubernetesVersion: string
  nodeCount: number
  extensions: ClusterExtension[]
  fluxConfigurations: FluxConfiguration[]
}

export interface ClusterExtension {
  name: string
  /** `microsoft.flux` for the Flux extension. */
  extensionType: string
  provisioningState: 'Succeeded' | 'Failed' | 'Creating' | 'Updating' | 'Deleting' | 'Canceled'
  releaseTrain: string
  autoUpgradeMinorVersion: boolean
  /** The pinned version, or null when auto-upgrading. */
  version: string | null
  currentVersion: string
  releaseNamespace: string
  configurationSettings: Record<string, string>
  createdAt: string
  /** `none`, `patch` or `compatible` (extensions 2024-11-01 and later); absent when never set. */
  autoUpgradeMode?: string
  /** When and by whom it was last changed over ARM (systemData); absent until an ARM write. */
  lastModifiedAt?: string
  lastModifiedBy?: string
}

export interface RepositoryRef {
  branch: string | null
  tag: string | null
  semver: string | null
  commit: string | null
}

export interface GitRepositorySource {
  url: string
  timeoutInSeconds: number
  syncIntervalInSeconds: number
  repositoryRef: RepositoryRef
  httpsUser?: string | null
  httpsCACert?: string | null
  sshKnownHosts?: string | null
  localAuthRef?: string | null
  /** `Azure`, `GitHub` or `Generic` (fluxConfigurations 2024-11-01 and later). */
  provider?: string | null
}

export interface BucketSource {
  url: string
  bucketName: string
  timeoutInSeconds: number
  syncIntervalInSeconds: number
  insecure: boolean
  accessKey?: string | null
  localAuthRef?: string | null
}

export interface Kustomization {
  path: string
  timeoutInSeconds: number
  syncIntervalInSeconds: number
  retryIntervalInSeconds: number | null
  prune: boolean
  force: boolean
  dependsOn: string[]
  /** Health checks of what it applies (default true). */
  wait?: boolean
  /** Variable substitution after kustomize build, as the REST spec's PostBuildDefinition. */
  postBuild?: PostBuild | null
}

export interface PostBuild {
  substitute?: Record<string, string> | null
  substituteFrom?: Array<{ kind: string; name: string; optional: boolean }>
}

export type FluxComplianceState = 'Compliant' | 'Non-Compliant' | 'Pending' | 'Suspended' | 'Unknown'

export interface FluxConfiguration {
  name: string
  scope: 'cluster' | 'namespace'
  namespace: string
  sourceKind: 'GitRepository' | 'Bucket'
  suspend: boolean
  gitRepository?: GitRepositorySource
  bucket?: BucketSource
  kustomizations: Record<string, Kustomization>
  complianceState: FluxComplianceState
  provisioningState: 'Succeeded' | 'Failed' | 'Creating' | 'Updating' | 'Deleting' | 'Canceled'
  errorMessage: string
  /** `<branch>/<sha>` of the last synced commit, when synced. */
  sourceSyncedCommitId: string | null
  createdAt: string
  /** Who made it: `policy` for a DeployIfNotExists deployment, `user` for a hand-made one. */
  createdBy: 'policy' | 'user'
  /** When and by whom it was last changed over ARM (systemData); absent until an ARM write. */
  lastModifiedAt?: string
  lastModifiedBy?: string
  waitForReconciliation?: boolean | null
  reconciliationWaitDuration?: string | null
}

export interface FleetData {
  tenantId: string
  managementGroups: ManagementGroup[]
  subscriptions: Subscription[]
  resourceGroups: ResourceGroup[]
  clusters: Cluster[]
}

export const CLUSTER_RESOURCE_TYPES: Readonly<Record<ClusterKind, string>> = {
  connectedCluster: 'Microsoft.Kubernetes/connectedClusters',
  managedCluster: 'Microsoft.ContainerService/managedClusters'
}

export const clusterId = (cluster: Pick<Cluster, 'kind' | 'subscriptionId' | 'resourceGroup' | 'name'>): string =>
  `/subscriptions/${cluster.subscriptionId}/resourceGroups/${cluster.resourceGroup}/providers/${CLUSTER_RESOURCE_TYPES[cluster.kind]}/${cluster.name}`

export const FLUX_EXTENSION_TYPE = 'microsoft.flux'
