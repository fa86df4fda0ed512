import type { BuiltinDefinition } from '../../src/desired/catalog.js'

const p = (name: string) => `[parameters('${name}')]`

/**
 * The `deployment` of a built-in's policy rule, in the shape Azure publishes it (a nested template deploying one
 * Flux configuration or the Flux extension), so tools that derive custom definitions from a built-in (flux-policy
 * does) find what they look for. The emulator's DeployIfNotExists simulation does not read it.
 */
export function builtinDeployment(definition: BuiltinDefinition): Record<string, unknown> {
  return { properties: { mode: 'incremental', parameters: {}, template: { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', parameters: {}, resources: [resourceOf(definition)] } } }
}

function resourceOf(definition: BuiltinDefinition): Record<string, unknown> {
  if (definition.serves === 'extension') {
    return { type: 'Microsoft.KubernetesConfiguration/extensions', apiVersion: '2022-03-01', name: 'flux', properties: { extensionType: 'microsoft.flux', autoUpgradeMinorVersion: p('autoUpgradeMinorVersion'), releaseTrain: p('releaseTrain') } }
  }
  const has = (name: string) => name in definition.parameters
  const source = definition.serves.startsWith('bucket')
    ? { bucket: { url: p('bucketUrl'), bucketName: p('bucketName'), timeoutInSeconds: p('bucketTimeout'), syncIntervalInSeconds: p('bucketSyncInterval'), insecure: p('bucketInsecure') } }
    : { gitRepository: { url: p('repositoryUrl'), timeoutInSeconds: has('repositoryTimeout') ? p('repositoryTimeout') : 600, syncIntervalInSeconds: p('repositorySyncInterval'), repositoryRef: { branch: p('repositoryRefBranch'), tag: p('repositoryRefTag'), semver: p('repositoryRefSemver'), commit: p('repositoryRefCommit') } } }
  return {
    type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
    apiVersion: '2022-03-01',
    name: p('configurationName'),
    properties: {
      scope: p('configurationScope'),
      namespace: p('configurationNamespace'),
      sourceKind: definition.serves.startsWith('bucket') ? 'Bucket' : 'GitRepository',
      ...source,
      kustomizations: {
        [p('kustomizationName')]: {
          path: p('kustomizationPath'),
          timeoutInSeconds: p('kustomizationTimeout'),
          syncIntervalInSeconds: p('kustomizationSyncInterval'),
          retryIntervalInSeconds: has('kustomizationRetryInterval') ? p('kustomizationRetryInterval') : p('kustomizationSyncInterval'),
          prune: p('kustomizationPrune'),
          force: p('kustomizationForce')
        }
      }
    }
  }
}
