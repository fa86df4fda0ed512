import { badRequest } from '../arm/arm-error.js'
import { FLUX_EXTENSION_TYPE, type ClusterExtension } from '../fleet/fleet-model.js'
import { bool, checkSchema, isObject, nullableString, obj, readOnly, str, type Schema } from './request-schema.js'
import type { WriteContext } from './flux-configuration-request.js'

/*
 * Request bodies of Extensions_Create and Extensions_Update as the REST spec defines them:
 * specification/kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/extensions/stable/
 * 2025-03-01/extensions.json (Extension, patchExtension, Scope; defaults autoUpgradeMinorVersion true, releaseTrain
 * Stable).
 */

const AUTO_UPGRADE_MODES = ['none', 'patch', 'compatible']
const settings: Schema = { kind: 'map', values: str(), nullable: true }

const PUT_BODY = obj(
  {
    id: readOnly,
    name: readOnly,
    type: readOnly,
    systemData: readOnly,
    identity: readOnly,
    plan: readOnly,
    managedBy: readOnly,
    properties: obj({
      extensionType: str(),
      autoUpgradeMode: str({ enum: AUTO_UPGRADE_MODES }),
      autoUpgradeMinorVersion: bool(),
      releaseTrain: str(),
      version: nullableString,
      scope: obj({
        cluster: obj({ releaseNamespace: str() }),
        namespace: obj({ targetNamespace: str() })
      }),
      configurationSettings: settings,
      configurationProtectedSettings: settings,
      currentVersion: readOnly,
      provisioningState: readOnly,
      statuses: readOnly,
      errorInfo: readOnly,
      customLocationSettings: readOnly,
      packageUri: readOnly,
      aksAssignedIdentity: readOnly,
      isSystemExtension: readOnly,
      managementDetails: readOnly,
      additionalDetails: readOnly,
      extensionState: readOnly
    })
  },
  false
)
const PATCH_BODY = obj(
  {
    properties: obj({
      autoUpgradeMode: str({ enum: AUTO_UPGRADE_MODES }),
      autoUpgradeMinorVersion: bool(),
      releaseTrain: str(),
      version: nullableString,
      configurationSettings: settings,
      configurationProtectedSettings: settings
    })
  },
  false
)

/** The version the simulated agent installs when none is pinned. */
const LATEST_FLUX_VERSION = '1.14.1'

export function checkExtensionPut(body: Record<string, unknown>): Record<string, unknown> {
  checkSchema(body, PUT_BODY, 'body')
  return (body.properties ?? {}) as Record<string, unknown>
}

export function checkExtensionPatch(body: Record<string, unknown>): Record<string, unknown> {
  checkSchema(body, PATCH_BODY, 'body')
  return (body.properties ?? {}) as Record<string, unknown>
}

export function extensionFromPut(
  name: string,
  properties: Record<string, unknown>,
  context: WriteContext,
  existing: ClusterExtension | undefined
): ClusterExtension {
  const extensionType = properties.extensionType as string | undefined
  if (!extensionType)
    // The spec marks nothing required, but an extension cannot be installed without its type (unconfirmed code).
    throw badRequest('ValidationFailed', `The extension '${name}' needs an 'extensionType'.`)
  if (existing && existing.extensionType.toLowerCase() !== extensionType.toLowerCase())
    throw badRequest(
      'ValidationFailed',
      `The extension type of '${name}' is '${existing.extensionType}' and cannot change to '${extensionType}'.`
    )
  const scope = (properties.scope ?? {}) as { cluster?: { releaseNamespace?: string } | null; namespace?: unknown }
  if (isObject(scope.cluster) && isObject(scope.namespace))
    // Scope: "It can be either Cluster or Namespace; but not both."
    throw badRequest('ValidationFailed', "The scope of an extension is either 'cluster' or 'namespace', not both.")
  if (isObject(scope.namespace))
    throw badRequest('NotSupportedByEmulator', 'The emulator simulates cluster-scoped extensions only.')
  const extension: ClusterExtension = {
    name,
    extensionType,
    provisioningState: 'Succeeded',
    releaseTrain: (properties.releaseTrain as string | undefined) ?? 'Stable',
    autoUpgradeMinorVersion: (properties.autoUpgradeMinorVersion as boolean | undefined) ?? true,
    version: (properties.version as string | null | undefined) ?? null,
    currentVersion: '',
    releaseNamespace:
      scope.cluster?.releaseNamespace ??
      existing?.releaseNamespace ??
      (extensionType.toLowerCase() === FLUX_EXTENSION_TYPE ? 'flux-system' : 'default'),
    configurationSettings: { ...((properties.configurationSettings ?? {}) as Record<string, string>) },
    createdAt: existing?.createdAt ?? context.nowIso,
    lastModifiedAt: context.nowIso,
    lastModifiedBy: context.callerId
  }
  if (typeof properties.autoUpgradeMode === 'string') extension.autoUpgradeMode = properties.autoUpgradeMode
  return settle(extension, context)
}

/** The extension after a PATCH of only the given properties; undefined when nothing changes (the spec's 200). */
export function extensionAfterPatch(
  existing: ClusterExtension,
  properties: Record<string, unknown>,
  context: WriteContext
): ClusterExtension | undefined {
  const next = structuredClone(existing)
  if (typeof properties.autoUpgradeMode === 'string') next.autoUpgradeMode = properties.autoUpgradeMode
  if (typeof properties.autoUpgradeMinorVersion === 'boolean')
    next.autoUpgradeMinorVersion = properties.autoUpgradeMinorVersion
  if (typeof properties.releaseTrain === 'string') next.releaseTrain = properties.releaseTrain
  if ('version' in properties) next.version = (properties.version as string | null) ?? null
  if (properties.configurationSettings === null) next.configurationSettings = {}
  else if (isObject(properties.configurationSettings))
    next.configurationSettings = { ...next.configurationSettings, ...(properties.configurationSettings as object) }
  const same = (e: ClusterExtension) =>
    JSON.stringify([e.autoUpgradeMode, e.autoUpgradeMinorVersion, e.releaseTrain, e.version, e.configurationSettings])
  if (same(next) === same(existing)) return undefined
  return settle({ ...next, lastModifiedAt: context.nowIso, lastModifiedBy: context.callerId }, context)
}

/**
 * "User-specified version of the extension for this extension to 'pin'. To use 'version', autoUpgradeMinorVersion
 * must be 'false'." (Extension.properties.version in the spec): a pinned version with auto-upgrade is refused.
 */
function settle(extension: ClusterExtension, context: WriteContext): ClusterExtension {
  if (extension.version !== null && extension.autoUpgradeMinorVersion)
    throw badRequest(
      'ValidationFailed',
      "To pin the extension to a 'version', 'autoUpgradeMinorVersion' must be false."
    )
  extension.currentVersion = extension.version ?? LATEST_FLUX_VERSION
  extension.provisioningState = context.cluster.connectivityStatus === 'Offline' ? 'Creating' : 'Succeeded'
  return extension
}
