// The audit scenario: `tsx bench/scenarios/audit.ts [clusters]` (default 50,000) in subscriptions of 25, 200 managed
// sources, 1 % of the clusters drifted, 30 ms latency on every call, Resource Graph's default quota (15 per 5 s) on.
// The fleet is built healthy, the files are applied (no latency), a simulated day passes, then drift is seeded and
// the audit runs RUNS times, each in a fresh process (`audit-child.ts`). `emulatorPeakRssMb` is this process's
// (the emulator's) peak resident set; `peakRssMb` the audit process's median. `auditCpuMs` and `emulatorCpuMs` are
// the CPU time of the audit process and of the emulator during a run, a fairer figure than wall time when other
// work loads the machine; `loadAverage` is the 1-minute load average at the end.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { median, peakRssMb } from '../measure.js'
import { deployDesiredState, healthyFleet, seedDrift, writeAuditRoot } from './audit-fleet.js'

const CLUSTERS = Number(process.argv[2] ?? 50_000)
const SOURCES = 200
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** Setup progress on stderr (`npm run bench` shows it only when the scenario fails). */
let lapStarted = performance.now()
const lap = (what: string) => {
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20)
  process.stderr.write(`${what}: ${Math.round(performance.now() - lapStarted)} ms, rss ${rssMb} MiB\n`)
  lapStarted = performance.now()
}
const root = mkdtempSync(join(tmpdir(), 'fp-bench-audit-'))
const data = healthyFleet(CLUSTERS)
writeAuditRoot(root, data, SOURCES)
await deployDesiredState(root, data)
lap('fleet generated and deployed')
const clock = createSimulatedClock({ rate: 1 })
// The files are applied to the fleet's management groups and subscriptions before its clusters join: remediating
// clusters that already carry what the assignments deploy would only cost minutes at 500,000 (nothing measured).
const azure = await startAzureEmulator({
  fleet: { ...data, clusters: [] },
  clock,
  simulation: { principalReplicationDelayMs: 0 }
})
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
  for (const cluster of data.clusters) azure.fleet.clusters.push(cluster)
  azure.fleet.changed()
  lap('applied')
  clock.advance(24 * 3_600_000)
  seeded = seedDrift(azure.fleet).size
  azure.fleet.tables()
  lap('drift seeded, tables built')
  azure.faults.add({ fault: { kind: 'latency', milliseconds: 30 } })
  for (let i = 0; i < RUNS; i++) {
    azure.requests.length = 0
    const emulatorCpu = process.cpuUsage()
    const run = await child(azure, ['--import', 'tsx', 'bench/scenarios/audit-child.ts', root])
    if (run.code !== 0) throw new Error(run.out)
    lap(`audit ${i + 1}: ${run.out.trim().split('\n').pop()}`)
    const graph = azure.requests.filter((r) => r.route === 'resourceGraph.resources')
    samples.push({
      ...(JSON.parse(run.out.trim().split('\n').pop()!) as Sample),
      throttled429: graph.filter((r) => r.status === 429).length,
      emulatorCpuMs: cpuMs(process.cpuUsage(emulatorCpu))
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
    auditCpuMs: mid('cpuMs'),
    emulatorCpuMs: mid('emulatorCpuMs'),
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    peakRssMb: mid('peakRssMb'),
    emulatorPeakRssMb: peakRssMb(),
    runs: samples.length
  })
)

function cpuMs(usage: NodeJS.CpuUsage): number {
  return Math.round((usage.user + usage.system) / 1000)
}

async function child(azure: AzureEmulator, args: string[]): Promise<{ code: number | null; out: string }> {
  const process_ = spawn(process.execPath, args, { env: { PATH: process.env.PATH, ...productEnv(azure) } })
  let out = ''
  process_.stdout.on('data', (c) => (out += c))
  process_.stderr.on('data', (c) => (out += c))
  const code = await new Promise<number | null>((done) => process_.on('close', done))
  return { code, out }
}
