import { laneSemaphore, mapBounded } from './concurrency.js'

export interface LaneLimits {
  /** Items in flight at once within one subscription. */
  perSubscription: number
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
  const lanes = new Map<string, number[]>()
  items.forEach((item, index) => {
    const lane = laneOf(item.scope)
    const indexes = lanes.get(lane)
    if (indexes) indexes.push(index)
    else lanes.set(lane, [index])
  })
  const slot = laneSemaphore(limits.total)
  const results: Array<PromiseSettledResult<R>> = new Array(items.length)
  await Promise.all(
    [...lanes].map(async ([lane, indexes]) => {
      const settled = await mapBounded(indexes, limits.perSubscription, (index) =>
        slot(lane, () => work(items[index]!))
      )
      settled.forEach((result, i) => (results[indexes[i]!] = result))
    })
  )
  return results
}
