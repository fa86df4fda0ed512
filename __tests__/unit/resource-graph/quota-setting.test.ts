import { graphQuotaFrom } from '../../../emulator/cli.js'
import { answerResourceGraphQuery, createResourceGraphQuota } from '../../../emulator/resource-graph/index.js'
import { cluster, SUB_A, tables } from './fleet-rows.js'

describe("the Resource Graph quota is a setting (Azure's default: 15 requests per 5 s per user)", () => {
  test('--graph-quota reads <requests>/<seconds>s or off, and refuses anything else', () => {
    expect(graphQuotaFrom(undefined)).toBeUndefined()
    expect(graphQuotaFrom('off')).toBe(false)
    expect(graphQuotaFrom('30/10s')).toEqual({ limit: 30, windowMs: 10_000 })
    expect(() => graphQuotaFrom('30 per 10s')).toThrow(/--graph-quota/)
  })

  test('a configured quota is what the answers count down and enforce', () => {
    let now = 0
    const quota = createResourceGraphQuota({ ...graphQuotaFrom('2/10s'), now: () => now })
    const ask = () =>
      answerResourceGraphQuery(
        { query: 'resources | count' },
        tables([cluster('c', SUB_A, 'aks')]),
        { subscriptionsOfManagementGroup: () => [] },
        quota,
        { now: () => now }
      )
    const answers = [ask(), ask(), ask()]
    expect(
      answers.map((a) => [a.status, a.headers['x-ms-user-quota-remaining'], a.headers['x-ms-user-quota-resets-after']])
    ).toEqual([
      [200, '1', '00:00:10'],
      [200, '0', '00:00:10'],
      [429, '0', '00:00:10']
    ])
    now = 10_000
    expect(ask().status).toBe(200)
  })
})
