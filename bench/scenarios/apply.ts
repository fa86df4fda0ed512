// The apply scenario: 1,000 new sources over 100 resource groups in 10 subscriptions, against the Azure emulator
// with ARM's token buckets on, 50 ms latency on every call and 2 % of writes failing with a 500. Each run gets a
// fresh emulator (empty Azure, full buckets) and the product runs in a child process (`apply-child.ts`).
// Identity replication: the emulator keeps its 2 s delay but, as the RBAC docs say of Azure, a role assignment
// that names its principalType (apply always sends ServicePrincipal) is not refused meanwhile — so the benchmark
// measures pacing against the buckets. BENCH_REPLICATION_DELAY_MS=<ms> makes every grant wait out that delay
// instead (PrincipalNotFound, retried by apply), to see what replication costs.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAzureEmulator } from '../../emulator/index.js'
import { median, runScenarioChild } from '../measure.js'
import { productEnv } from '../../emulator/product-env.js'
import { applyFigures, type ApplyFigures } from './apply-figures.js'
import { fleetForRoot } from './apply-fleet.js'
import { writeGeneratedRoot } from './policy-root.js'

const SOURCES = 1000
const SCOPES = 100
const SUBSCRIPTIONS = 10
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const REPLICATION = process.env.BENCH_REPLICATION_DELAY_MS
  ? {
      principalReplicationDelayMs: Number(process.env.BENCH_REPLICATION_DELAY_MS),
      principalTypeAvoidsReplicationDelay: false
    }
  : { principalTypeAvoidsReplicationDelay: true }

const root = mkdtempSync(join(tmpdir(), 'fp-bench-apply-'))
const generated = writeGeneratedRoot(root, SOURCES, SCOPES, SUBSCRIPTIONS)

type Sample = ApplyFigures & { wallMs: number; peakRssMb: number; failedSources: number }
const samples: Sample[] = []
for (let run = 0; run < RUNS; run++) {
  const azure = await startAzureEmulator({
    fleet: fleetForRoot(generated),
    armThrottling: true,
    faultSeed: run + 1,
    faults: [
      { fault: { kind: 'latency', milliseconds: 50 } },
      { method: 'PUT', fraction: 0.02, fault: { kind: 'error', status: 500 } }
    ],
    simulation: REPLICATION
  })
  try {
    const child = await runChild(azure)
    samples.push({ ...applyFigures(azure, generated, SOURCES), ...child })
  } finally {
    await azure.stop()
  }
}

const mid = (pick: (s: Sample) => number) => median(samples.map(pick))
const routes = Object.keys(samples[0]!.armWritesByRoute).sort()
console.log(
  JSON.stringify({
    sources: SOURCES,
    armWritesByRoute: Object.fromEntries(routes.map((r) => [r, mid((s) => s.armWritesByRoute[r] ?? 0)])),
    retries: mid((s) => s.retries),
    throttled429: mid((s) => s.throttled429),
    injected5xx: mid((s) => s.injected5xx),
    lostWrites: mid((s) => s.lostWrites),
    failedSources: mid((s) => s.failedSources),
    maxConcurrentWrites: mid((s) => s.maxConcurrentWrites),
    floorMs: mid((s) => s.floorMs),
    wallMs: mid((s) => s.wallMs),
    peakRssMb: mid((s) => s.peakRssMb)
  })
)

async function runChild(
  azure: Awaited<ReturnType<typeof startAzureEmulator>>
): Promise<{ wallMs: number; peakRssMb: number; failedSources: number }> {
  return runScenarioChild<{ wallMs: number; peakRssMb: number; failedSources: number }>(
    'bench/scenarios/apply-child.ts',
    [root],
    { PATH: process.env.PATH, ...productEnv(azure) }
  )
}
