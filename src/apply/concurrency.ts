/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. Never rejects. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<Array<PromiseSettledResult<R>>> {
  const results: Array<PromiseSettledResult<R>> = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = { status: 'fulfilled', value: await work(items[index]!) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker))
  return results
}

/** A call's place in the queue of a `laneSemaphore`: its lane, and whether it goes before every lane's queue. */
export interface LaneTurn {
  lane: string
  /** Served before any call of the lanes' queues (in the order these came): work that finishes what others began. */
  ahead?: boolean
}

/**
 * At most `limit` calls of `run` at once over all lanes; a place that frees goes to the waiting call `ahead` first,
 * else to the waiting lane served longest ago (round robin), in order within a lane. A lane that queued many calls
 * first does not keep another lane's first call waiting behind all of them: with one shared queue, apply's lanes
 * started one subscription after another.
 */
export function laneSemaphore(limit: number): <R>(turn: LaneTurn, run: () => Promise<R>) => Promise<R> {
  let active = 0
  let turns = 0
  const ahead: Array<() => void> = []
  const waiting = new Map<string, Array<() => void>>()
  const lastServed = new Map<string, number>()
  const handOn = () => {
    const first = ahead.shift()
    if (first) return first()
    let lane: string | undefined
    for (const candidate of waiting.keys())
      if (lane === undefined || (lastServed.get(candidate) ?? -1) < (lastServed.get(lane) ?? -1)) lane = candidate
    if (lane === undefined) {
      active--
      return
    }
    const queue = waiting.get(lane)!
    const next = queue.shift()!
    if (queue.length === 0) waiting.delete(lane)
    lastServed.set(lane, turns++)
    next()
  }
  const wait = ({ lane, ahead: first }: LaneTurn) =>
    new Promise<void>((resolve) => {
      if (first) return void ahead.push(resolve)
      const queue = waiting.get(lane)
      if (queue) queue.push(resolve)
      else waiting.set(lane, [resolve])
    })
  return async (turn, run) => {
    if (active >= Math.max(limit, 1)) await wait(turn)
    else {
      active++
      lastServed.set(turn.lane, turns++)
    }
    try {
      return await run()
    } finally {
      handOn()
    }
  }
}
