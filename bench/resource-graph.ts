// Resource Graph at fleet scale: `tsx bench/resource-graph.ts [clusters] [runs]` prints one JSON line
// {"scenario":"resource-graph-100k","rows","firstPageMs","allPagesMs",...,"peakRssMb"}, each field the median of
// fresh-process runs. One run (`--once <clusters>`): generate the fleet, warm the Kusto language service up (a
// long-running emulator pays that once), then page every cluster under the root management group with $skipToken,
// and run an audit-style join (clusters lacking the Flux extension) over all subscriptions in one batch.
import { fileURLToPath } from 'node:url'
import { generateFleet } from '../emulator/fleet/generate-fleet.js'
import { SimulatedFleet } from '../emulator/fleet/simulated-fleet.js'
import { answerResourceGraphQuery, createSnapshotStore, diagnoseKql } from '../emulator/resource-graph/index.js'
import { medianOfRuns, peakRssMb } from './measure.js'

const ALL_CLUSTERS = `resources
| where type in~ ('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')
| project id, name, type, subscriptionId, resourceGroup, location, tags`

const LACKING_FLUX = `resources
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
| project id, name, subscriptionId`

interface Page {
  status: number
  body: { totalRecords?: number; count?: number; $skipToken?: string }
}

function runOnce(clusters: number): Record<string, number> {
  const start = performance.now()
  const fleet = new SimulatedFleet(generateFleet({ clusters, seed: 7 }))
  const tables = fleet.tables()
  const fleetMs = performance.now() - start
  const warm = performance.now()
  diagnoseKql(ALL_CLUSTERS)
  const warmupMs = performance.now() - warm
  const scoping = { subscriptionsOfManagementGroup: (group: string) => fleet.subscriptionIdsUnder(group) }
  const snapshots = createSnapshotStore()
  const page = (request: object): Page => {
    const response = answerResourceGraphQuery(request, tables, scoping, undefined, { snapshots }) as Page
    if (response.status !== 200) throw new Error(`query failed: ${JSON.stringify(response.body)}`)
    return response
  }

  const root = fleet.rootManagementGroup.name
  let t = performance.now()
  let response = page({ managementGroups: [root], query: ALL_CLUSTERS })
  const firstPageMs = performance.now() - t
  let rows = response.body.count ?? 0
  let pages = 1
  while (response.body.$skipToken) {
    response = page({
      managementGroups: [root],
      query: ALL_CLUSTERS,
      options: { $skipToken: response.body.$skipToken }
    })
    rows += response.body.count ?? 0
    pages++
  }
  const allPagesMs = performance.now() - t
  if (rows !== response.body.totalRecords || rows !== clusters)
    throw new Error(`paged ${rows} rows of ${response.body.totalRecords} (fleet ${clusters})`)

  const subscriptions = fleet.subscriptions.map((s) => s.subscriptionId).slice(0, 1000)
  t = performance.now()
  const audit = page({ subscriptions, query: LACKING_FLUX })
  const auditFirstPageMs = performance.now() - t

  const round = (ms: number): number => Math.round(ms * 10) / 10
  return {
    rows,
    pages,
    firstPageMs: round(firstPageMs),
    allPagesMs: round(allPagesMs),
    auditRows: audit.body.totalRecords ?? 0,
    auditFirstPageMs: round(auditFirstPageMs),
    fleetMs: round(fleetMs),
    languageServiceWarmupMs: round(warmupMs),
    wallMs: round(performance.now() - start),
    peakRssMb: peakRssMb()
  }
}

if (process.argv[2] === '--once') {
  console.log(JSON.stringify(runOnce(Number(process.argv[3] ?? 100_000))))
} else {
  const clusters = Number(process.argv[2] ?? 100_000)
  const runs = Number(process.argv[3] ?? process.env.BENCH_RUNS ?? 5)
  const sample = medianOfRuns(fileURLToPath(import.meta.url), ['--once', String(clusters)], runs)
  const label = clusters % 1000 === 0 ? `${clusters / 1000}k` : String(clusters)
  console.log(JSON.stringify({ scenario: `resource-graph-${label}`, ...sample }))
}
