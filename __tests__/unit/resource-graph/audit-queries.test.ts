// Audit-style queries of the kind the nightly drift audit sends: bound by the language service against the declared
// Resource Graph schema with zero diagnostics, then answered by the emulator with exactly the drift rows.
import { answerResourceGraphQuery, diagnoseKql } from '../../../emulator/resource-graph/index.js'
import type { Row } from '../../../emulator/resource-graph/table.js'
import { cluster, fluxConfiguration, fluxExtension, otherExtension, SUB_A, SUB_B, SUB_C, tables } from './fleet-rows.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const APPS = 'https://github.com/contoso/apps'

const healthy = cluster('arc-healthy', SUB_A, 'arc')
const camel = cluster('aks-camel', SUB_A, 'aks')
const bare = cluster('arc-bare', SUB_A, 'arc')
const renamed = cluster('arc-renamed', SUB_B, 'arc')
const monitored = cluster('aks-monitored', SUB_B, 'aks')
const pending = cluster('arc-pending', SUB_B, 'arc')
const outside = cluster('aks-outside', SUB_C, 'aks')
const fleet = tables(
  [healthy, camel, bare, renamed, monitored, pending, outside],
  [
    fluxExtension(healthy, 'pascal'),
    fluxConfiguration(healthy, 'apps', { url: APPS, branch: 'main' }),
    fluxExtension(camel, 'camel'),
    fluxConfiguration(camel, 'apps', { url: APPS, branch: 'develop', complianceState: 'Pending' }),
    fluxExtension(renamed, 'pascal', 'Failed'),
    fluxConfiguration(renamed, 'apps-by-hand', {
      url: APPS,
      branch: 'main',
      provisioningState: 'Failed',
      complianceState: 'Non-Compliant',
      errorMessage: 'authentication required'
    }),
    otherExtension(monitored),
    fluxConfiguration(monitored, 'apps', {
      url: `${APPS}.git`,
      branch: 'main',
      complianceState: 'Non-Compliant',
      errorMessage: 'kustomize build failed'
    }),
    fluxExtension(pending, 'camel'),
    fluxConfiguration(pending, 'apps', {
      url: APPS,
      branch: 'main',
      complianceState: 'Pending',
      statusUpdatedAt: '2025-06-01T10:00:00Z'
    }),
    fluxExtension(outside, 'pascal')
  ]
)
const scoping = { subscriptionsOfManagementGroup: () => [] }
const idOf = (row: Row): string => String(row.id).toLowerCase()

const CLUSTERS_WITHOUT_FLUX = `resources
| where type in~ ('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')
| extend clusterId = tolower(id)
| join kind=leftouter (
    kubernetesconfigurationresources
    | where type == 'microsoft.kubernetesconfiguration/extensions'
    | extend extensionType = coalesce(tostring(properties.ExtensionType), tostring(properties.extensionType))
    | where extensionType =~ 'microsoft.flux'
    | parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/extensions/' *
    | project clusterId, extensionName = name
  ) on clusterId
| where isempty(extensionName)
| project clusterId, name, subscriptionId`

/** Every managed source's expectation in one dynamic bag keyed by subscription (Resource Graph has no `datatable`). */
const expectedBySubscription = JSON.stringify({
  [`/subscriptions/${SUB_A.toLowerCase()}`]: {
    sourceKey: 'payments/apps',
    configurationName: 'apps',
    url: APPS,
    branch: 'main'
  },
  [`/subscriptions/${SUB_B.toLowerCase()}`]: {
    sourceKey: 'data/apps',
    configurationName: 'apps',
    url: APPS,
    branch: 'main'
  }
})
const CLUSTERS_WITHOUT_EXPECTED_CONFIGURATION = `resources
| where type in~ ('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')
| extend clusterId = tolower(id), subscriptionScope = strcat('/subscriptions/', tolower(subscriptionId))
| extend expected = dynamic(${expectedBySubscription})[subscriptionScope]
| where isnotnull(expected)
| extend sourceKey = tostring(expected.sourceKey), matchKey = strcat(clusterId, '|', tostring(expected.configurationName), '|',
    tolower(tostring(expected.url)), '|', tostring(expected.branch))
| join kind=leftouter (kubernetesconfigurationresources
  | where type == 'microsoft.kubernetesconfiguration/fluxconfigurations'
  | parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/fluxconfigurations/' *
  | extend matchKey = strcat(clusterId, '|', name, '|', tolower(tostring(properties.gitRepository.url)), '|', tostring(properties.gitRepository.repositoryRef.branch))
  | project matchKey, found = name) on matchKey
| where isempty(found)
| project sourceKey, clusterId, name, subscriptionId`

