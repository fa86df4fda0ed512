// The update-convergence scenario (issue #16): one public-Git source at a management group covering 1,000 AKS
// clusters in 10 subscriptions, each already carrying the source's Flux configuration as the policy deployed it.
// The source's kustomization path changes; apply (in its own process, against the Azure emulator with ARM's token
// buckets on and 50 ms latency on every call) must bring every cluster to the new path: the policy cannot see the
// change, so apply PATCHes each configuration and confirms each operation. A first apply of the unchanged files (not
// timed) creates the assignment.
//
// Figures (docs/update-convergence.md explains them): `updateSpanMs`, from the first PATCH the emulator received to
// the last answer confirming an operation, against `floorMs`, the larger of two floors computed from what was
// recorded:
// - `armFloorMs`: what ARM allows for these writes as complete, confirmed updates. Per subscription, its write
//   bucket (AZURE_ARM_LIMITS: full at first, then its refill) decides when each PATCH may go at the earliest, with as
//   many at once as the bucket holds; each PATCH takes one latency; the resource provider then works
//   `kubernetesConfigurationOperationMs`, and the client may read the operation's status no earlier than the
//   `Retry-After` it was given (and sees it done no earlier than the operation's end); that read takes one latency
//   and a read token (the read bucket, likewise). The slowest subscription sets the floor.
// - `clientFloorMs`: what the client stack on this machine needs for the update's own requests (a PATCH and one
//   status read per cluster, through the product's clients and `updateFluxConfiguration`): a calibration child,
//   signed in, sends them to a fresh emulator with the same fleet and latency (ARM's buckets off, operations done at
//   once, so nothing waits) in rounds of 32, 64, 128 and 256 configurations at once, each round in a process of its
//   own that first opens as many connections as the apply had open and then used for its update (`connections`:
//   the emulator numbers each TLS connection; the apply opened them for its reads before, and opens the rest during
//   its update, as any client must), and each round measured at the emulator from its first request received to its
//   last answered, as `updateSpanMs` is. The fastest round counts, so the floor does not follow the product's own
//   choice. With ARM's buckets far from binding (100 writes a subscription, the bucket holds 200), this is the floor
//   that binds: 2,000 HTTPS round trips cost more CPU than 2 latencies.
// `withinFloor` says whether updateSpanMs ≤ 1.25 × floorMs; `phases` say where the apply's time went.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AZURE_ARM_LIMITS,
  startAzureEmulator,
  type AzureEmulator,
  type FleetData,
  type RecordedRequest
} from '../../emulator/index.js'
import { fluxExtension, gitConfiguration, newCluster } from '../../emulator/fleet/cluster-factory.js'
import { operationRetryAfterSeconds } from '../../emulator/kubernetesconfiguration/async-operations.js'
import { productEnv } from '../../emulator/product-env.js'
import { median, runScenarioChild } from '../measure.js'
import { maxInFlight } from './apply-figures.js'

const CLUSTERS = 1000
// BENCH_SUBSCRIPTIONS=2 puts 500 PATCHes in each subscription, more than ARM's write bucket holds (200, refilled at
// 10 a second), so ARM's floor binds instead of the client's: a check of the pacing itself.
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 10)
const GROUPS_PER_SUBSCRIPTION = 10
const LATENCY_MS = 50
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** The resource provider's operation time (emulator default 0: done at the next request). */
const OPERATION_MS = Number(process.env.BENCH_OPERATION_MS ?? 0)
/** Configurations at once the calibration tries, a round each (the floor takes the fastest). */
const CALIBRATION_IN_FLIGHT = [32, 64, 128, 256]
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

interface ArmFloor {
  floorMs: number
  parts: {
    /** The slowest subscription's wait for write tokens before its last PATCH. */
    writeBucketWaitMs: number
    latencyMs: number
    operationMs: number
    retryAfterMs: number
    /** The slowest subscription's wait for read tokens before its last status read. */
    readBucketWaitMs: number
    patchesPerSubscription: number
  }
}

/** The earliest the n-th request (0-based) of a bucket may go: full at first, then refilled at its rate. */
const bucketWaitMs = (n: number, { capacity, refillPerSecond }: { capacity: number; refillPerSecond: number }) =>
  Math.max(0, ((n + 1 - capacity) / refillPerSecond) * 1000)

