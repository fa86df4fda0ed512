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
