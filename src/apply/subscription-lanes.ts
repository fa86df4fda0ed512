import { laneSemaphore } from './concurrency.js'

export interface LaneLimits {
  /**
   * Items in flight at once within one subscription; or, as a function, of the number of lanes that still have items
   * waiting to start (asked again as lanes finish), so the lanes share a bound that grows for those left.
   */
  perSubscription: number | ((lanesWaiting: number) => number)
  /** Items in flight at once over all subscriptions. */
  total: number
}

/**
 * The lane of an ARM id: the subscription it lies in (a subscription, a resource group, or any resource below them,
 * such as a cluster's Flux configuration), lowercase; `tenant` for anything else (management groups).
 */
export function laneOf(id: string): string {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase() ?? 'tenant'
}

/**
 * Runs `work` over `items` with a bounded pool per subscription (management-group scopes share one, the tenant's)
 * under a cap on the total; results keep the items' order. Never rejects.
 *
 * Why lanes: Azure Resource Manager throttles writes per subscription (a bucket of 200, refilled at 10 a second),
 * and the plan orders changes by scope, so one shared pool puts every worker on the first subscription, waiting
 * for its bucket, while the other subscriptions' buckets sit full: the apply took the sum of the subscriptions'
 * times (~96 s for 1,000 sources in 10 subscriptions) instead of the longest (~14 s). Likewise the total's waiting
 * items take turns by lane, else each lane would wait for the ones before it to have started all their items.
 */
export async function mapInLanes<T extends { scope: string }, R>(
  items: readonly T[],
  limits: LaneLimits,
  work: (item: T) => Promise<R>
): Promise<Array<PromiseSettledResult<R>>> {
  const byLane = new Map<string, Lane>()
  items.forEach((item, index) => {
    const id = laneOf(item.scope)
    const lane = byLane.get(id)
    if (lane) lane.indexes.push(index)
    else byLane.set(id, { id, indexes: [index], next: 0, running: 0 })
  })
  const lanes = [...byLane.values()]
  const slot = laneSemaphore(limits.total)
  const results: Array<PromiseSettledResult<R>> = new Array(items.length)
  const perLane = () => {
    const { perSubscription } = limits
    const bound =
      typeof perSubscription === 'number'
        ? perSubscription
        : perSubscription(lanes.filter((l) => l.next < l.indexes.length).length)
    return Math.max(1, bound)
  }
  await new Promise<void>((allDone) => {
    let unsettled = items.length
    if (unsettled === 0) return allDone()
    const start = (lane: Lane) => {
      const index = lane.indexes[lane.next++]!
      lane.running++
      slot({ lane: lane.id }, () => work(items[index]!))
        .then(
          (value) => (results[index] = { status: 'fulfilled', value }),
          (reason: unknown) => (results[index] = { status: 'rejected', reason })
        )
        .finally(() => {
          lane.running--
          if (--unsettled === 0) allDone()
          else fill()
        })
    }
    const fill = () => {
      const bound = perLane()
      for (const lane of lanes) while (lane.next < lane.indexes.length && lane.running < bound) start(lane)
    }
    fill()
  })
  return results
}

interface Lane {
  id: string
  /** The lane's items (their indexes), in order; `next` is the first not yet started. */
  indexes: number[]
  next: number
  running: number
}
