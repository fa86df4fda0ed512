// The update-convergence scenario (issue #16): one public-Git source at a management group covering 1,000 AKS
// clusters in 10 subscriptions, each already carrying the source's Flux configuration as the policy deployed it.
// The source's kustomization path changes; apply (in its own process, against the Azure emulator with ARM's token
// buckets on and 50 ms latency on every call) must bring every cluster to the new path: the policy cannot see the
// change, so apply PATCHes each configuration. Figures: the apply's wall time, the span of its PATCHes as the
// emulator saw them, the floor ARM's write buckets and the latency allow for those PATCHes, and clusters lost
// (still on the old path afterwards). A first apply of the unchanged files (not timed) creates the assignment.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AZURE_ARM_LIMITS, startAzureEmulator, type AzureEmulator, type FleetData } from '../../emulator/index.js'
import { fluxExtension, gitConfiguration, newCluster } from '../../emulator/fleet/cluster-factory.js'
import { productEnv } from '../../emulator/product-env.js'
import { median, runScenarioChild } from '../measure.js'

const CLUSTERS = 1000
const SUBSCRIPTIONS = 10
const GROUPS_PER_SUBSCRIPTION = 10
const LATENCY_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const TENANT = '7d1c2f0e-4b5a-4c3d-9e8f-0a1b2c3d4e5f'
const URL = 'https://github.com/contoso/fleet-apps'
const OLD_PATH = './clusters/prod'
const NEW_PATH = './clusters/prod-v2'

const subscription = (i: number) => `${String(i).padStart(8, '0')}-dddd-4bbb-8ccc-${String(i).padStart(12, '0')}`
const subscriptions = Array.from({ length: SUBSCRIPTIONS }, (_, i) => subscription(i + 1))

function writeRoot(root: string, path: string): void {
  mkdirSync(join(root, 'teams', 'apps'), { recursive: true })
  writeFileSync(
    join(root, 'flux-policy.yaml'),
    `version: 1
location: westeurope
teams:
  apps:
    scopes: [/providers/Microsoft.Management/managementGroups/contoso]
managementGroups:
  contoso: [${subscriptions.map((s) => `/subscriptions/${s}`).join(', ')}]
safety: { maxDeletes: 5 }
`
  )
  writeFileSync(
    join(root, 'teams', 'apps', 'fleet-apps.yaml'),
    `team: apps
sources:
  - name: fleet-apps
    scope: /providers/Microsoft.Management/managementGroups/contoso
    git: { url: '${URL}', branch: main }
    namespace: fleet-apps
    kustomization: { name: apps, path: ${path} }
`
  )
}

/** Every cluster with the Flux extension and the source's configuration, as the built-in deploys it. */
function fleet(): FleetData {
  const resourceGroups = subscriptions.flatMap((subscriptionId) =>
    Array.from({ length: GROUPS_PER_SUBSCRIPTION }, (_, g) => ({
      subscriptionId,
      name: `rg-${g}`,
      location: 'westeurope'
    }))
  )
  const perGroup = CLUSTERS / resourceGroups.length
  return {
    tenantId: TENANT,
    managementGroups: [
      { name: TENANT, displayName: 'Tenant Root Group' },
      { name: 'contoso', displayName: 'Contoso', parent: TENANT }
    ],
    subscriptions: subscriptions.map((subscriptionId, i) => ({
      subscriptionId,
      displayName: `bench-${i + 1}`,
      managementGroup: 'contoso'
    })),
    resourceGroups,
    clusters: resourceGroups.flatMap((group, g) =>
      Array.from({ length: perGroup }, (_, c) =>
        newCluster({
          kind: 'managedCluster',
          subscriptionId: group.subscriptionId,
          resourceGroup: group.name,
          name: `aks-${g * perGroup + c}`,
          location: group.location,
          extensions: [fluxExtension()],
          fluxConfigurations: [
            gitConfiguration({
              name: 'fleet-apps',
              url: URL,
              namespace: 'fleet-apps',
              createdBy: 'policy',
              kustomizations: {
                apps: {
                  path: OLD_PATH,
                  timeoutInSeconds: 600,
                  syncIntervalInSeconds: 600,
                  retryIntervalInSeconds: 600,
                  prune: false,
                  force: false,
                  dependsOn: []
                }
              }
            })
          ]
        })
      )
    )
  }
}

/**
 * The fastest ARM allows the PATCHes: each subscription's write bucket starts full, so its n-th write can go no
 * earlier than (n − capacity) / refill seconds; buckets drain side by side; the last answer comes one latency later.
 */
