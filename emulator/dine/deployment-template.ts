import type { BuiltinDefinition } from '../../src/desired/catalog.js'
import { FLUX_EXTENSION_TYPE, type Cluster, type ClusterExtension, type FluxConfiguration } from '../fleet/fleet-model.js'
import { nullIfEmpty, type ResolvedParameters } from './flux-parameters.js'

/** Why a deployment cannot run on this cluster, or undefined when it can. */
export function deploymentBlocker(cluster: Cluster, definition: BuiltinDefinition): string | undefined {
  if (definition.serves === 'extension') return undefined
  const flux = cluster.extensions.find((e) => e.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE && e.provisioningState === 'Succeeded')
  return flux ? undefined : `The Flux extension (${FLUX_EXTENSION_TYPE}) is not installed on the cluster '${cluster.name}'. Install it before creating Flux configurations.`
}

/**
 * What the definition's nested template deploys on one cluster (an incremental PUT): the extension named `flux`, or
 * a Flux configuration named after `configurationName`, replacing any resource of the same name.
 */
export function applyDeployment(cluster: Cluster, definition: BuiltinDefinition, p: ResolvedParameters, nowIso: string): void {
  if (definition.serves === 'extension') {
    const autoUpgrade = p.autoUpgradeMinorVersion === true
    const extension: ClusterExtension = {
      name: 'flux', extensionType: FLUX_EXTENSION_TYPE,
      provisioningState: cluster.connectivityStatus === 'Offline' ? 'Creating' : 'Succeeded',
      releaseTrain: String(p.releaseTrain), autoUpgradeMinorVersion: autoUpgrade,
      version: !autoUpgrade ? nullIfEmpty(p.version) : null, currentVersion: (!autoUpgrade && nullIfEmpty(p.version)) || '1.14.1',
      releaseNamespace: 'flux-system',
      configurationSettings: {
        'helm-controller.enabled': String(p.helmControllerEnabled), 'notification-controller.enabled': String(p.notificationControllerEnabled),
        'image-automation-controller.enabled': String(p.imageAutomationController), 'image-reflector-controller.enabled': String(p.imageReflectorController)
      },
      createdAt: nowIso
    }
    cluster.extensions = [...cluster.extensions.filter((e) => e.name.toLowerCase() !== 'flux'), extension]
    return
  }
  const configuration = fluxConfigurationFor(cluster, definition.serves, p, nowIso)
  cluster.fluxConfigurations = [...cluster.fluxConfigurations.filter((c) => c.name.toLowerCase() !== configuration.name.toLowerCase()), configuration]
}

function fluxConfigurationFor(cluster: Cluster, serves: BuiltinDefinition['serves'], p: ResolvedParameters, nowIso: string): FluxConfiguration {
  const bucket = serves === 'bucket-keyvault' || serves === 'bucket-local-secret'
  const retryFromSync = serves === 'git-ssh' || serves === 'git-https'
  const offline = cluster.connectivityStatus === 'Offline'
  const branch = nullIfEmpty(p.repositoryRefBranch)
  const configuration: FluxConfiguration = {
    name: String(p.configurationName), scope: p.configurationScope === 'namespace' ? 'namespace' : 'cluster', namespace: String(p.configurationNamespace),
    sourceKind: bucket ? 'Bucket' : 'GitRepository', suspend: false,
    kustomizations: {
      [String(p.kustomizationName)]: {
        path: String(p.kustomizationPath), timeoutInSeconds: Number(p.kustomizationTimeout), syncIntervalInSeconds: Number(p.kustomizationSyncInterval),
        retryIntervalInSeconds: Number(retryFromSync ? p.kustomizationSyncInterval : p.kustomizationRetryInterval),
        prune: p.kustomizationPrune === true, force: p.kustomizationForce === true, dependsOn: []
      }
    },
    complianceState: offline ? 'Pending' : 'Compliant', provisioningState: 'Succeeded', errorMessage: '',
    sourceSyncedCommitId: offline ? null : `${branch ?? nullIfEmpty(p.repositoryRefTag) ?? 'HEAD'}/5f3c2e1d0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d`,
    createdAt: nowIso, createdBy: 'policy'
  }
  if (bucket) {
    configuration.bucket = {
      url: String(p.bucketUrl), bucketName: String(p.bucketName), timeoutInSeconds: Number(p.bucketTimeout),
      syncIntervalInSeconds: Number(p.bucketSyncInterval), insecure: p.bucketInsecure === true,
      ...(serves === 'bucket-keyvault' ? { accessKey: nullIfEmpty(p.bucketAccessKey) } : { localAuthRef: nullIfEmpty(p.bucketLocalAuthRef) })
    }
    return configuration
  }
  configuration.gitRepository = {
    url: String(p.repositoryUrl), timeoutInSeconds: serves === 'git-https' ? 600 : Number(p.repositoryTimeout),
    syncIntervalInSeconds: Number(p.repositorySyncInterval),
    repositoryRef: { branch, tag: nullIfEmpty(p.repositoryRefTag), semver: nullIfEmpty(p.repositoryRefSemver), commit: nullIfEmpty(p.repositoryRefCommit) },
    ...(serves === 'git-ssh' ? { sshKnownHosts: nullIfEmpty(p.repositorySshKnownHosts) } : {}),
    ...(serves === 'git-https' ? { httpsUser: String(p.repositoryHttpsUser), httpsCACert: nullIfEmpty(p.repositoryHttpsCACert) } : {}),
    ...(serves === 'git-https-ca' ? { httpsCACert: nullIfEmpty(p.repositoryHttpsCACert) } : {}),
    ...(serves === 'git-local-secret' ? { localAuthRef: String(p.repositoryLocalAuthRef) } : {})
  }
  return configuration
}
