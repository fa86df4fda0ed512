/**
 * Virtual time for pure tests of pacing: `sleep` registers a timer; `run` lets promises settle, then jumps to the
 * next timer, until none is left. Nothing waits on the wall clock.
 */
export function virtualTime() {
  let now = 0
  const timers: Array<{ at: number; wake: () => void }> = []
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((wake) => timers.push({ at: now + ms, wake })),
    async run(): Promise<void> {
      for (;;) {
        await settle()
        if (timers.length === 0) return
        timers.sort((a, b) => a.at - b.at)
        const next = timers.shift()!
        now = Math.max(now, next.at)
        next.wake()
      }
    }
  }
}

export type VirtualTime = ReturnType<typeof virtualTime>

/**
 * A `sleep` that moves the emulator's simulated clock instead of waiting, so its operations move on; `waited` lists
 * every wait asked for, in order.
 */
export function simulatedSleep(clock: { advance(ms: number): unknown }) {
  const waited: number[] = []
  return {
    waited,
    sleep: async (ms: number) => {
      waited.push(ms)
      clock.advance(ms)
    }
  }
}
