/**
 * Simulated time for everything the emulator decides (systemData timestamps, identity replication, remediation
 * progress). A frozen clock (`rate: 0`) only moves when a test calls `advance`, so tests never sleep; a flowing
 * clock (`rate: 1`, or faster for a demo) also follows real time. Bearer tokens are the exception: MSAL caches
 * them against the real clock, so their lifetimes are checked against real time.
 */
export interface SimulatedClock {
  /** Milliseconds since the epoch, simulated. */
  now(): number
  /** The simulated time as an ISO-8601 string. */
  iso(): string
  /** Moves simulated time forward; listeners (the simulation) catch up at once. */
  advance(milliseconds: number): void
  /** Called after every `advance`; returns a function that unsubscribes. */
  onAdvance(listener: (now: number) => void): () => void
}

export interface SimulatedClockOptions {
  /** Where simulated time starts (default: now). */
  start?: Date | number
  /**
   * Simulated milliseconds per real millisecond: 0 (default) is frozen, 1 follows real time, 60 runs a minute a second.
   */
  rate?: number
}

export function createSimulatedClock(options: SimulatedClockOptions = {}): SimulatedClock {
  const start =
    options.start === undefined
      ? Date.now()
      : typeof options.start === 'number'
        ? options.start
        : options.start.getTime()
  const rate = options.rate ?? 0
  if (!(rate >= 0)) throw new Error(`the clock rate must be 0 or more (got ${rate})`)
  const realStart = Date.now()
  let offset = 0
  const listeners = new Set<(now: number) => void>()
  const now = (): number => start + offset + Math.floor((Date.now() - realStart) * rate)
  return {
    now,
    iso: () => new Date(now()).toISOString(),
    advance(milliseconds: number) {
      if (!(milliseconds >= 0)) throw new Error(`the simulated clock only moves forward (got ${milliseconds} ms)`)
      offset += milliseconds
      const current = now()
      for (const listener of listeners) listener(current)
    },
    onAdvance(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
