import type { KustomizationSpec, SourceSpec } from './model.js'

/** Something in a source that no built-in definition can express, with where it is in the source. */
export interface CustomFeature {
  path: Array<string | number>
  what: string
}

/** The source's kustomizations, whichever way the file wrote them. */
export function kustomizationsOf(source: SourceSpec): KustomizationSpec[] {
  return source.kustomizations ?? (source.kustomization ? [source.kustomization] : [])
}

/**
 * What in a source needs a generated custom definition: more than one kustomization, dependencies between them,
 * or a setting the chosen built-in has no parameter for. Empty when a built-in serves the source as it is.
 */
export function customFeaturesOf(source: SourceSpec): CustomFeature[] {
  const features: CustomFeature[] = []
  const listed = source.kustomizations !== undefined
  const at = (j: number, field: string) => (listed ? ['kustomizations', j, field] : ['kustomization', field])
  if ((source.kustomizations?.length ?? 0) > 1)
    features.push({ path: ['kustomizations', 1], what: 'More than one kustomization.' })
  kustomizationsOf(source).forEach((k, j) => {
    if (k.dependsOn?.length) features.push({ path: at(j, 'dependsOn'), what: '`dependsOn` between kustomizations.' })
    if (k.retryInterval && (source.git?.ssh || source.git?.https))
      features.push({ path: at(j, 'retryInterval'), what: 'The SSH and HTTPS built-ins have no `retryInterval`.' })
  })
  if (source.git?.timeout && source.git.https)
    features.push({ path: ['git', 'timeout'], what: 'The HTTPS built-in has no Git `timeout`.' })
  return features
}