/** The fastest ARM allows the recorded PATCHes as confirmed updates (see the header). */
function armFloor(patchPaths: readonly string[], settings: { operationMs: number }): ArmFloor {
  const perSubscription = new Map<string, number>()
  for (const path of patchPaths) {
    const key = /^\/subscriptions\/([^/]+)/i.exec(path)?.[1]?.toLowerCase() ?? 'tenant'
    perSubscription.set(key, (perSubscription.get(key) ?? 0) + 1)
  }
  const retryAfterMs = operationRetryAfterSeconds(settings.operationMs) * 1000
  const confirmAfterMs = Math.max(retryAfterMs, settings.operationMs)
  let floorMs = 0
  let writeBucketWaitMs = 0
  let readBucketWaitMs = 0
  for (const count of perSubscription.values()) {
    for (let n = 0; n < count; n++) {
      const answered = bucketWaitMs(n, AZURE_ARM_LIMITS.writes) + LATENCY_MS
      const read = Math.max(answered + confirmAfterMs, bucketWaitMs(n, AZURE_ARM_LIMITS.reads))
      floorMs = Math.max(floorMs, read + LATENCY_MS)
    }
    writeBucketWaitMs = Math.max(writeBucketWaitMs, bucketWaitMs(count - 1, AZURE_ARM_LIMITS.writes))
    readBucketWaitMs = Math.max(readBucketWaitMs, bucketWaitMs(count - 1, AZURE_ARM_LIMITS.reads))
  }
  return {
    floorMs: Math.round(floorMs),
    parts: {
      writeBucketWaitMs: Math.round(writeBucketWaitMs),
      latencyMs: LATENCY_MS,
      operationMs: settings.operationMs,
      retryAfterMs,
      readBucketWaitMs: Math.round(readBucketWaitMs),
      patchesPerSubscription: Math.max(0, ...perSubscription.values())
    }
  }
}

function onNewPath(azure: AzureEmulator): number {
  return azure.context.fleet.clusters.filter((c) =>
    c.fluxConfigurations.some((f) => f.name === 'fleet-apps' && f.kustomizations.apps?.path === NEW_PATH)
  ).length
}

/** CPU the child used between two epoch times, from its trace (the samples just outside them). */
function cpuBetween(trace: ReadonlyArray<[number, number]>, from: number, to: number): number {
  const before = [...trace].reverse().find(([at]) => at <= from)?.[1] ?? 0
  const after = trace.find(([at]) => at >= to)?.[1] ?? trace[trace.length - 1]?.[1] ?? 0
  return after - before
}

interface ChildTiming {
  /** Epoch ms: modules loaded, signed in, apply (or calibration) ended. */
  loadedAt: number
  signedInAt: number
  endedAt: number
  wallMs: number
  cpuMs: number
  peakRssMb: number
  cpuTrace: Array<[number, number]>
}
type ChildResult = ChildTiming & { updated: number; failedClusters: number }

/** The child run between two epoch times of the parent, and the parent's (the emulator's) CPU meanwhile. */
async function timedChild<T>(args: string[], env: NodeJS.ProcessEnv) {
  const spawnedAt = Date.now()
  const cpu = process.cpuUsage()
  const result = await runScenarioChild<T>('bench/scenarios/update-child.ts', args, env)
  const used = process.cpuUsage(cpu)
  return { result, spawnedAt, closedAt: Date.now(), emulatorCpuMs: Math.round((used.user + used.system) / 1000) }
}

/**
 * The TLS connections the update's requests came on: `warm`, opened before its first request (for the reads before
 * it), and `opened` during it (a handshake each, on the client's CPU).
 */
function connectionsOf(update: readonly RecordedRequest[], before: readonly RecordedRequest[]) {
  const earlier = new Set(before.map((r) => r.connection))
  const used = new Set(update.map((r) => r.connection))
  const warm = [...used].filter((c) => earlier.has(c)).length
  return { warm, opened: used.size - warm }
}

const span = (requests: readonly RecordedRequest[]) =>
  requests.length === 0
    ? { from: 0, to: 0 }
    : {
        from: Math.min(...requests.map((r) => r.receivedAt)),
        to: Math.max(...requests.map((r) => r.answeredAt ?? r.receivedAt))
      }

/** The update's configuration ids (as the fleet holds them), for the calibration child. */
function configurationIds(azure: AzureEmulator): string[] {
  return azure.context.fleet.clusters.map(
    (c) =>
      `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/Microsoft.ContainerService/` +
      `managedClusters/${c.name}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/fleet-apps`
  )
}

/** The update's requests at the emulator: the PATCHes and the status reads. */
const updateRequests = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => r.route === 'fluxConfigurations.update' || r.route === 'fluxConfigurations.operationStatus')

