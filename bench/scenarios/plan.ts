// The plan scenario: 1,000 sources over 100 resource groups of a 50,000-cluster fleet, against the Azure emulator with
// 30 ms latency on every call. Each run is made twice: without Resource Graph (the plan before issue #14: `before`)
// and with it (the clusters each change reaches, exact role-assignment limits: the figures at the top level).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateFleet, startAzureEmulator } from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { median, runScenarioChild } from '../measure.js'
import { writeGeneratedRoot } from './policy-root.js'

const SOURCES = 1000
const SCOPES = 100
const CLUSTERS = 50_000
const SUBSCRIPTIONS = 10
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const fleet = generateFleet({ clusters: CLUSTERS, seed: 3 })
const subscriptions = fleet.subscriptions.slice(0, SUBSCRIPTIONS).map((s) => s.subscriptionId)
// Scope i is a resource group of subscription i % 10, as writeGeneratedRoot lays sources out.
const scopes = Array.from({ length: SCOPES }, (_, i) => {
  const subscription = subscriptions[i % SUBSCRIPTIONS]!
  const groups = fleet.resourceGroups.filter((g) => g.subscriptionId === subscription)
  return `/subscriptions/${subscription}/resourceGroups/${groups[Math.floor(i / SUBSCRIPTIONS) % groups.length]!.name}`
})
const root = mkdtempSync(join(tmpdir(), 'fp-bench-plan-'))
writeGeneratedRoot(root, SOURCES, SCOPES, SUBSCRIPTIONS, { subscriptions, scopes })
const azure = await startAzureEmulator({ fleet, faults: [{ fault: { kind: 'latency', milliseconds: 30 } }] })
const env = { PATH: process.env.PATH, ...productEnv(azure) }
interface Sample {
  wallMs: number
  peakRssMb: number
  clustersReached: number
  armCalls: Record<string, number>
}

async function sample(withImpact: boolean): Promise<Sample> {
  azure.requests.length = 0
  // A fresh Resource Graph quota window per run (15 requests per 5 s of the emulator's clock).
  azure.clock.advance(5_000)
  const result = await runScenarioChild<{ wallMs: number; peakRssMb: number; clustersReached: number }>(
    'bench/scenarios/plan-child.ts',
    withImpact ? [root, 'impact'] : [root],
    env
  )
  const armCalls = azure.requests
    .filter((r) => !r.path.includes('/oauth2/') && !r.path.includes('openid'))
    .reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.route]: (acc[r.route] ?? 0) + 1 }), {})
  return { ...result, armCalls }
}

const before: Sample[] = []
const after: Sample[] = []
try {
  for (let i = 0; i < RUNS; i++) {
    before.push(await sample(false))
    after.push(await sample(true))
  }
} finally {
  await azure.stop()
}
const figures = (samples: Sample[]) => {
  const calls = samples[0]!.armCalls
  const { ['resourceGraph.resources']: resourceGraphRequests = 0, ...arm } = calls
  return {
    armCalls: arm,
    armCallsTotal: Object.values(arm).reduce((a, b) => a + b, 0),
    resourceGraphRequests,
    wallMs: median(samples.map((s) => s.wallMs)),
    peakRssMb: median(samples.map((s) => s.peakRssMb))
  }
}
console.log(
  JSON.stringify({
    sources: SOURCES,
    scopes: SCOPES,
    clusters: CLUSTERS,
    clustersReached: after[0]!.clustersReached,
    ...figures(after),
    before: figures(before)
  })
)
