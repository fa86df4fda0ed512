import { answerResourceGraphQuery, resourceGraphSubsetError } from '../../../emulator/resource-graph/index.js'
import type { ResourceGraphResponse } from '../../../emulator/resource-graph/index.js'
import { cluster, SUB_A, tables } from './fleet-rows.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const scoping = { subscriptionsOfManagementGroup: () => [] }
const data = tables([cluster('c-1', SUB_A, 'aks'), cluster('c-2', SUB_A, 'arc')])

interface ErrorBody {
  error: { code: string; message: string; details: Array<{ code: string; message: string }> }
}
const ask = (query: string): ResourceGraphResponse =>
  answerResourceGraphQuery({ subscriptions: [SUB_A], query }, data, scoping, undefined, { now: () => NOW })

function refusal(query: string): { status: number; codes: string[]; message: string } {
  const response = ask(query)
  const { error } = response.body as ErrorBody
  return {
    status: response.status,
    codes: [error.code, ...error.details.map((d) => d.code)],
    message: error.details[1]?.message ?? ''
  }
}

const FLUX = 'kubernetesconfigurationresources | extend clusterId = tolower(id) | project clusterId'
const JOIN = 'join kind=leftouter (resources | project id) on id'

describe("Resource Graph's documented subset of KQL", () => {
  test.each([
    ['let', "let x = 1; resources | where name != '' | project name", 'UnsupportedStatement'],
    ['datatable', "resources | join kind=inner (datatable(name:string)['c-1']) on name", 'UnsupportedOperator'],
    ['a query starting with union', 'union resources, (resources | where name == "c-1")', 'UnsupportedUnionForm'],
    ['a wildcard union leg', 'resources | union resource*', 'UnsupportedUnionForm'],
    ['a fourth union leg', 'resources | union (resources), (resources), (resources)', 'UnionLegLimitExceeded'],
    ['a fourth join', `resources ${`| ${JOIN} `.repeat(4)}`, 'JoinLimitExceeded'],
    ['a leftsemi join', 'resources | join kind=leftsemi (resources | project id) on id', 'UnsupportedJoinFlavor'],
    ['a rightouter join', 'resources | join kind=rightouter (resources | project id) on id', 'UnsupportedJoinFlavor'],
    [
      'two cross-table joins',
      `resources | extend clusterId = tolower(id) | join kind=leftouter (${FLUX}) on clusterId | join kind=leftouter (${FLUX}) on clusterId`,
      'CrossTableJoinLimitExceeded'
    ],
    [
      'three mv-expands',
      'resources | mv-expand a = tags | mv-expand b = tags | mv-expand c = tags',
      'MvExpandLimitExceeded'
    ],
    ['an mv-expand limit over 400', 'resources | mv-expand a = tags limit 401', 'MvExpandRowLimitExceeded'],
    ['a function outside the allowlist', 'resources | extend n = strlen(name)', 'UnsupportedFunction'],
    ['toscalar', 'resources | extend n = toscalar(resources | count)', 'UnsupportedFunction'],
    ['an operator outside the list', 'resources | project-rename n = name', 'UnsupportedOperator']
  ])('%s is refused with 400 BadRequest / InvalidQuery / its code', (_what, query, code) => {
    const answer = refusal(query)
    expect(answer).toEqual({ status: 400, codes: ['BadRequest', 'InvalidQuery', code], message: expect.any(String) })
  })

  test('the leftsemi refusal says what Resource Graph said (MicrosoftDocs/azure-docs#45495)', () => {
    expect(refusal('resources | join kind=leftsemi (resources | project id) on id').message).toBe(
      'The join kind "LeftSemi" is not supported or not allowed.'
    )
    const { error } = ask('let x = 1; resources').body as ErrorBody
    expect(error.message).toMatch(
      /^Please provide below info when asking for support: timestamp = .*, correlationId = .*\.$/
    )
    expect(error.details[0]).toEqual({
      code: 'InvalidQuery',
      message:
        'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying.'
    })
  })

  test.each([
    [
      '3 joins, 1 cross-table',
      `resources | extend clusterId = tolower(id) | join kind=leftouter (${FLUX}) on clusterId | ${JOIN} | ${JOIN}`
    ],
    [
      'T | union with 3 legs',
      'resources | project name | union (resources | project name), (resources | project name)'
    ],
    ['2 mv-expands, limit 400', 'resources | mv-expand a = tags limit 400 | mv-expand b = tags'],
    [
      'innerunique, inner, leftouter and fullouter',
      `resources | join (resources | project id) on id | join kind=inner (resources | project id) on id
      | join kind=fullouter (resources | project id) on id`
    ]
  ])('%s is accepted', (_what, query) => {
    expect(resourceGraphSubsetError(query)).toBeUndefined()
    expect(ask(query).status).toBe(200)
  })

  test('mv-expand without a limit expands at most 128 elements per row, as Resource Graph does', () => {
    const big = tables([
      {
        ...cluster('c-1', SUB_A, 'aks'),
        tags: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`t${i}`, 'x']))
      }
    ])
    const count = (query: string): unknown =>
      (
        (
          answerResourceGraphQuery({ subscriptions: [SUB_A], query }, big, scoping, undefined, { now: () => NOW })
            .body as { data: unknown[] }
        ).data[0] as { n: unknown }
      ).n
    expect(count('resources | mv-expand t = tags | summarize n = count()')).toBe(128)
    expect(count('resources | mv-expand t = tags limit 400 | summarize n = count()')).toBe(300)
  })
})
