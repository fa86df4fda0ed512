import { builtinDineDefinition, type DineDefinition } from '../../../emulator/dine/dine-definition.js'
import { isCompliant } from '../../../emulator/dine/existence-condition.js'
import { applyDeployment, keyVaultIds } from '../../../emulator/dine/deployment-template.js'
import { dineDefinitionOf } from '../../../emulator/dine/dine-definition.js'
import { builtinDefinitionRecords } from '../../../emulator/policy/builtin-definitions.js'
import { resolveParameters } from '../../../emulator/dine/flux-parameters.js'
import { fluxExtension, gitConfiguration, newCluster } from '../../../emulator/fleet/cluster-factory.js'

const cluster = () =>
  newCluster({
    kind: 'connectedCluster',
    subscriptionId: 's',
    resourceGroup: 'rg',
    name: 'c',
    location: 'westeurope',
    extensions: [fluxExtension()]
  })
/** A recorded built-in, as the emulator simulates it. */
const builtin = (guid: string): DineDefinition => {
  const definition = builtinDineDefinition(guid)
  if (!definition) throw new Error(`no recorded built-in ${guid}`)
  return definition
}
const publicGit = builtin('83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')
const parameters = resolveParameters(publicGit, {
  configurationName: { value: 'apps' },
  repositoryUrl: { value: 'https://github.com/contoso/apps' },
  repositoryRefBranch: { value: 'main' }
})

