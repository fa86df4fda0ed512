import type { BuiltinDefinition } from '../../src/desired/catalog.js'
import { FLUX_EXTENSION_TYPE, type Cluster, type FluxConfiguration } from '../fleet/fleet-model.js'
import { policyEquals as eq, type ResolvedParameters } from './flux-parameters.js'

/**
 * The built-in definitions' existenceCondition, evaluated against one cluster: compliant when ANY extension
 * (for the extension policy) or ANY Flux configuration (for the configuration policies) satisfies every condition.
 * Names are never compared, nor kustomizations, suspend or sourceKind (see the reference README §3).
 */
export function isCompliant(cluster: Cluster, definition: BuiltinDefinition, p: ResolvedParameters): boolean {
  if (definition.serves === 'extension') {
    return cluster.extensions.some((e) => eq(e.extensionType, FLUX_EXTENSION_TYPE) && eq(e.provisioningState, 'Succeeded') &&
      eq(e.releaseTrain, p.releaseTrain) && eq(e.autoUpgradeMinorVersion, p.autoUpgradeMinorVersion) &&
      ((eq(e.autoUpgradeMinorVersion, 'false') && eq(e.version, p.version)) || eq(e.autoUpgradeMinorVersion, 'true')))
  }
  return cluster.fluxConfigurations.some((c) => configurationSatisfies(c, definition.serves, p))
}

function configurationSatisfies(c: FluxConfiguration, serves: BuiltinDefinition['serves'], p: ResolvedParameters): boolean {
  if (!eq(c.scope, p.configurationScope) || !eq(c.namespace, p.configurationNamespace) || eq(c.provisioningState, 'Failed')) return false
  if (serves === 'bucket-keyvault' || serves === 'bucket-local-secret') {
    const b = c.bucket
    return eq(b?.url, p.bucketUrl) && eq(b?.timeoutInSeconds, p.bucketTimeout) && eq(b?.syncIntervalInSeconds, p.bucketSyncInterval) &&
      eq(b?.insecure, p.bucketInsecure) && eq(b?.bucketName, p.bucketName) &&
      (serves === 'bucket-keyvault' ? eq(b?.accessKey, p.bucketAccessKey) : eq(b?.localAuthRef, p.bucketLocalAuthRef))
  }
  const g = c.gitRepository
  const ref = g?.repositoryRef
  const common = eq(g?.url, p.repositoryUrl) && eq(g?.syncIntervalInSeconds, p.repositorySyncInterval) &&
    (eq(ref?.branch, p.repositoryRefBranch) || eq(ref?.tag, p.repositoryRefTag) || eq(ref?.semver, p.repositoryRefSemver) || eq(ref?.commit, p.repositoryRefCommit))
  if (!common) return false
  // The HTTPS definition does not check the timeout (its template hard-codes 600); the others do.
  if (serves !== 'git-https' && !eq(g?.timeoutInSeconds, p.repositoryTimeout)) return false
  switch (serves) {
    case 'git-ssh': return eq(g?.sshKnownHosts, p.repositorySshKnownHosts)
    // The CA conditions use the alias gitRepository.httpsCAFile; the emulator reads it as the httpsCACert the template writes.
    case 'git-https': return eq(g?.httpsUser, p.repositoryHttpsUser) && eq(g?.httpsCACert, p.repositoryHttpsCACert)
    case 'git-https-ca': return eq(g?.httpsCACert, p.repositoryHttpsCACert)
    case 'git-local-secret': return eq(g?.localAuthRef, p.repositoryLocalAuthRef)
    default: return true
  }
}
