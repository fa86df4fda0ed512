import { laneOf, mapInLanes } from '../../src/apply/subscription-lanes.js'

const settle = () => new Promise((resolve) => setImmediate(resolve))
const scopeIn = (subscription: string) => `/subscriptions/${subscription}-0000-4000-8000-000000000000/resourceGroups/rg`
const GROUP = '/providers/Microsoft.Management/managementGroups/contoso'

describe('work in subscription lanes', () => {
  it('bounds each subscription and the total, runs subscriptions side by side and keeps the order', async () => {
    const items = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'].flatMap((s) =>
      Array.from({ length: 5 }, (_, i) => ({ scope: scopeIn(s), id: `${s}-${i}` }))
    )
    const active = new Map<string, number>()
    let total = 0
    let maxTotal = 0
    let maxInOneLane = 0
    const results = await mapInLanes(items, { perSubscription: 2, total: 5 }, async (item) => {
      const lane = item.scope
      active.set(lane, (active.get(lane) ?? 0) + 1)
      total++
      maxTotal = Math.max(maxTotal, total)
      maxInOneLane = Math.max(maxInOneLane, active.get(lane)!)
      await settle()
      await settle()
      active.set(lane, active.get(lane)! - 1)
      total--
      return item.id
    })
    expect(maxInOneLane).toBe(2)
    expect(maxTotal).toBe(5)
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual(items.map((i) => i.id))
  })

  it('settles a failure without stopping the rest, and puts management groups in one lane of their own', async () => {
    const items = [{ scope: GROUP }, { scope: GROUP }, { scope: scopeIn('aaaaaaaa') }]
    let groupActive = 0
    let maxGroup = 0
    const results = await mapInLanes(items, { perSubscription: 1, total: 10 }, async (item) => {
      if (item.scope !== GROUP) throw new Error('no')
      maxGroup = Math.max(maxGroup, ++groupActive)
      await settle()
      groupActive--
      return 'ok'
    })
    expect(maxGroup).toBe(1)
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
  })

  it("puts a resource below a subscription (a cluster's Flux configuration) in that subscription's lane", async () => {
    const configuration = (subscription: string, cluster: string) =>
      `${scopeIn(subscription)}/providers/Microsoft.ContainerService/managedClusters/${cluster}` +
      '/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/apps'
    const items = ['aaaaaaaa', 'bbbbbbbb'].flatMap((s) => [1, 2, 3].map((c) => ({ scope: configuration(s, `c${c}`) })))
    expect(laneOf(items[0]!.scope)).toBe('aaaaaaaa-0000-4000-8000-000000000000')
    expect(laneOf(GROUP)).toBe('tenant')
    let active = 0
    let most = 0
    await mapInLanes(items, { perSubscription: 1, total: 10 }, async () => {
      most = Math.max(most, ++active)
      await settle()
      active--
    })
    // One lane per subscription, side by side: two at once, not one lane of six.
    expect(most).toBe(2)
  })

  it("lets the lanes take turns for the total, so no lane waits for another's queue", async () => {
    const items = ['aaaaaaaa', 'bbbbbbbb'].flatMap((s) =>
      [0, 1, 2].map((i) => ({ scope: scopeIn(s), id: `${s[0]}${i}` }))
    )
    const started: string[] = []
    await mapInLanes(items, { perSubscription: 3, total: 1 }, async (item) => {
      started.push(item.id)
      await settle()
    })
    expect(started).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'b2'])
  })

  it('shares a per-subscription bound that follows the lanes still waiting, growing as lanes finish', async () => {
    const items = [
      ...[0, 1].map((i) => ({ scope: scopeIn('aaaaaaaa'), id: `a${i}` })),
      ...[0, 1, 2, 3].map((i) => ({ scope: scopeIn('bbbbbbbb'), id: `b${i}` }))
    ]
    const started: string[] = []
    const finish = new Map<string, () => void>()
    const lanesAsked: number[] = []
    const done = mapInLanes(
      items,
      { perSubscription: (waiting) => (lanesAsked.push(waiting), waiting > 1 ? 1 : 3), total: 10 },
      (item) =>
        new Promise<void>((resolve) => {
          started.push(item.id)
          finish.set(item.id, resolve)
        })
    )
    await settle()
    expect(started).toEqual(['a0', 'b0'])
    finish.get('a0')!()
    await settle()
    // Two lanes still had items waiting when a0 finished: one each.
    expect(started).toEqual(['a0', 'b0', 'a1'])
    finish.get('a1')!()
    await settle()
    // Only b has items waiting now: its bound grows to three.
    expect(started).toEqual(['a0', 'b0', 'a1', 'b1', 'b2'])
    for (const id of ['b0', 'b1', 'b2']) finish.get(id)!()
    await settle()
    finish.get('b3')!()
    expect((await done).every((r) => r.status === 'fulfilled')).toBe(true)
    expect(lanesAsked.slice(0, 3)).toEqual([2, 2, 1])
  })
})
