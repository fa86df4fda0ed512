// `npm run bench`: one JSON line per scenario, each the median of several fresh-process runs.
import { medianOfRuns } from './measure.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const scenarios: Array<{ scenario: string; script: string; args: string[] }> = [
  { scenario: 'validate', script: 'bench/scenarios/validate.ts', args: ['1000'] }
]

for (const { scenario, script, args } of scenarios) {
  const sample = medianOfRuns(script, args, RUNS)
  console.log(JSON.stringify({ scenario, ...sample }))
}
