import { badRequest } from '../arm/arm-error.js'
import type {
  BucketSource,
  Cluster,
  FluxConfiguration,
  GitRepositorySource,
  Kustomization,
  PostBuild
} from '../fleet/fleet-model.js'
import { bool, checkSchema, int, isObject, nullableString, obj, readOnly, str, type Schema } from './request-schema.js'

/*
 * Request bodies of FluxConfigurations_CreateOrUpdate and FluxConfigurations_Update, checked and applied as the REST
 * spec defines them: specification/kubernetesconfiguration/resource-manager/Microsoft.KubernetesConfiguration/
 * fluxConfigurations/stable/2025-04-01/fluxconfiguration.json (FluxConfigurationProperties,
 * FluxConfigurationPatchProperties and their definitions; defaults from its `default`s). The older stable versions
 * define a subset of the same properties.
 */

const SCOPES = ['cluster', 'namespace']
const SOURCE_KINDS = ['GitRepository', 'Bucket', 'AzureBlob', 'OCIRepository']
const PROVIDERS = ['Azure', 'GitHub', 'Generic']
/** FluxConfigurationProperties.namespace: "Maximum of 253 lower case alphanumeric characters, hyphen and period". */
const NAMESPACE = /^[a-z0-9.-]{1,253}$/

const repositoryRef = obj({
  branch: nullableString,
  tag: nullableString,
  semver: nullableString,
  commit: nullableString
})
const gitRepository = (): Schema =>
  obj({
    url: nullableString,
    timeoutInSeconds: int(),
    syncIntervalInSeconds: int(),
    repositoryRef,
    sshKnownHosts: nullableString,
    httpsUser: nullableString,
    httpsCACert: nullableString,
    localAuthRef: nullableString,
    provider: str({ nullable: true, enum: PROVIDERS })
  })
const bucket = (patch: boolean): Schema =>
  obj({
    url: patch ? nullableString : str(),
    bucketName: patch ? nullableString : str(),
    insecure: bool(patch),
    timeoutInSeconds: int(),
    syncIntervalInSeconds: int(),
    accessKey: nullableString,
    localAuthRef: nullableString
  })
const postBuild = obj({
  substitute: { kind: 'map', values: str(), nullable: true },
  substituteFrom: { kind: 'array', items: obj({ kind: str(), name: str(), optional: bool() }, false) }
})
const kustomization = (patch: boolean): Schema =>
  obj(
    {
      ...(patch ? {} : { name: readOnly }),
      path: patch ? nullableString : str(),
      dependsOn: { kind: 'array', items: str(), nullable: true },
      timeoutInSeconds: int(),
      syncIntervalInSeconds: int(),
      retryIntervalInSeconds: int(),
      prune: bool(patch),
      force: bool(patch),
      wait: bool(patch),
      postBuild
    },
    patch
  )
const protectedSettings: Schema = { kind: 'map', values: str(), nullable: true }

const PUT_PROPERTIES = obj(
  {
    scope: str({ enum: SCOPES }),
    namespace: str({ pattern: NAMESPACE, patternText: 'a namespace (lower case alphanumerics, - and ., ≤ 253)' }),
    sourceKind: str({ enum: SOURCE_KINDS }),
    suspend: bool(),
    gitRepository: gitRepository(),
    bucket: bucket(false),
    azureBlob: readOnly,
    ociRepository: readOnly,
    kustomizations: { kind: 'map', values: kustomization(false), nullable: true },
    configurationProtectedSettings: protectedSettings,
    waitForReconciliation: bool(true),
    reconciliationWaitDuration: nullableString,
    statuses: readOnly,
    repositoryPublicKey: readOnly,
    sourceSyncedCommitId: readOnly,
    sourceUpdatedAt: readOnly,
    statusUpdatedAt: readOnly,
    complianceState: readOnly,
    provisioningState: readOnly,
    errorMessage: readOnly
  },
  false
)
const PATCH_PROPERTIES = obj(
  {
    sourceKind: str({ enum: SOURCE_KINDS }),
    suspend: bool(),
    gitRepository: gitRepository(),
    bucket: bucket(true),
    azureBlob: readOnly,
    ociRepository: readOnly,
    kustomizations: { kind: 'map', values: kustomization(true) },
    configurationProtectedSettings: protectedSettings
  },
  false
)
const resourceBody = (properties: Schema): Schema =>
  obj({ id: readOnly, name: readOnly, type: readOnly, systemData: readOnly, properties }, false)

const DEFAULT_INTERVAL_SECONDS = 600

/** The checked `properties` of a PUT body ({} when absent). */
export function checkPutBody(body: Record<string, unknown>): Record<string, unknown> {
  checkSchema(body, resourceBody(PUT_PROPERTIES), 'body')
  const properties = (body.properties ?? {}) as Record<string, unknown>
  refuseUnsimulatedSources(properties)
  return properties
}

