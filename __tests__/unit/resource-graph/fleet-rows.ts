// Small Resource Graph tables for the evaluator and handler tests: rows shaped as the fleet (and Azure) shapes them.
import type { ResourceGraphTables, Row } from '../../../emulator/fleet/tables.js'

export const SUB_A = 'aaaaaaaa-0000-0000-0000-000000000001'
export const SUB_B = 'bbbbbbbb-0000-0000-0000-000000000002'
export const SUB_C = 'cccccccc-0000-0000-0000-000000000003'

const ARC = 'Microsoft.Kubernetes/connectedClusters'
const AKS = 'Microsoft.ContainerService/managedClusters'

export function cluster(
  name: string,
  subscriptionId: string,
  kind: 'arc' | 'aks',
  tags: Record<string, string> = {}
): Row {
  const type = kind === 'arc' ? ARC : AKS
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/rg-${name}/providers/${type}/${name}`,
    name,
    type: type.toLowerCase(),
    tenantId: 'tenant',
    kind: '',
    location: 'westeurope',
    resourceGroup: `rg-${name}`,
    subscriptionId,
    managedBy: '',
    sku: null,
    plan: null,
    tags,
    identity: null,
    zones: null,
    extendedLocation: null,
    properties:
      kind === 'arc'
        ? { connectivityStatus: 'Connected', kubernetesVersion: '1.30.4' }
        : { powerState: { code: 'Running' }, kubernetesVersion: '1.31.1' }
  }
}

/**
 * The Flux extension: PascalCase properties as Microsoft's samples read them, or camelCase as the ARM GET body has
 * them.
 */
export function fluxExtension(of: Row, casing: 'pascal' | 'camel', provisioningState = 'Succeeded'): Row {
  const properties =
    casing === 'pascal'
      ? {
          ExtensionType: 'microsoft.flux',
          ProvisioningState: provisioningState,
          Scope: { cluster: { ReleaseNamespace: 'flux-system' } }
        }
      : { extensionType: 'microsoft.flux', provisioningState, scope: { cluster: { releaseNamespace: 'flux-system' } } }
  return child(of, 'extensions', 'flux', properties)
}

export function otherExtension(of: Row): Row {
  return child(of, 'extensions', 'azuremonitor-containers', {
    ExtensionType: 'microsoft.azuremonitor.containers',
    ProvisioningState: 'Succeeded'
  })
}

export interface ConfigurationFields {
  url: string
  branch: string
  complianceState?: string
  provisioningState?: string
  errorMessage?: string
  statuses?: unknown[]
  statusUpdatedAt?: string
}

export function fluxConfiguration(of: Row, name: string, fields: ConfigurationFields): Row {
  return child(of, 'fluxConfigurations', name, {
    scope: 'cluster',
    namespace: 'flux-system',
    sourceKind: 'GitRepository',
    suspend: false,
    gitRepository: { url: fields.url, repositoryRef: { branch: fields.branch }, syncIntervalInSeconds: 600 },
    kustomizations: { apps: { name: 'apps', path: './apps', prune: true } },
    statuses: fields.statuses ?? [],
    complianceState: fields.complianceState ?? 'Compliant',
    provisioningState: fields.provisioningState ?? 'Succeeded',
    errorMessage: fields.errorMessage ?? '',
    statusUpdatedAt: fields.statusUpdatedAt ?? '2025-06-01T11:55:00Z'
  })
}

function child(
  of: Row,
  collection: 'extensions' | 'fluxConfigurations',
  name: string,
  properties: Record<string, unknown>
): Row {
  return {
    ...of,
    id: `${String(of.id)}/providers/Microsoft.KubernetesConfiguration/${collection}/${name}`,
    name,
    type: `microsoft.kubernetesconfiguration/${collection.toLowerCase()}`,
    tags: {},
    properties
  }
}

export const tables = (
  resources: Row[],
  kubernetesconfigurationresources: Row[] = [],
  policyresources: Row[] = []
): ResourceGraphTables => ({ resources, kubernetesconfigurationresources, policyresources })