/**
 * What the client stack needs for the update's own requests, no waits (see the header): a round per number of
 * configurations at once, each measured at the emulator as the apply's span is (first request received to last
 * answered); the fastest round counts, so the floor does not depend on the product's own choice of that number.
 */
async function clientFloor(warmConnections: number) {
  const azure = await startAzureEmulator({
    fleet: fleet(),
    faults: [{ fault: { kind: 'latency', milliseconds: LATENCY_MS } }],
    simulation: { principalTypeAvoidsReplicationDelay: true }
  })
  try {
    const ids = join(mkdtempSync(join(tmpdir(), 'fp-bench-calibrate-')), 'ids.json')
    writeFileSync(ids, JSON.stringify(configurationIds(azure)))
    const env = { PATH: process.env.PATH, ...productEnv(azure) }
    // A process per round: its code as cold as the apply's (which has sent other requests before, not these).
    const rounds = []
    for (const inFlight of CALIBRATION_IN_FLIGHT) {
      const { result } = await timedChild<ChildTiming & { rounds: Array<{ from: number; to: number }> }>(
        ['--calibrate', ids, String(inFlight), String(warmConnections)],
        env
      )
      const { from, to } = result.rounds[0]!
      const before = azure.requests.filter((r) => r.receivedAt < from)
      const round = updateRequests(azure.requests).filter((r) => r.receivedAt >= from && r.receivedAt <= to)
      if (round.length !== 2 * CLUSTERS) throw new Error(`calibration round of ${inFlight}: ${round.length} requests`)
      const { from: first, to: last } = span(round)
      const cpuMs = cpuBetween(result.cpuTrace, first, last)
      rounds.push({
        inFlight,
        clientFloorMs: last - first,
        requests: round.length,
        connections: connectionsOf(round, before),
        cpuMs,
        calibrationCpuMs: result.cpuMs
      })
    }
    const best = rounds.reduce((a, b) => (b.clientFloorMs < a.clientFloorMs ? b : a))
    return {
      ...best,
      rounds: Object.fromEntries(rounds.map((r) => [r.inFlight, r.clientFloorMs]))
    }
  } finally {
    await azure.stop()
  }
}

interface Sample {
  wallMs: number
  processMs: number
  updateSpanMs: number
  armFloor: ArmFloor
  clientFloor: Awaited<ReturnType<typeof clientFloor>>
  floorMs: number
  lost: number
  updated: number
  failedClusters: number
  patches: number
  statusReads: number
  finalGets: number
  throttled429: number
  maxPatchesInFlight: number
  maxUpdateRequestsInFlight: number
  connections: { warm: number; opened: number }
  childCpuMs: number
  updateCpuMs: number
  emulatorCpuMs: number
  peakRssMb: number
  phases: Record<string, number>
}
const samples: Sample[] = []
for (let run = 0; run < RUNS; run++) {
  const root = mkdtempSync(join(tmpdir(), 'fp-bench-update-'))
  writeRoot(root, OLD_PATH)
  const azure = await startAzureEmulator({
    fleet: fleet(),
    armThrottling: true,
    faults: [{ fault: { kind: 'latency', milliseconds: LATENCY_MS } }],
    simulation: { principalTypeAvoidsReplicationDelay: true, kubernetesConfigurationOperationMs: OPERATION_MS }
  })
  let sample: Omit<Sample, 'clientFloor' | 'floorMs'>
  try {
    const env = { PATH: process.env.PATH, ...productEnv(azure) }
    await runScenarioChild<ChildResult>('bench/scenarios/update-child.ts', [root], env)
    writeRoot(root, NEW_PATH)
    const from = azure.requests.length
    const { result: child, spawnedAt, closedAt, emulatorCpuMs } = await timedChild<ChildResult>([root], env)
    const requests = azure.requests.slice(from)
    const flux = (route: string) => requests.filter((r) => r.route === `fluxConfigurations.${route}`)
    const patches = flux('update')
    const statusReads = flux('operationStatus')
    const graph = span(requests.filter((r) => /resourceGraph/i.test(r.route)))
    const sent = span(patches)
    const confirmed = span(statusReads)
    const distinct = [...new Set(patches.map((r) => r.path.toLowerCase()))]
    const connections = connectionsOf(
      [...patches, ...statusReads],
      requests.filter((r) => r.receivedAt < sent.from)
    )
    sample = {
      wallMs: child.wallMs,
      processMs: closedAt - spawnedAt,
      updateSpanMs: Math.round(Math.max(sent.to, confirmed.to) - sent.from),
      armFloor: armFloor(distinct, { operationMs: azure.settings.kubernetesConfigurationOperationMs }),
      lost: CLUSTERS - onNewPath(azure),
      updated: child.updated,
      failedClusters: child.failedClusters,
      patches: patches.length,
      statusReads: statusReads.length,
      finalGets: flux('get').length,
      throttled429: requests.filter((r) => r.status === 429).length,
      maxPatchesInFlight: maxInFlight(patches),
      maxUpdateRequestsInFlight: maxInFlight([...patches, ...statusReads]),
      connections,
      childCpuMs: child.cpuMs,
      updateCpuMs: cpuBetween(child.cpuTrace, sent.from, Math.max(sent.to, confirmed.to)),
      emulatorCpuMs,
      peakRssMb: child.peakRssMb,
      // Where the time went, in order (ms): process start and module loading, sign-in, the plan's reads and the
      // assignment write, the Resource Graph query, the client's work until the first PATCH arrives, the PATCHes
      // (first arrival to last answer), the status reads after the last PATCH, and what followed (the summary).
      phases: {
        processStart: child.loadedAt - spawnedAt,
        signIn: child.signedInAt - child.loadedAt,
        planAndWrites: graph.from - child.signedInAt,
        resourceGraph: graph.to - graph.from,
        untilFirstPatch: sent.from - graph.to,
        patches: sent.to - sent.from,
        statusReadsAfterLastPatch: Math.max(0, confirmed.to - sent.to),
        afterLastRead: child.endedAt - Math.max(sent.to, confirmed.to),
        processExit: closedAt - child.endedAt
      }
    }
  } finally {
    await azure.stop()
  }
  const calibrated = await clientFloor(sample.connections.warm)
  samples.push({
    ...sample,
    clientFloor: calibrated,
    floorMs: Math.max(sample.armFloor.floorMs, calibrated.clientFloorMs)
  })
}

