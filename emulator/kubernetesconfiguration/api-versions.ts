/**
 * The stable api-versions of Microsoft.KubernetesConfiguration the emulator accepts, one list per resource type: the
 * `stable/` folders of Azure/azure-rest-api-specs, specification/kubernetesconfiguration/resource-manager/
 * Microsoft.KubernetesConfiguration/{extensions,fluxConfigurations}/stable/ (read 2026-11; the newest are
 * fluxConfigurations 2025-04-01 and extensions 2025-03-01). `@azure/arm-kubernetesconfiguration` 6.1 sends
 * 2023-05-01 for both (its `apiVersion` parameter's default). Preview versions are refused, as the brief of this
 * emulator is the stable contract.
 */
export const FLUX_CONFIGURATION_API_VERSIONS: readonly string[] = [
  '2022-03-01',
  '2022-07-01',
  '2022-11-01',
  '2023-05-01',
  '2024-11-01',
  '2025-04-01'
]

export const EXTENSION_API_VERSIONS: readonly string[] = [
  '2021-09-01',
  '2022-03-01',
  '2022-07-01',
  '2022-11-01',
  '2023-05-01',
  '2024-11-01',
  '2025-03-01'
]
