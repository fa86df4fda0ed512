import type { ConfigurationExpectation, DesiredKustomization } from '../audit/configuration-expectation.js'
import { normalisedPath } from '../audit/expectation.js'

/** A kustomization's fields as the Flux configuration PATCH takes them (`KustomizationPatchDefinition`). */
export type KustomizationPatch = Partial<DesiredKustomization>

/**
 * The body of a Flux configuration PATCH (`FluxConfigurationPatch`, API 2022-03-01 and later): only what changes. A
 * kustomization set to `null` is removed.
 */
export interface FluxConfigurationPatch {
  gitRepository?: { timeoutInSeconds: number }
  bucket?: { timeoutInSeconds: number }
  kustomizations?: Record<string, KustomizationPatch | null>
}

/** A Flux configuration on a cluster as Resource Graph shows it (the fields the direct update reads). */
export interface LiveConfiguration {
  /** The configuration's ARM id. */
  id: string
  /** The cluster's ARM id (lower case). */
  clusterId: string
  name: string
  provisioningState: string
  /** `properties.kustomizations` as Azure holds it: name → definition. */
  kustomizations: Record<string, unknown>
  /** The source's `timeoutInSeconds` (Git repository or bucket), when Azure shows one. */
  sourceTimeoutInSeconds?: number
}

const FIELDS = [
  'path',
  'dependsOn',
  'timeoutInSeconds',
  'syncIntervalInSeconds',
  'retryIntervalInSeconds',
  'prune',
  'force'
] as const satisfies ReadonlyArray<keyof DesiredKustomization>

/**
 * Pure: the PATCH that brings a live configuration in line with the source's desired kustomizations and timeout,
 * or undefined when nothing differs. Only the changed fields of a changed kustomization travel; a kustomization
 * the file no longer has is removed (`null`), one it adds travels in full. Paths compare as the audit compares them
 * (`./apps` and `apps/` are the same).
 */
export function configurationPatch(
  desired: ConfigurationExpectation,
  live: LiveConfiguration
): FluxConfigurationPatch | undefined {
  const patch: FluxConfigurationPatch = {}
  const kustomizations: Record<string, KustomizationPatch | null> = {}
  for (const [name, want] of Object.entries(desired.kustomizations)) {
    const have = asRecord(live.kustomizations[name])
    if (!have) {
      kustomizations[name] = { ...want }
      continue
    }
    const changed: KustomizationPatch = {}
    for (const field of FIELDS) {
      if (want[field] === undefined || sameValue(field, want[field], have[field])) continue
      Object.assign(changed, { [field]: want[field] })
    }
    if (Object.keys(changed).length > 0) kustomizations[name] = changed
  }
  for (const name of Object.keys(live.kustomizations))
    if (!Object.hasOwn(desired.kustomizations, name)) kustomizations[name] = null
  if (Object.keys(kustomizations).length > 0) patch.kustomizations = kustomizations
  const timeout = desired.source.timeoutInSeconds
  if (timeout !== undefined && live.sourceTimeoutInSeconds !== timeout)
    patch[desired.source.kind] = { timeoutInSeconds: timeout }
  return Object.keys(patch).length > 0 ? patch : undefined
}

/** `kustomizations.apps.path`, `gitRepository.timeoutInSeconds`: what a patch changes, for reports. */
export function patchedFields(patch: FluxConfigurationPatch): string[] {
  const fields: string[] = []
  for (const [name, k] of Object.entries(patch.kustomizations ?? {})) {
    if (k === null) fields.push(`kustomizations.${name} (removed)`)
    else fields.push(...Object.keys(k).map((field) => `kustomizations.${name}.${field}`))
  }
  if (patch.gitRepository) fields.push('gitRepository.timeoutInSeconds')
  if (patch.bucket) fields.push('bucket.timeoutInSeconds')
  return fields
}

function sameValue(field: (typeof FIELDS)[number], want: unknown, have: unknown): boolean {
  if (field === 'path') return normalisedPath(String(want)) === normalisedPath(typeof have === 'string' ? have : '')
  if (field === 'dependsOn') {
    const list = Array.isArray(have) ? have.map(String) : []
    const wanted = want as string[]
    return list.length === wanted.length && wanted.every((d, i) => d === list[i])
  }
  return want === have
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
