const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 }

/** Seconds in a Go-style duration such as `1h30m` (the files' form; the wire takes integer seconds). */
export function durationSeconds(duration: string): number {
  let total = 0
  for (const [, amount, unit] of duration.matchAll(/(\d+)([hms])/g)) total += Number(amount) * UNIT_SECONDS[unit!]!
  return total
}
