// The plan scenario: 1,000 sources over 100 scopes against the Azure emulator with 30 ms latency on every call.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startAzureEmulator } from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { median, runScenarioChild } from '../measure.js'
import { writeGeneratedRoot } from './policy-root.js'

const SOURCES = 1000
const SCOPES = 100
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const root = mkdtempSync(join(tmpdir(), 'fp-bench-plan-'))
writeGeneratedRoot(root, SOURCES, SCOPES, 10)
const azure = await startAzureEmulator({
  fleet: { clusters: 20, seed: 3 },
  faults: [{ fault: { kind: 'latency', milliseconds: 30 } }]
})
const env = { PATH: process.env.PATH, ...productEnv(azure) }
const samples: Array<{ wallMs: number; peakRssMb: number; armCalls: Record<string, number> }> = []
try {
  for (let i = 0; i < RUNS; i++) {
    azure.requests.length = 0
    const result = await runScenarioChild<{ wallMs: number; peakRssMb: number }>(
      'bench/scenarios/plan-child.ts',
      [root],
      env
    )
    const armCalls = azure.requests
      .filter((r) => !r.path.includes('/oauth2/') && !r.path.includes('openid'))
      .reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.route]: (acc[r.route] ?? 0) + 1 }), {})
    samples.push({ ...result, armCalls })
  }
} finally {
  await azure.stop()
}
const calls = samples[0]!.armCalls
console.log(
  JSON.stringify({
    sources: SOURCES,
    scopes: SCOPES,
    armCalls: calls,
    armCallsTotal: Object.values(calls).reduce((a, b) => a + b, 0),
    wallMs: median(samples.map((s) => s.wallMs)),
    peakRssMb: median(samples.map((s) => s.peakRssMb))
  })
)
