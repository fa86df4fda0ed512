// The audit scenario: 50,000 clusters in 2,000 subscriptions, 200 managed sources, 1 % of the clusters drifted,
// 30 ms latency on every call. The fleet is built healthy, the files are applied (no latency), a simulated day
// passes, then drift is seeded and the audit runs RUNS times, each in a fresh process (`audit-child.ts`).
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { median } from '../measure.js'
import { deployDesiredState, healthyFleet, seedDrift, writeAuditRoot } from './audit-fleet.js'

const CLUSTERS = 50_000
const SOURCES = 200
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const root = mkdtempSync(join(tmpdir(), 'fp-bench-audit-'))
const data = healthyFleet(CLUSTERS)
writeAuditRoot(root, data, SOURCES)
await deployDesiredState(root, data)
const clock = createSimulatedClock({ rate: 1 })
const azure = await startAzureEmulator({ fleet: data, clock, simulation: { principalReplicationDelayMs: 0 } })
type Sample = Record<string, number>
const samples: Sample[] = []
let seeded: number
try {
  const applied = await child(azure, [
    '--import',
    'tsx',
    'src/cli.ts',
    'apply',
    '--yes',
    '--root',
    root,
    '--repository',
    'contoso/bench'
  ])
  if (applied.code !== 0) throw new Error(`apply failed: ${applied.out}`)
  clock.advance(24 * 3_600_000)
  seeded = seedDrift(azure.fleet).size
  azure.fleet.tables()
  azure.faults.add({ fault: { kind: 'latency', milliseconds: 30 } })
  for (let i = 0; i < RUNS; i++) {
    azure.requests.length = 0
    const run = await child(azure, ['--import', 'tsx', 'bench/scenarios/audit-child.ts', root])
    if (run.code !== 0) throw new Error(run.out)
    const graph = azure.requests.filter((r) => r.route === 'resourceGraph.resources')
    samples.push({
      ...(JSON.parse(run.out.trim().split('\n').pop()!) as Sample),
      throttled429: graph.filter((r) => r.status === 429).length
    })
  }
} finally {
  await azure.stop()
}
const mid = (field: string) => median(samples.map((s) => s[field]!))
console.log(
  JSON.stringify({
    scenario: 'audit',
    clusters: CLUSTERS,
    subscriptions: data.subscriptions.length,
    sources: mid('sources'),
    resourceGraphQueries: mid('queries'),
    resourceGraphRequests: mid('resourceGraphRequests'),
    rowsTransferred: mid('rowsTransferred'),
    driftSeeded: seeded,
    driftFound: mid('driftFound'),
    driftRows: mid('driftRows'),
    changedAssignments: mid('changedAssignments'),
    quotaWaits: mid('quotaWaits'),
    throttled429: mid('throttled429'),
    wallMs: mid('wallMs'),
    peakRssMb: mid('peakRssMb'),
    runs: samples.length
  })
)

async function child(azure: AzureEmulator, args: string[]): Promise<{ code: number | null; out: string }> {
  const process_ = spawn(process.execPath, args, { env: { PATH: process.env.PATH, ...productEnv(azure) } })
  let out = ''
  process_.stdout.on('data', (c) => (out += c))
  process_.stderr.on('data', (c) => (out += c))
  const code = await new Promise<number | null>((done) => process_.on('close', done))
  return { code, out }
}
