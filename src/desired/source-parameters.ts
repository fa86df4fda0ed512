import type { KustomizationSpec, SourceSpec } from '../config/model.js'
import type { SourceKind } from './catalog.js'
import { durationSeconds } from './duration.js'
import type { ParameterValues } from './desired-assignment.js'

/** The built-in definition a source needs, from its kind and its authentication. */
export function sourceKindOf(source: SourceSpec): SourceKind {
  if (source.bucket) return source.bucket.localSecret !== undefined ? 'bucket-local-secret' : 'bucket-keyvault'
  const git = source.git!
  if (git.ssh) return 'git-ssh'
  if (git.https) return 'git-https'
  if (git.localSecret !== undefined) return 'git-local-secret'
  if (git.caCert !== undefined) return 'git-https-ca'
  return 'git-public'
}

/** Only what the file says (plus the required values): defaults stay the definition's, so the plan shows intent. */
export function sourceParameters(source: SourceSpec): ParameterValues {
  const values: Record<string, string | number | boolean | undefined> = {
    configurationName: source.configurationName ?? source.name,
    configurationNamespace: source.namespace,
    configurationScope: source.configurationScope,
    ...(source.git ? gitParameters(source.git) : bucketParameters(source.bucket!)),
    ...kustomizationParameters(source.kustomization ?? source.kustomizations?.[0]),
    effect: source.effect ?? 'DeployIfNotExists'
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ParameterValues
}

const seconds = (duration: string | undefined) => (duration === undefined ? undefined : durationSeconds(duration))

function gitParameters(git: NonNullable<SourceSpec['git']>) {
  return {
    repositoryUrl: git.url,
    repositoryTimeout: seconds(git.timeout),
    repositorySyncInterval: seconds(git.syncInterval),
    repositoryRefBranch: git.branch,
    repositoryRefTag: git.tag,
    repositoryRefSemver: git.semver,
    repositoryRefCommit: git.commit,
    keyVaultName: git.ssh?.keyVault ?? git.https?.keyVault,
    keyVaultSecretName: git.ssh?.secret,
    repositorySshKnownHosts: git.ssh?.knownHosts,
    repositoryHttpsUser: git.https?.user,
    httpsKeyKeyVaultSecretName: git.https?.secret,
    repositoryHttpsCACert: git.caCert,
    repositoryLocalAuthRef: git.localSecret
  }
}

function bucketParameters(bucket: NonNullable<SourceSpec['bucket']>) {
  return {
    bucketUrl: bucket.url,
    bucketName: bucket.name,
    bucketTimeout: seconds(bucket.timeout),
    bucketSyncInterval: seconds(bucket.syncInterval),
    bucketInsecure: bucket.insecure,
    bucketAccessKey: bucket.accessKey,
    keyVaultName: bucket.secretKey?.keyVault,
    keyVaultSecretName: bucket.secretKey?.secret,
    bucketLocalAuthRef: bucket.localSecret
  }
}

function kustomizationParameters(k: KustomizationSpec | undefined) {
  return {
    kustomizationName: k?.name,
    kustomizationPath: k?.path,
    kustomizationTimeout: seconds(k?.timeout),
    kustomizationSyncInterval: seconds(k?.syncInterval),
    kustomizationRetryInterval: seconds(k?.retryInterval),
    kustomizationPrune: k?.prune,
    kustomizationForce: k?.force
  }
}