const UNHEALTHY_CONFIGURATIONS = `kubernetesconfigurationresources
| where type == 'microsoft.kubernetesconfiguration/fluxconfigurations'
| extend provisioningState = tostring(properties.provisioningState), complianceState = tostring(properties.complianceState),
         statusUpdatedAt = todatetime(properties.statusUpdatedAt)
| where provisioningState =~ 'Failed' or complianceState =~ 'Non-Compliant' or (complianceState =~ 'Pending' and statusUpdatedAt < ago(30m))
| parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/fluxconfigurations/' *
| project clusterId, configurationName = name, provisioningState, complianceState, errorMessage = tostring(properties.errorMessage),
          url = tostring(properties.gitRepository.url), branch = tostring(properties.gitRepository.repositoryRef.branch)
| order by clusterId asc`

const audit = (query: string): Row[] => {
  const response = answerResourceGraphQuery({ subscriptions: [SUB_A, SUB_B], query }, fleet, scoping, undefined, {
    now: () => NOW
  })
  expect(response.status).toBe(200)
  return (response.body as { data: Row[] }).data
}

describe('audit-style queries', () => {
  test.each([CLUSTERS_WITHOUT_FLUX, CLUSTERS_WITHOUT_EXPECTED_CONFIGURATION, UNHEALTHY_CONFIGURATIONS])(
    'binds with zero diagnostics: %#',
    (query) => {
      expect(diagnoseKql(query)).toEqual([])
    }
  )

  test('clusters lacking the Flux extension, whichever casing the extension rows use', () => {
    expect(audit(CLUSTERS_WITHOUT_FLUX)).toEqual([
      { clusterId: idOf(bare), name: 'arc-bare', subscriptionId: SUB_A },
      { clusterId: idOf(monitored), name: 'aks-monitored', subscriptionId: SUB_B }
    ])
  })

  test('clusters lacking the expected configuration, matched by name and source URL and branch', () => {
    expect(audit(CLUSTERS_WITHOUT_EXPECTED_CONFIGURATION)).toEqual([
      { sourceKey: 'payments/apps', clusterId: idOf(camel), name: 'aks-camel', subscriptionId: SUB_A },
      { sourceKey: 'payments/apps', clusterId: idOf(bare), name: 'arc-bare', subscriptionId: SUB_A },
      { sourceKey: 'data/apps', clusterId: idOf(renamed), name: 'arc-renamed', subscriptionId: SUB_B },
      { sourceKey: 'data/apps', clusterId: idOf(monitored), name: 'aks-monitored', subscriptionId: SUB_B }
    ])
  })

  test('failed, non-compliant and stuck-pending configurations, with their error text', () => {
    expect(
      audit(UNHEALTHY_CONFIGURATIONS).map((row) => [
        row.clusterId,
        row.configurationName,
        row.provisioningState,
        row.complianceState,
        row.errorMessage
      ])
    ).toEqual([
      [idOf(monitored), 'apps', 'Succeeded', 'Non-Compliant', 'kustomize build failed'],
      [idOf(pending), 'apps', 'Succeeded', 'Pending', ''],
      [idOf(renamed), 'apps-by-hand', 'Failed', 'Non-Compliant', 'authentication required']
    ])
  })
})