/** The checked `properties` of a PATCH body ({} when absent). */
export function checkPatchBody(body: Record<string, unknown>): Record<string, unknown> {
  checkSchema(body, obj({ properties: PATCH_PROPERTIES }, false), 'body')
  const properties = (body.properties ?? {}) as Record<string, unknown>
  refuseUnsimulatedSources(properties)
  return properties
}

export interface WriteContext {
  cluster: Cluster
  nowIso: string
  callerId: string
}

/** The configuration a PUT makes: the body with the spec's defaults; `existing` keeps its create-only fields. */
export function configurationFromPut(
  name: string,
  properties: Record<string, unknown>,
  context: WriteContext,
  existing: FluxConfiguration | undefined
): FluxConfiguration {
  const scope = (properties.scope as FluxConfiguration['scope'] | undefined) ?? 'cluster'
  const namespace = (properties.namespace as string | undefined) ?? 'default'
  if (existing && (existing.scope !== scope || existing.namespace !== namespace)) {
    // x-ms-mutability [read, create] on both: they cannot change after creation.
    throw badRequest(
      'ValidationFailed',
      `The 'scope' and 'namespace' of the Flux configuration '${name}' cannot be changed after creation ` +
        `(they are '${existing.scope}' and '${existing.namespace}'). Delete it and create it again.`
    )
  }
  const configuration: FluxConfiguration = {
    name,
    scope,
    namespace,
    sourceKind: (properties.sourceKind as FluxConfiguration['sourceKind'] | undefined) ?? 'GitRepository',
    suspend: properties.suspend === true,
    kustomizations: Object.fromEntries(
      Object.entries((properties.kustomizations ?? {}) as Record<string, Record<string, unknown>>).map(([k, v]) => [
        k,
        mergeKustomization(undefined, v)
      ])
    ),
    ...status(context),
    createdAt: existing?.createdAt ?? context.nowIso,
    createdBy: existing?.createdBy ?? 'user',
    lastModifiedAt: context.nowIso,
    lastModifiedBy: context.callerId,
    waitForReconciliation: (properties.waitForReconciliation as boolean | null | undefined) ?? null,
    reconciliationWaitDuration: (properties.reconciliationWaitDuration as string | null | undefined) ?? null
  }
  if (isObject(properties.gitRepository)) configuration.gitRepository = mergeGit(undefined, properties.gitRepository)
  if (isObject(properties.bucket)) configuration.bucket = mergeBucket(undefined, properties.bucket)
  checkSourceKind(configuration)
  return configuration
}

/**
 * The configuration after a PATCH: only the given properties change (JSON merge patch, RFC 7396: `null` removes a
 * kustomization or clears a nullable field; the spec's PatchFluxConfiguration example removes `srs-kustomization1`
 * with `null` and keeps the `repositoryRef` it does not name). Undefined when nothing changes (the spec's 200).
 */
export function configurationAfterPatch(
  existing: FluxConfiguration,
  properties: Record<string, unknown>,
  context: WriteContext
): FluxConfiguration | undefined {
  const next = structuredClone(existing)
  if (typeof properties.sourceKind === 'string')
    next.sourceKind = properties.sourceKind as FluxConfiguration['sourceKind']
  if (typeof properties.suspend === 'boolean') next.suspend = properties.suspend
  if (properties.gitRepository === null) delete next.gitRepository
  else if (isObject(properties.gitRepository))
    next.gitRepository = mergeGit(next.gitRepository, properties.gitRepository)
  if (properties.bucket === null) delete next.bucket
  else if (isObject(properties.bucket)) next.bucket = mergeBucket(next.bucket, properties.bucket)
  for (const [name, patch] of Object.entries((properties.kustomizations ?? {}) as Record<string, unknown>)) {
    if (patch === null) delete next.kustomizations[name]
    else next.kustomizations[name] = mergeKustomization(next.kustomizations[name], patch as Record<string, unknown>)
  }
  checkSourceKind(next)
  if (JSON.stringify(desired(next)) === JSON.stringify(desired(existing))) return undefined
  return { ...next, ...status(context), lastModifiedAt: context.nowIso, lastModifiedBy: context.callerId }
}

/** What a caller sets (not status): the part a PATCH compares. */
function desired(c: FluxConfiguration): unknown {
  return [c.sourceKind, c.suspend, c.gitRepository ?? null, c.bucket ?? null, c.kustomizations]
}

/** The status a written configuration starts with, as a DeployIfNotExists deployment leaves it (dine/). */
function status(
  context: WriteContext
): Pick<FluxConfiguration, 'complianceState' | 'provisioningState' | 'errorMessage' | 'sourceSyncedCommitId'> {
  const offline = context.cluster.connectivityStatus === 'Offline'
  return {
    complianceState: offline ? 'Pending' : 'Compliant',
    provisioningState: 'Succeeded',
    errorMessage: '',
    sourceSyncedCommitId: offline ? null : 'main/5f3c2e1d0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d'
  }
}

