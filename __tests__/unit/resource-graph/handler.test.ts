import {
  answerResourceGraphQuery,
  createResourceGraphQuota,
  createSnapshotStore,
  formatResetsAfter
} from '../../../emulator/resource-graph/index.js'
import type { ResourceGraphResponse } from '../../../emulator/resource-graph/index.js'
import type { Row } from '../../../emulator/resource-graph/table.js'
import { cluster, SUB_A, SUB_B, SUB_C, tables } from './fleet-rows.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const scoping = { subscriptionsOfManagementGroup: (group: string) => (group === 'prod' ? [SUB_A, SUB_B] : []) }
const many = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) =>
    cluster(`c-${String(i).padStart(4, '0')}`, [SUB_A, SUB_B, SUB_C][i % 3] as string, i % 2 ? 'arc' : 'aks')
  )

interface Body {
  totalRecords: number
  count: number
  resultTruncated: unknown
  $skipToken?: string
  facets: unknown[]
  data: Row[]
  error?: { code: string; message: string; details: { code: string; message: string }[] }
}
const body = (response: ResourceGraphResponse): Body => response.body as Body
const ask = (request: object, data = tables(many(2500)), options = {}): ResourceGraphResponse =>
  answerResourceGraphQuery(request, data, scoping, undefined, { now: () => NOW, ...options })

describe('paging', () => {
  test('2,500 rows page by $skipToken in pages of at most 1,000, every row exactly once', () => {
    const data = tables(many(2500))
    const query = 'resources | project id, name'
    const seen: unknown[] = []
    const pages: Body[] = []
    let token: string | undefined
    do {
      const page = body(ask({ query, options: token ? { $skipToken: token } : {} }, data))
      pages.push(page)
      seen.push(...page.data.map((row) => row.id))
      token = page.$skipToken
    } while (token)
    expect(pages.map((p) => [p.count, p.totalRecords, p.resultTruncated, typeof p.$skipToken])).toEqual([
      [1000, 2500, 'false', 'string'],
      [1000, 2500, 'false', 'string'],
      [500, 2500, 'false', 'undefined']
    ])
    expect(seen).toEqual(data.resources.map((row) => row.id))
    expect(pages[0]?.facets).toEqual([])
  })

  test('later pages come from the first evaluation (a snapshot), and a lost snapshot is evaluated again', () => {
    const data = tables(many(1500))
    const first = body(ask({ query: 'resources | project name' }, data))
    data.resources.unshift(cluster('late', SUB_A, 'arc'))
    const second = body(ask({ query: 'resources | project name', options: { $skipToken: first.$skipToken } }, data))
    expect([second.totalRecords, second.data[0]?.name]).toEqual([1500, 'c-1000'])
    const fresh = body(
      ask({ query: 'resources | project name', options: { $skipToken: first.$skipToken } }, data, {
        snapshots: createSnapshotStore()
      })
    )
    expect([fresh.totalRecords, fresh.data[0]?.name]).toEqual([1501, 'c-0999'])
  })

  test('$top and $skip choose the page; the next token continues after it', () => {
    const first = body(ask({ query: 'resources | project name', options: { $top: 2, $skip: 10 } }))
    expect(first.data).toEqual([{ name: 'c-0010' }, { name: 'c-0011' }])
    const next = body(ask({ query: 'resources | project name', options: { $top: 2, $skipToken: first.$skipToken } }))
    expect(next.data).toEqual([{ name: 'c-0012' }, { name: 'c-0013' }])
  })

  test('a token from another query or scope is refused', () => {
    const first = body(ask({ query: 'resources | project name' }))
    const other = ask({ query: 'resources | project id', options: { $skipToken: first.$skipToken } })
    expect([other.status, body(other).error?.details[0]?.code]).toEqual([400, 'InvalidSkipToken'])
    const scoped = ask({
      query: 'resources | project name',
      subscriptions: [SUB_A],
      options: { $skipToken: first.$skipToken }
    })
    expect(scoped.status).toBe(400)
    expect(
      body(ask({ query: 'resources | project name', options: { $skipToken: 'bm90IG91cnM=' } })).error?.details[0]?.code
    ).toBe('InvalidSkipToken')
  })

  test('take/limit and all-dynamic results cannot be paged: resultTruncated is the string "true" and no token', () => {
    const limited = body(ask({ query: 'resources | take 1500 | project name' }))
    expect([limited.count, limited.totalRecords, limited.resultTruncated, limited.$skipToken]).toEqual([
      1000,
      1500,
      'true',
      undefined
    ])
    const small = body(ask({ query: 'resources | limit 3 | project name' }))
    expect([small.count, small.resultTruncated]).toEqual([3, 'false'])
    const dynamicOnly = body(ask({ query: 'resources | project properties' }))
    expect([dynamicOnly.resultTruncated, dynamicOnly.$skipToken]).toEqual(['true', undefined])
  })
})