const mid = (pick: (s: Sample) => number) => median(samples.map(pick))
const floorMs = mid((s) => s.floorMs)
const updateSpanMs = mid((s) => s.updateSpanMs)
const phaseNames = Object.keys(samples[0]!.phases)
const armParts = Object.keys(samples[0]!.armFloor.parts) as Array<keyof ArmFloor['parts']>
console.log(
  JSON.stringify({
    clusters: CLUSTERS,
    subscriptions: SUBSCRIPTIONS,
    latencyMs: LATENCY_MS,
    operationMs: OPERATION_MS,
    wallMs: mid((s) => s.wallMs),
    processMs: mid((s) => s.processMs),
    updateSpanMs,
    floorMs,
    withinMs: Math.round(floorMs * 1.25),
    withinFloor: updateSpanMs <= floorMs * 1.25,
    armFloorMs: mid((s) => s.armFloor.floorMs),
    armFloorParts: Object.fromEntries(armParts.map((k) => [k, mid((s) => s.armFloor.parts[k])])),
    clientFloorMs: mid((s) => s.clientFloor.clientFloorMs),
    clientFloorRequests: mid((s) => s.clientFloor.requests),
    clientFloorInFlight: samples.map((s) => s.clientFloor.inFlight),
    clientFloorRounds: Object.fromEntries(CALIBRATION_IN_FLIGHT.map((n) => [n, mid((s) => s.clientFloor.rounds[n]!)])),
    lost: mid((s) => s.lost),
    patches: mid((s) => s.patches),
    statusReads: mid((s) => s.statusReads),
    finalGets: mid((s) => s.finalGets),
    updated: mid((s) => s.updated),
    failedClusters: mid((s) => s.failedClusters),
    throttled429: mid((s) => s.throttled429),
    maxPatchesInFlight: mid((s) => s.maxPatchesInFlight),
    maxUpdateRequestsInFlight: mid((s) => s.maxUpdateRequestsInFlight),
    warmConnections: mid((s) => s.connections.warm),
    connectionsOpened: mid((s) => s.connections.opened),
    clientFloorConnectionsOpened: mid((s) => s.clientFloor.connections.opened),
    childCpuMs: mid((s) => s.childCpuMs),
    updateCpuMs: mid((s) => s.updateCpuMs),
    clientFloorCpuMs: mid((s) => s.clientFloor.cpuMs),
    calibrationCpuMs: mid((s) => s.clientFloor.calibrationCpuMs),
    emulatorCpuMs: mid((s) => s.emulatorCpuMs),
    peakRssMb: mid((s) => s.peakRssMb),
    phases: Object.fromEntries(phaseNames.map((k) => [k, mid((s) => s.phases[k]!)])),
    runs: samples.map((s) => s.updateSpanMs)
  })
)
