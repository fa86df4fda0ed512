// `npm run bench`: one JSON line per scenario; every figure is the median of several fresh-process runs.
// `npm run bench -- plan` runs only the scenarios named; `audit-500k` (many minutes, ~8 GB) runs only when named.
import { spawnSync } from 'node:child_process'
import { medianOfRuns } from './measure.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

/** A scenario is either one run per process (medians taken here) or a script that takes its own medians. */
type Scenario =
  | { scenario: string; perRun: string; args: string[] }
  | { scenario: string; selfMeasured: string; args: string[]; everyLine?: boolean; onlyWhenNamed?: boolean }

const scenarios: Scenario[] = [
  { scenario: 'validate', perRun: 'bench/scenarios/validate.ts', args: ['1000'] },
  { scenario: 'long-line', perRun: 'bench/scenarios/long-line.ts', args: ['1000000'] },
  { scenario: 'plan', selfMeasured: 'bench/scenarios/plan.ts', args: [] },
  { scenario: 'apply', selfMeasured: 'bench/scenarios/apply.ts', args: [] },
  { scenario: 'cold-start', selfMeasured: 'bench/scenarios/cold-start.ts', args: [] },
  { scenario: 'resource-graph-100k', selfMeasured: 'bench/resource-graph.ts', args: [] },
  { scenario: 'audit', selfMeasured: 'bench/scenarios/audit.ts', args: ['50000'] },
  { scenario: 'audit-500k', selfMeasured: 'bench/scenarios/audit.ts', args: ['500000'], onlyWhenNamed: true },
  { scenario: 'update-convergence', selfMeasured: 'bench/scenarios/update-convergence.ts', args: [] },
  // One line per scope kind, already named; simulated time, so one run says it all.
  { scenario: 'time-to-compliance', selfMeasured: 'bench/scenarios/time-to-compliance.ts', args: [], everyLine: true }
]

const only = process.argv.slice(2)
const chosen = (s: Scenario) =>
  only.length === 0 ? !('onlyWhenNamed' in s && s.onlyWhenNamed) : only.includes(s.scenario)
for (const s of scenarios.filter(chosen)) {
  if ('perRun' in s) {
    console.log(JSON.stringify({ scenario: s.scenario, ...medianOfRuns(s.perRun, s.args, RUNS) }))
    continue
  }
  // The 500,000-cluster audit's emulator holds ~2.2 GB of fleet and tables, and its query evaluation peaks near 8 GB
  // resident: past V8's default 4 GB heap (it ran out before the tables were made compact).
  const heap = s.scenario.startsWith('audit') ? ['--max-old-space-size=12288'] : []
  const child = spawnSync(process.execPath, [...heap, '--import', 'tsx', s.selfMeasured, ...s.args], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUNS: String(RUNS) }
  })
  if (child.status !== 0) throw new Error(`${s.scenario} failed:\n${child.stderr}`)
  if (s.everyLine) {
    for (const line of child.stdout.trim().split('\n')) console.log(line)
    continue
  }
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, unknown>
  console.log(JSON.stringify({ scenario: s.scenario, ...result }))
}
