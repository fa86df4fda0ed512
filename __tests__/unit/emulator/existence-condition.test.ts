import { definitionFor } from '../../../src/desired/catalog.js'
import { isCompliant } from '../../../emulator/dine/existence-condition.js'
import { applyDeployment } from '../../../emulator/dine/deployment-template.js'
import { resolveParameters } from '../../../emulator/dine/flux-parameters.js'
import { fluxExtension, gitConfiguration, newCluster } from '../../../emulator/fleet/cluster-factory.js'

const cluster = () => newCluster({ kind: 'connectedCluster', subscriptionId: 's', resourceGroup: 'rg', name: 'c', location: 'westeurope', extensions: [fluxExtension()] })
const publicGit = definitionFor('git-public')
const parameters = resolveParameters(publicGit, {
  configurationName: { value: 'apps' }, repositoryUrl: { value: 'https://github.com/contoso/apps' }, repositoryRefBranch: { value: 'main' }
})

describe('the Flux built-ins\' existence conditions', () => {
  it('a cluster with no configuration is non-compliant; what the template deploys is compliant', () => {
    const target = cluster()
    expect(isCompliant(target, publicGit, parameters)).toBe(false)
    applyDeployment(target, publicGit, parameters, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations.map((c) => c.name)).toEqual(['apps'])
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('does not compare the configuration name, and compares strings case-insensitively', () => {
    const target = cluster()
    target.fluxConfigurations.push(gitConfiguration({ name: 'anything-else', url: 'HTTPS://GITHUB.COM/contoso/apps', branch: 'MAIN', namespace: 'default' }))
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('is non-compliant when any checked field differs, or the configuration failed to provision', () => {
    const fields = [
      { url: 'https://github.com/contoso/fork' }, { namespace: 'apps' },
      { gitRepository: { url: 'https://github.com/contoso/apps', timeoutInSeconds: 600, syncIntervalInSeconds: 60, repositoryRef: { branch: 'main', tag: null, semver: null, commit: null } } }
    ]
    for (const change of fields) {
      const target = cluster()
      target.fluxConfigurations.push(gitConfiguration({ name: 'apps', url: 'https://github.com/contoso/apps', namespace: 'default', ...change }))
      expect(isCompliant(target, publicGit, parameters)).toBe(false)
    }
    const failed = cluster()
    failed.fluxConfigurations.push(gitConfiguration({ name: 'apps', url: 'https://github.com/contoso/apps', namespace: 'default', provisioningState: 'Failed' }))
    expect(isCompliant(failed, publicGit, parameters)).toBe(false)
  })

  it('satisfies the ref anyOf through an empty ref parameter (a missing field reads as empty)', () => {
    const target = cluster()
    target.fluxConfigurations.push(gitConfiguration({ name: 'apps', url: 'https://github.com/contoso/apps', branch: 'release', namespace: 'default' }))
    expect(isCompliant(target, publicGit, parameters)).toBe(true)
  })

  it('the extension policy checks type, state, release train and auto-upgrade, not the name or controllers', () => {
    const extensionDefinition = definitionFor('extension')
    const defaults = resolveParameters(extensionDefinition, {})
    const renamed = cluster()
    renamed.extensions = [fluxExtension({ name: 'my-flux', configurationSettings: {} })]
    expect(isCompliant(renamed, extensionDefinition, defaults)).toBe(true)
    const failed = cluster()
    failed.extensions = [fluxExtension({ provisioningState: 'Failed' })]
    expect(isCompliant(failed, extensionDefinition, defaults)).toBe(false)
    const pinned = resolveParameters(extensionDefinition, { autoUpgradeMinorVersion: { value: false }, version: { value: '1.9.0' } })
    expect(isCompliant(cluster(), extensionDefinition, pinned)).toBe(false)
    const pinnedCluster = cluster()
    applyDeployment(pinnedCluster, extensionDefinition, pinned, '2026-01-01T00:00:00Z')
    expect(pinnedCluster.extensions).toEqual([expect.objectContaining({ name: 'flux', autoUpgradeMinorVersion: false, version: '1.9.0' })])
    expect(isCompliant(pinnedCluster, extensionDefinition, pinned)).toBe(true)
  })

  it('bucket definitions check the bucket fields and the access key or local secret', () => {
    const bucket = definitionFor('bucket-local-secret')
    const p = resolveParameters(bucket, {
      configurationName: { value: 'models' }, bucketUrl: { value: 'http://minio:9000' }, bucketName: { value: 'models' },
      bucketLocalAuthRef: { value: 'minio-credentials' }, bucketInsecure: { value: true }
    })
    const target = cluster()
    applyDeployment(target, bucket, p, '2026-01-01T00:00:00Z')
    expect(target.fluxConfigurations[0]).toMatchObject({ sourceKind: 'Bucket', bucket: { url: 'http://minio:9000', bucketName: 'models', insecure: true, localAuthRef: 'minio-credentials' } })
    expect(isCompliant(target, bucket, p)).toBe(true)
    expect(isCompliant(target, bucket, { ...p, bucketLocalAuthRef: 'other' })).toBe(false)
  })
})