function mergeGit(base: GitRepositorySource | undefined, patch: Record<string, unknown>): GitRepositorySource {
  const git: GitRepositorySource = base
    ? structuredClone(base)
    : {
        url: '',
        timeoutInSeconds: DEFAULT_INTERVAL_SECONDS,
        syncIntervalInSeconds: DEFAULT_INTERVAL_SECONDS,
        repositoryRef: { branch: null, tag: null, semver: null, commit: null }
      }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'repositoryRef') {
      if (isObject(value))
        for (const ref of ['branch', 'tag', 'semver', 'commit'] as const)
          if (ref in value) git.repositoryRef[ref] = (value[ref] as string | null) ?? null
    } else if (key === 'timeoutInSeconds' || key === 'syncIntervalInSeconds') {
      git[key] = (value as number | null) ?? DEFAULT_INTERVAL_SECONDS
    } else if (key === 'url') {
      git.url = (value as string | null) ?? ''
    } else {
      ;(git as unknown as Record<string, unknown>)[key] = value
    }
  }
  return git
}

function mergeBucket(base: BucketSource | undefined, patch: Record<string, unknown>): BucketSource {
  const source: BucketSource = base
    ? structuredClone(base)
    : {
        url: '',
        bucketName: '',
        insecure: true,
        timeoutInSeconds: DEFAULT_INTERVAL_SECONDS,
        syncIntervalInSeconds: DEFAULT_INTERVAL_SECONDS
      }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'timeoutInSeconds' || key === 'syncIntervalInSeconds')
      source[key] = (value as number | null) ?? DEFAULT_INTERVAL_SECONDS
    else if (key === 'url' || key === 'bucketName') source[key] = (value as string | null) ?? ''
    else if (key === 'insecure') source.insecure = (value as boolean | null) ?? true
    else (source as unknown as Record<string, unknown>)[key] = value
  }
  return source
}

/** KustomizationDefinition's defaults: path '', timeout and sync 600, prune and force false, wait true. */
function mergeKustomization(base: Kustomization | undefined, patch: Record<string, unknown>): Kustomization {
  const k: Kustomization = base
    ? structuredClone(base)
    : {
        path: '',
        timeoutInSeconds: DEFAULT_INTERVAL_SECONDS,
        syncIntervalInSeconds: DEFAULT_INTERVAL_SECONDS,
        retryIntervalInSeconds: null,
        prune: false,
        force: false,
        dependsOn: [],
        wait: true,
        postBuild: null
      }
  for (const [key, value] of Object.entries(patch)) {
    switch (key) {
      case 'path':
        k.path = (value as string | null) ?? ''
        break
      case 'dependsOn':
        k.dependsOn = ((value as string[] | null) ?? []).slice()
        break
      case 'timeoutInSeconds':
      case 'syncIntervalInSeconds':
        k[key] = (value as number | null) ?? DEFAULT_INTERVAL_SECONDS
        break
      case 'retryIntervalInSeconds':
        k.retryIntervalInSeconds = value as number | null
        break
      case 'prune':
      case 'force':
        k[key] = (value as boolean | null) ?? false
        break
      case 'wait':
        k.wait = (value as boolean | null) ?? true
        break
      case 'postBuild':
        k.postBuild = value === null ? null : (structuredClone(value) as PostBuild)
        break
    }
  }
  return k
}

/**
 * The source kind needs its source: Azure answers 400 `ValidationFailed` "Invalid source kind match. Config with
 * specified source kind 'GitRepository' must contain corresponding body specified in the properties." (quoted in
 * Azure/ResourceModules#1302 and gbaeke/quick-guides#2, from a PUT and a PATCH). A source without its URL is
 * refused the same way (unconfirmed: Flux cannot sync it).
 */
function checkSourceKind(configuration: FluxConfiguration): void {
  const source = configuration.sourceKind === 'Bucket' ? configuration.bucket : configuration.gitRepository
  if (!source)
    throw badRequest(
      'ValidationFailed',
      `Invalid source kind match. Config with specified source kind '${configuration.sourceKind}' must contain ` +
        'corresponding body specified in the properties.'
    )
  if (source.url === '')
    throw badRequest(
      'ValidationFailed',
      `The ${configuration.sourceKind} source of a Flux configuration needs a 'url'.`
    )
}

function refuseUnsimulatedSources(properties: Record<string, unknown>): void {
  for (const [property, kind] of [
    ['azureBlob', 'AzureBlob'],
    ['ociRepository', 'OCIRepository']
  ] as const) {
    if ((properties[property] ?? null) !== null || properties.sourceKind === kind)
      throw badRequest(
        'NotSupportedByEmulator',
        `The emulator simulates the GitRepository and Bucket source kinds only, not '${kind}'.`
      )
  }
}
