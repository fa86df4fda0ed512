import { TokenBucket } from '../../emulator/arm/token-bucket.js'
import { ARM_BUCKET_LIMITS, ArmPacer, type ArmBucket } from '../../src/azure/arm-pacer.js'
import { armBucketOf } from '../../src/azure/arm-pacing-policy.js'
import { virtualTime, type VirtualTime } from '../helpers/virtual-time.js'

const WRITES_A: ArmBucket = { key: 'subscription/a', operation: 'writes' }
const WRITES_B: ArmBucket = { key: 'subscription/b', operation: 'writes' }

/** ARM as the emulator models it, 50 ms away: each request spends a token of `server` or is refused. */
function armSide(time: VirtualTime, server: TokenBucket) {
  const log = { sentAt: [] as number[], refused: 0 }
  return {
    log,
    async send(pacer: ArmPacer | undefined, answerMs = 25): Promise<void> {
      const ticket = await pacer?.acquire(WRITES_A)
      log.sentAt.push(time.now())
      await time.sleep(25)
      const take = server.take()
      if (!take.allowed) log.refused++
      await time.sleep(answerMs)
      pacer?.settle(WRITES_A, take.remaining, ticket)
    }
  }
}

describe('the ARM pacer', () => {
  it('sends a full bucket at once, then one write per refilled token, and ARM never refuses one', async () => {
    const time = virtualTime()
    const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 2, now: time.now, sleep: time.sleep })
    const arm = armSide(time, new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now))
    const all = Promise.all(Array.from({ length: 250 }, () => arm.send(pacer)))
    await time.run()
    await all
    expect(arm.log.refused).toBe(0)
    expect(arm.log.sentAt.filter((t) => t === 0)).toHaveLength(198)
    // The 52 others go at the refill rate: one every 100 ms (plus what the in-flight margin costs at first).
    expect(Math.max(...arm.log.sentAt)).toBeGreaterThanOrEqual(5_200)
    expect(Math.max(...arm.log.sentAt)).toBeLessThan(5_500)
  })

  it('is what stops the 429s: the same burst without it is refused 50 times', async () => {
    const time = virtualTime()
    const arm = armSide(time, new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now))
    const all = Promise.all(Array.from({ length: 250 }, () => arm.send(undefined)))
    await time.run()
    await all
    expect(arm.log.refused).toBe(50)
  })

  it('believes the header: a bucket someone else half emptied is paced from the first answers on', async () => {
    const time = virtualTime()
    const server = new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now)
    for (let i = 0; i < 185; i++) server.take()
    const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 2, now: time.now, sleep: time.sleep })
    const arm = armSide(time, server)
    const worker = async () => {
      for (let i = 0; i < 15; i++) await arm.send(pacer)
    }
    const all = Promise.all([worker(), worker(), worker(), worker()])
    await time.run()
    await all
    expect(arm.log.sentAt).toHaveLength(60)
    expect(arm.log.refused).toBe(0)
    expect(pacer.expectedTokens(WRITES_A)).toBeGreaterThanOrEqual(0)
  })

  it('counts what is still in flight: answers that overtake each other do not make it overspend', async () => {
    const time = virtualTime()
    const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 2, now: time.now, sleep: time.sleep })
    const arm = armSide(time, new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now))
    // 16 workers; every answer takes 25 to 400 ms on its way back, so a stale count often arrives last.
    const worker = async (w: number) => {
      for (let i = 0; i < 30; i++) await arm.send(pacer, 25 + ((w * 7 + i * 13) % 16) * 25)
    }
    const all = Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)))
    await time.run()
    await all
    expect(arm.log.sentAt).toHaveLength(480)
    expect(arm.log.refused).toBe(0)
  })

  it('does not let an earlier-sent request answering last raise the estimate a later-sent one set', async () => {
    const time = virtualTime()
    const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 0, now: time.now, sleep: time.sleep })
    const first = await pacer.acquire(WRITES_A)
    const second = await pacer.acquire(WRITES_A)
    // ARM counted the first when 150 were left, the second when (other callers having spent) 100 were; the
    // second's answer comes back first.
    pacer.settle(WRITES_A, 100, second)
    pacer.settle(WRITES_A, 150, first)
    // 100 less the first, still in flight when the second's answer came (the pacer cannot know ARM had counted it).
    expect(pacer.expectedTokens(WRITES_A)).toBe(99)
    // An earlier-sent answer that reports less still lowers it.
    const third = await pacer.acquire(WRITES_A)
    const fourth = await pacer.acquire(WRITES_A)
    pacer.settle(WRITES_A, 90, fourth)
    pacer.settle(WRITES_A, 60, third)
    expect(pacer.expectedTokens(WRITES_A)).toBe(60)
  })

  it('keeps subscriptions apart: an empty bucket in one does not hold back another', async () => {
    const time = virtualTime()
    const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 0, now: time.now, sleep: time.sleep })
    for (let i = 0; i < 200; i++) await pacer.acquire(WRITES_A)
    let sentB: number | undefined
    let sentA: number | undefined
    const both = Promise.all([
      pacer.acquire(WRITES_A).then(() => (sentA = time.now())),
      pacer.acquire(WRITES_B).then(() => (sentB = time.now()))
    ])
    await time.run()
    await both
    expect(sentB).toBe(0)
    expect(sentA).toBe(100)
  })
})

describe('the bucket ARM charges a request to', () => {
  const bucketOf = (method: string, url: string) => armBucketOf({ method: method as 'GET', url })

  it('is the subscription in the path (even a doubled slash), by operation type', () => {
    expect(
      bucketOf(
        'PUT',
        'https://management.azure.com//subscriptions/AbC/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/x?api-version=1'
      )
    ).toEqual({
      bucket: { key: 'subscription/abc', operation: 'writes' },
      header: 'x-ms-ratelimit-remaining-subscription-writes'
    })
    expect(
      bucketOf('GET', 'https://h/subscriptions/abc/providers/Microsoft.Authorization/policyAssignments').bucket
        .operation
    ).toBe('reads')
    expect(bucketOf('DELETE', 'https://h/subscriptions/abc/providers/x/y/z').header).toBe(
      'x-ms-ratelimit-remaining-subscription-deletes'
    )
  })

  it("is the tenant's for management groups and built-in definitions", () => {
    expect(
      bucketOf(
        'PUT',
        'https://h/providers/Microsoft.Management/managementGroups/m/providers/Microsoft.PolicyInsights/remediations/r'
      )
    ).toEqual({
      bucket: { key: 'tenant', operation: 'writes' },
      header: 'x-ms-ratelimit-remaining-tenant-writes'
    })
  })
})