describe('scope and formats', () => {
  test('subscriptions (any casing) and management groups scope the rows of every table', () => {
    const bySubscription = body(
      ask({
        query: 'resources | summarize count() by subscriptionId | order by subscriptionId asc',
        subscriptions: [SUB_B.toUpperCase()]
      })
    )
    expect(bySubscription.data).toEqual([{ subscriptionId: SUB_B, count_: 833 }])
    const byGroup = body(
      ask({ query: 'resources | distinct subscriptionId | order by subscriptionId asc', managementGroups: ['prod'] })
    )
    expect(byGroup.data).toEqual([{ subscriptionId: SUB_A }, { subscriptionId: SUB_B }])
    expect(body(ask({ query: 'resources | count' })).data).toEqual([{ Count: 2500 }])
  })

  test('objectArray sends datetimes as ISO text and missing strings as ""; table lists typed columns', () => {
    const objects = body(
      ask({
        query:
          'resources | take 1 | project name, at = now(), n = 1, ok = true, bag = properties.powerState, empty = tostring(properties.none)'
      })
    )
    expect(objects.data).toEqual([
      { name: 'c-0000', at: '2025-06-01T12:00:00Z', n: 1, ok: true, bag: { code: 'Running' }, empty: '' }
    ])
    const table = ask({
      query: 'resources | take 2 | project name, at = now(), n = 1, r = 1.5, ok = true, bag = properties.powerState',
      options: { resultFormat: 'table' }
    })
    expect(table.body).toMatchObject({
      data: {
        columns: [
          { name: 'name', type: 'string' },
          { name: 'at', type: 'datetime' },
          { name: 'n', type: 'integer' },
          { name: 'r', type: 'number' },
          { name: 'ok', type: 'boolean' },
          { name: 'bag', type: 'object' }
        ],
        rows: [
          ['c-0000', '2025-06-01T12:00:00Z', 1, 1.5, true, { code: 'Running' }],
          ['c-0001', '2025-06-01T12:00:00Z', 1, 1.5, true, null]
        ]
      }
    })
  })
})

describe('errors', () => {
  test('a query that cannot run is 400 BadRequest with InvalidQuery and the reason in details', () => {
    const response = ask({ query: 'resources | where' })
    expect(response.status).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const error = body(response).error
    expect(error?.code).toBe('BadRequest')
    expect(error?.message).toMatch(
      /^Please provide below info when asking for support: timestamp = 2025-06-01T12:00:00.000Z, correlationId = [0-9a-f-]{36}\.$/
    )
    expect(error?.details.map((d) => d.code)).toEqual(['InvalidQuery', 'ParserFailure'])
    expect(body(ask({ query: 'resources | lookup (resources) on id' })).error?.details[1]).toMatchObject({
      code: 'UnsupportedOperator',
      message: expect.stringContaining("'lookup'")
    })
  })

  test.each([
    [{}, 'InvalidRequestContent'],
    [{ query: 'resources', options: { $top: 1001 } }, 'InvalidRequestContent'],
    [{ query: 'resources', options: { $top: 0 } }, 'InvalidRequestContent'],
    [{ query: 'resources', subscriptions: Array.from({ length: 1001 }, (_, i) => `sub-${i}`) }, 'TooManySubscriptions'],
    [
      { query: 'resources', managementGroups: Array.from({ length: 11 }, (_, i) => `mg-${i}`) },
      'TooManyManagementGroups'
    ]
  ])('request %# is refused with %s', (request, code) => {
    const response = ask(request)
    expect([response.status, body(response).error?.details[0]?.code]).toEqual([400, code])
  })
})

describe('quota', () => {
  const setup = (retryAfter: boolean) => {
    let now = NOW
    const quota = createResourceGraphQuota({ limit: 15, windowMs: 5000, now: () => now, retryAfter })
    const data = tables(many(3))
    const send = () =>
      answerResourceGraphQuery({ query: 'resources | count' }, data, scoping, quota, { now: () => now })
    return { send, advance: (ms: number) => (now += ms) }
  }

  test('the remaining count goes down per request and a 429 RateLimiting comes past it, without Retry-After by default', () => {
    const { send, advance } = setup(false)
    const remaining: string[] = []
    for (let i = 0; i < 15; i++) {
      const response = send()
      expect(response.status).toBe(200)
      remaining.push(response.headers['x-ms-user-quota-remaining'] as string)
      advance(100)
    }
    expect(remaining).toEqual(['14', '13', '12', '11', '10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'])
    const throttled = send()
    expect(throttled.status).toBe(429)
    expect(throttled.headers).toMatchObject({
      'x-ms-user-quota-remaining': '0',
      'x-ms-user-quota-resets-after': '00:00:04'
    })
    expect(throttled.headers['retry-after']).toBeUndefined()
    expect(body(throttled).error).toMatchObject({ code: 'RateLimiting', details: [{ code: 'RateLimiting' }] })
    advance(3500)
    expect(send().status).toBe(200)
  })

  test('Retry-After is sent when configured', () => {
    const { send } = setup(true)
    for (let i = 0; i < 15; i++) send()
    expect(send().headers['retry-after']).toBe('5')
  })

  test('resets-after is hh:mm:ss, rounded up', () => {
    expect([
      formatResetsAfter(0),
      formatResetsAfter(1),
      formatResetsAfter(4_999),
      formatResetsAfter(3_661_000)
    ]).toEqual(['00:00:00', '00:00:01', '00:00:05', '01:01:01'])
  })
})
