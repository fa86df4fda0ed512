import { spawnSync } from 'node:child_process'

export interface Sample {
  wallMs: number
  peakRssMb: number
  [extra: string]: number
}

/** Runs a scenario script in fresh processes (so peak RSS is its own) and returns the per-field medians. */
export function medianOfRuns(script: string, args: string[], runs: number): Sample {
  const samples: Sample[] = []
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })
    if (child.status !== 0) throw new Error(`${script} failed:\n${child.stderr}`)
    samples.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Sample)
  }
  const fields = Object.keys(samples[0]!)
  return Object.fromEntries(fields.map((f) => [f, median(samples.map((s) => s[f]!))])) as Sample
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 10) / 10
}

/** Peak resident set of this process so far, in MiB. */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10
}

/** Runs a scenario's child script (TypeScript, through tsx) asynchronously and returns its last JSON line. */
export async function runScenarioChild<T>(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<T> {
  const { spawn } = await import('node:child_process')
  // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there (open it in Chrome DevTools or VS Code).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, ...args], { env })
  let out = ''
  let err = ''
  child.stdout.on('data', (c) => (out += c))
  child.stderr.on('data', (c) => (err += c))
  const code = await new Promise((done) => child.on('close', done))
  if (code !== 0) throw new Error(`${script} failed:\n${err}`)
  if (err.trim()) process.stderr.write(err)
  return JSON.parse(out.trim().split('\n').pop()!) as T
}