function floorMs(patchPaths: readonly string[]): number {
  const perSubscription = new Map<string, number>()
  for (const path of patchPaths) {
    const key = /^\/subscriptions\/([^/]+)/i.exec(path)?.[1]?.toLowerCase() ?? 'tenant'
    perSubscription.set(key, (perSubscription.get(key) ?? 0) + 1)
  }
  const { capacity, refillPerSecond } = AZURE_ARM_LIMITS.writes
  const drain = Math.max(0, ...[...perSubscription.values()].map((n) => ((n - capacity) / refillPerSecond) * 1000))
  return Math.round(drain + LATENCY_MS)
}

function maxInFlight(requests: ReadonlyArray<{ receivedAt: number; answeredAt?: number }>): number {
  const edges = requests.flatMap((r) => [
    { at: r.receivedAt, step: 1 },
    { at: r.answeredAt ?? r.receivedAt, step: -1 }
  ])
  edges.sort((a, b) => a.at - b.at || a.step - b.step)
  let now = 0
  let max = 0
  for (const e of edges) max = Math.max(max, (now += e.step))
  return max
}

function onNewPath(azure: AzureEmulator): number {
  return azure.context.fleet.clusters.filter((c) =>
    c.fluxConfigurations.some((f) => f.name === 'fleet-apps' && f.kustomizations.apps?.path === NEW_PATH)
  ).length
}

interface ChildResult {
  wallMs: number
  peakRssMb: number
  updated: number
  failedClusters: number
}

type Sample = ChildResult & {
  patchSpanMs: number
  floorMs: number
  lost: number
  patches: number
  throttled429: number
  maxPatchesInFlight: number
  polls: number
}
const samples: Sample[] = []
for (let run = 0; run < RUNS; run++) {
  const root = mkdtempSync(join(tmpdir(), 'fp-bench-update-'))
  writeRoot(root, OLD_PATH)
  const azure = await startAzureEmulator({
    fleet: fleet(),
    armThrottling: true,
    faults: [{ fault: { kind: 'latency', milliseconds: LATENCY_MS } }],
    simulation: { principalTypeAvoidsReplicationDelay: true }
  })
  try {
    const env = { PATH: process.env.PATH, ...productEnv(azure) }
    await runScenarioChild<ChildResult>('bench/scenarios/update-child.ts', [root], env)
    writeRoot(root, NEW_PATH)
    const from = azure.requests.length
    const child = await runScenarioChild<ChildResult>('bench/scenarios/update-child.ts', [root], env)
    const requests = azure.requests.slice(from)
    const patches = requests.filter((r) => r.method === 'PATCH' && /fluxConfigurations/i.test(r.path))
    const distinct = [...new Set(patches.map((r) => r.path.toLowerCase()))]
    const first = Math.min(...patches.map((r) => r.receivedAt))
    const last = Math.max(...patches.map((r) => r.answeredAt ?? r.receivedAt))
    samples.push({
      ...child,
      patches: patches.length,
      patchSpanMs: Math.round(last - first),
      floorMs: floorMs(distinct),
      lost: CLUSTERS - onNewPath(azure),
      throttled429: requests.filter((r) => r.status === 429).length,
      maxPatchesInFlight: maxInFlight(patches),
      polls: requests.filter((r) => r.method === 'GET' && /operations|fluxConfigurations/i.test(r.path)).length
    })
  } finally {
    await azure.stop()
  }
}

const mid = (pick: (s: Sample) => number) => median(samples.map(pick))
console.log(
  JSON.stringify({
    clusters: CLUSTERS,
    subscriptions: SUBSCRIPTIONS,
    latencyMs: LATENCY_MS,
    wallMs: mid((s) => s.wallMs),
    patchSpanMs: mid((s) => s.patchSpanMs),
    floorMs: mid((s) => s.floorMs),
    withinMs: Math.round(mid((s) => s.floorMs) * 1.25),
    lost: mid((s) => s.lost),
    patches: mid((s) => s.patches),
    updated: mid((s) => s.updated),
    failedClusters: mid((s) => s.failedClusters),
    throttled429: mid((s) => s.throttled429),
    maxPatchesInFlight: mid((s) => s.maxPatchesInFlight),
    polls: mid((s) => s.polls),
    peakRssMb: mid((s) => s.peakRssMb),
    runs: samples.map((s) => s.wallMs)
  })
)