describe("the Flux built-ins' existence conditions", () => {
  it('a cluster with no configuration is non-compliant; what the template deploys is compliant', () => {
    const target = cluster()
    expect(isCompliant(target, publicGit, parameters)).toBe(false)
    applyDeployment(target, publicGit, parameters, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations.map((c) => c.name)).toEqual(['apps'])
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('does not compare the configuration name, and compares strings case-insensitively', () => {
    const target = cluster()
    target.fluxConfigurations.push(
      gitConfiguration({
        name: 'anything-else',
        url: 'HTTPS://GITHUB.COM/contoso/apps',
        branch: 'MAIN',
        namespace: 'default'
      })
    )
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('is non-compliant when any checked field differs, or the configuration failed to provision', () => {
    const fields = [
      { url: 'https://github.com/contoso/fork' },
      { namespace: 'apps' },
      {
        gitRepository: {
          url: 'https://github.com/contoso/apps',
          timeoutInSeconds: 600,
          syncIntervalInSeconds: 60,
          repositoryRef: { branch: 'main', tag: null, semver: null, commit: null }
        }
      }
    ]
    for (const change of fields) {
      const target = cluster()
      target.fluxConfigurations.push(
        gitConfiguration({ name: 'apps', url: 'https://github.com/contoso/apps', namespace: 'default', ...change })
      )
      expect(isCompliant(target, publicGit, parameters)).toBe(false)
    }
    const failed = cluster()
    failed.fluxConfigurations.push(
      gitConfiguration({
        name: 'apps',
        url: 'https://github.com/contoso/apps',
        namespace: 'default',
        provisioningState: 'Failed'
      })
    )
    expect(isCompliant(failed, publicGit, parameters)).toBe(false)
  })

  it('satisfies the ref anyOf through an empty ref parameter (a missing field reads as empty)', () => {
    const target = cluster()
    target.fluxConfigurations.push(
      gitConfiguration({
        name: 'apps',
        url: 'https://github.com/contoso/apps',
        branch: 'release',
        namespace: 'default'
      })
    )
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('the extension policy checks type, state, release train and auto-upgrade, not the name or controllers', () => {
    const extensionDefinition = builtin('f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1')
    const defaults = resolveParameters(extensionDefinition, {})
    const renamed = cluster()
    renamed.extensions = [fluxExtension({ name: 'my-flux', configurationSettings: {} })]
    expect(isCompliant(renamed, extensionDefinition, defaults)).toBe(true)
    const failed = cluster()
    failed.extensions = [fluxExtension({ provisioningState: 'Failed' })]
    expect(isCompliant(failed, extensionDefinition, defaults)).toBe(false)
    const pinned = resolveParameters(extensionDefinition, {
      autoUpgradeMinorVersion: { value: false },
      version: { value: '1.9.0' }
    })
    expect(isCompliant(cluster(), extensionDefinition, pinned)).toBe(false)
    const pinnedCluster = cluster()
    applyDeployment(pinnedCluster, extensionDefinition, pinned, '2026-01-01T00:00:00Z')
    expect(pinnedCluster.extensions).toEqual([
      expect.objectContaining({ name: 'flux', autoUpgradeMinorVersion: false, version: '1.9.0' })
    ])
    expect(isCompliant(pinnedCluster, extensionDefinition, pinned)).toBe(true)
  })

  it('bucket definitions check the bucket fields and the access key or local secret', () => {
    const bucket = builtin('b8c1d6c1-6137-97c6-9c34-d4627e54ca26')
    const p = resolveParameters(bucket, {
      configurationName: { value: 'models' },
      bucketUrl: { value: 'http://minio:9000' },
      bucketName: { value: 'models' },
      bucketLocalAuthRef: { value: 'minio-credentials' },
      bucketInsecure: { value: true }
    })
    const target = cluster()
    applyDeployment(target, bucket, p, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations[0]).toMatchObject({
      sourceKind: 'Bucket',
      bucket: { url: 'http://minio:9000', bucketName: 'models', insecure: true, localAuthRef: 'minio-credentials' }
    })
    expect(isCompliant(target, bucket, p)).toBe(true)
    expect(isCompliant(target, bucket, { ...p, bucketLocalAuthRef: 'other' })).toBe(false)
  })

  it('deploys what the recorded HTTPS template says, its quirks included, and finds the Key Vault it references', () => {
    const https = builtin('bf1a31be-3b79-5ba8-c9e0-9a8c9ad9f749')
    const vault = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv'
    const p = resolveParameters(https, {
      configurationName: { value: 'apps' },
      repositoryUrl: { value: 'https://git.example/apps' },
      repositoryRefTag: { value: 'v1' },
      repositorySyncInterval: { value: 120 },
      kustomizationSyncInterval: { value: 300 },
      repositoryHttpsUser: { value: 'bot' },
      httpsKeyKeyVaultSecretName: { value: 'pat' },
      keyVaultName: { value: vault }
    })
    const target = cluster()
    applyDeployment(target, https, p, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations[0]).toMatchObject({
      name: 'apps',
      sourceKind: 'GitRepository',
      gitRepository: {
        url: 'https://git.example/apps',
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 120,
        httpsUser: 'bot',
        httpsCACert: null,
        repositoryRef: { branch: null, tag: 'v1', semver: null, commit: null }
      },
      kustomizations: { 'kustomization-1': { retryIntervalInSeconds: 300, syncIntervalInSeconds: 300 } }
    })
    expect(isCompliant(target, https, p)).toBe(true)
    expect(keyVaultIds(https, p)).toEqual([vault])
  })

  it('follows the definition it is given: a changed template or existence condition changes what is deployed and judged', () => {
    const record = structuredClone(
      builtinDefinitionRecords().find((d) => d.name === '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')!
    )
    const details = record.policyRule.then.details as {
      deployment: { properties: { template: { resources: Array<{ properties: Record<string, any> }> } } }
      existenceCondition: { allOf: unknown[] }
    }
    details.deployment.properties.template.resources[0]!.properties.kustomizations = {
      infra: { path: './infra', prune: true }
    }
    details.existenceCondition.allOf.push({
      field: 'Microsoft.KubernetesConfiguration/fluxConfigurations/suspend',
      equals: 'true'
    })
    const changed = dineDefinitionOf(record)!
    const target = cluster()
    applyDeployment(target, changed, parameters, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations[0]?.kustomizations).toEqual({
      infra: {
        path: './infra',
        prune: true,
        force: false,
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 600,
        retryIntervalInSeconds: null,
        dependsOn: []
      }
    })
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
    expect(isCompliant(target, changed, parameters)).toBe(false)
  })
})
