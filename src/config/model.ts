import type { SourceDocument } from './yaml-document.js'

/** The platform file (flux-policy.yaml), as its schema guarantees it. */
export interface PlatformFile {
  version: 1
  location: string
  teams: Record<string, TeamGrant>
  managementGroups?: Record<string, string[]>
  fluxExtension?: FluxExtensionSettings
  safety?: { maxDeletes?: number; removeConfigurationsOnDelete?: boolean }
  /** Where generated custom definitions live, for sources no built-in can express. */
  customDefinitions?: { scope: string }
}

export interface TeamGrant {
  scopes: string[]
  owners?: string[]
  /** Key Vaults outside the team's scopes its sources may read secrets from. */
  keyVaults?: string[]
}

export interface FluxExtensionSettings {
  assign?: boolean
  releaseTrain?: 'Stable'
  autoUpgradeMinorVersion?: boolean
  version?: string
  helmController?: boolean
  notificationController?: boolean
  imageAutomationController?: boolean
  imageReflectorController?: boolean
}

/** A team file (teams/<team>/*.yaml). */
export interface TeamFile {
  version?: 1
  team: string
  sources: SourceSpec[]
}

export interface KeyVaultSecretRef {
  keyVault: string
  secret: string
}

export interface GitSpec {
  url: string
  branch?: string
  tag?: string
  semver?: string
  commit?: string
  syncInterval?: string
  timeout?: string
  ssh?: KeyVaultSecretRef & { knownHosts?: string }
  https?: KeyVaultSecretRef & { user: string }
  caCert?: string
  localSecret?: string
}

export interface BucketSpec {
  url: string
  name: string
  insecure?: boolean
  syncInterval?: string
  timeout?: string
  accessKey?: string
  secretKey?: KeyVaultSecretRef
  localSecret?: string
}

export interface KustomizationSpec {
  name?: string
  path?: string
  prune?: boolean
  force?: boolean
  timeout?: string
  syncInterval?: string
  retryInterval?: string
  dependsOn?: string[]
}

export interface SourceSpec {
  name: string
  displayName?: string
  description?: string
  scope: string
  exclude?: string[]
  enforcement?: 'Default' | 'DoNotEnforce'
  effect?: 'DeployIfNotExists' | 'Disabled'
  git?: GitSpec
  bucket?: BucketSpec
  namespace?: string
  configurationName?: string
  configurationScope?: 'cluster' | 'namespace'
  kustomization?: KustomizationSpec
  kustomizations?: KustomizationSpec[]
}

/** A file that parsed and matched its schema, with its document kept for positions. */
export interface Loaded<T> {
  file: string
  document: SourceDocument
  content: T
}

/** Everything loaded from a policy root. */
export interface PolicyModel {
  platform: Loaded<PlatformFile>
  teams: Array<Loaded<TeamFile>>
}

/** A source with where it came from, as later stages see it. */
export interface LocatedSource {
  team: string
  file: string
  index: number
  spec: SourceSpec
}

export function locatedSources(model: PolicyModel): LocatedSource[] {
  return model.teams.flatMap(({ file, content }) =>
    content.sources.map((spec, index) => ({ team: content.team, file, index, spec }))
  )
}
