import type { FluxConfiguration } from './fleet-model.js'

/** The `properties` of a Flux configuration as the RP's GET (and Resource Graph) show them (camelCase). */
export function fluxConfigurationProperties(configuration: FluxConfiguration): Record<string, unknown> {
  const kustomizations = Object.fromEntries(
    Object.entries(configuration.kustomizations).map(([name, k]) => [
      name,
      {
        name,
        path: k.path,
        dependsOn: [...k.dependsOn],
        timeoutInSeconds: k.timeoutInSeconds,
        syncIntervalInSeconds: k.syncIntervalInSeconds,
        retryIntervalInSeconds: k.retryIntervalInSeconds,
        prune: k.prune,
        force: k.force,
        wait: k.wait ?? true,
        postBuild: k.postBuild ? structuredClone(k.postBuild) : null
      }
    ])
  )
  const source = configuration.gitRepository ? 'GitRepository' : 'Bucket'
  return {
    scope: configuration.scope,
    namespace: configuration.namespace,
    sourceKind: configuration.sourceKind,
    suspend: configuration.suspend,
    gitRepository: configuration.gitRepository
      ? { ...configuration.gitRepository, repositoryRef: { ...configuration.gitRepository.repositoryRef } }
      : null,
    bucket: configuration.bucket ? { ...configuration.bucket } : null,
    azureBlob: null,
    kustomizations,
    statuses: statuses(configuration, source),
    repositoryPublicKey: '',
    sourceSyncedCommitId: configuration.sourceSyncedCommitId,
    sourceUpdatedAt: configuration.sourceSyncedCommitId ? configuration.createdAt : null,
    statusUpdatedAt: configuration.createdAt,
    complianceState: configuration.complianceState,
    provisioningState: configuration.provisioningState,
    errorMessage: configuration.errorMessage
  }
}

function statuses(configuration: FluxConfiguration, sourceKind: string): unknown[] {
  const ready = configuration.complianceState === 'Compliant'
  const condition = (reason: string, message: string) => [
    {
      lastTransitionTime: configuration.createdAt,
      message,
      reason,
      status: ready ? 'True' : 'False',
      type: 'Ready'
    }
  ]
  const revision = configuration.sourceSyncedCommitId ?? ''
  return [
    {
      name: configuration.name,
      namespace: configuration.namespace,
      kind: sourceKind,
      complianceState: configuration.complianceState,
      appliedBy: null,
      helmReleaseProperties: null,
      statusConditions: condition(
        ready ? 'Succeeded' : 'GitOperationFailed',
        ready ? `stored artifact for revision '${revision}'` : configuration.errorMessage
      )
    },
    ...Object.keys(configuration.kustomizations).map((k) => ({
      name: `${configuration.name}-${k}`,
      namespace: configuration.namespace,
      kind: 'Kustomization',
      complianceState: configuration.complianceState,
      appliedBy: null,
      helmReleaseProperties: null,
      statusConditions: condition(
        ready ? 'ReconciliationSucceeded' : 'ReconciliationFailed',
        ready ? `Applied revision: ${revision}` : configuration.errorMessage
      )
    }))
  ]
}
