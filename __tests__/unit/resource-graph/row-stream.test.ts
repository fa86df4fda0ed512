import { analyzeOrThrow } from '../../../emulator/resource-graph/analyze.js'
import { compileQueryBlock } from '../../../emulator/resource-graph/compile-query.js'
import { evaluateKql, runCompiled, type KqlTables } from '../../../emulator/resource-graph/evaluate.js'
import { setRowPipelineFusion } from '../../../emulator/resource-graph/operators/row-pipeline.js'
import { rowStreamStats } from '../../../emulator/resource-graph/operators/row-stream.js'
import { resourceGraphSchema } from '../../../emulator/resource-graph/schema.js'
import { toKqlNode } from '../../../emulator/resource-graph/syntax-tree.js'
import type { Row, Table } from '../../../emulator/resource-graph/table.js'
import { cluster, fluxConfiguration, fluxExtension, otherExtension, SUB_A, SUB_B, SUB_C, tables } from './fleet-rows.js'

// Rows stream from operator to operator (mv-expand, join, parse, union, where/extend/project, into summarize) and a
// row a sender hands over as its own is written in place. These tests run each query streamed and with every operator
// building its whole result (streaming off), on frozen base rows: a write into a row the sender still holds (a base
// row, or a join's right row) throws, and a row pushed twice or in another order shows as a difference.

const clusters = [
  cluster('arc-1', SUB_A, 'arc', { team: 'payments', ring: 'canary' }),
  cluster('arc-2', SUB_B, 'arc', { team: 'data' }),
  cluster('aks-1', SUB_A, 'aks', { team: 'payments' }),
  cluster('aks-2', SUB_C, 'aks', {}),
  // Same name as arc-1 in another subscription: a duplicate join key on the left.
  cluster('arc-1', SUB_B, 'arc', { team: 'payments' })
]
const fleet = tables(clusters, [
  fluxExtension(clusters[0]!, 'pascal'),
  otherExtension(clusters[0]!),
  fluxConfiguration(clusters[0]!, 'apps', { url: 'https://github.com/contoso/apps', branch: 'main' }),
  fluxConfiguration(clusters[0]!, 'infra', { url: 'https://github.com/contoso/infra', branch: 'main' }),
  fluxExtension(clusters[2]!, 'camel', 'Failed'),
  fluxExtension(clusters[4]!, 'pascal')
])
const frozen: KqlTables = Object.fromEntries(
  Object.entries(fleet).map(([name, rows]) => [name, rows.map((row) => Object.freeze({ ...row }))])
)
const NOW = Date.parse('2026-01-01T00:00:00Z')

function run(query: string, streamed: boolean): Table {
  setRowPipelineFusion(streamed)
  try {
    return runCompiled(
      compileQueryBlock(toKqlNode(analyzeOrThrow(query, resourceGraphSchema).Syntax, query)),
      frozen,
      NOW
    )
  } finally {
    setRowPipelineFusion(true)
  }
}

const plain = (table: Table): Row[] =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])))

/** The query streamed and not: same columns and rows; the streamed run took the streaming path. */
function both(query: string): Row[] {
  const materialized = run(query, false)
  const before = rowStreamStats.streamedRuns
  const streamed = run(query, true)
  expect(rowStreamStats.streamedRuns).toBeGreaterThan(before)
  expect(streamed.columns).toEqual(materialized.columns)
  expect(plain(streamed)).toEqual(plain(materialized))
  return plain(streamed)
}

// aks-1 is left out so its children are right rows no left row matches.
const KEYS = `resources | project name, team = tostring(tags.team), ring = tostring(tags.ring)`
const LEFT = `${KEYS} | where name != 'aks-1'`
const RIGHT = `kubernetesconfigurationresources
  | extend name = tostring(split(id, '/')[8]), child = tostring(split(id, '/')[12]), t = split(type, '/')[1]`

describe('row streaming: operators push rows to the next one', () => {
  test.each([
    ['inner', 'name', 'duplicate keys on both sides give every pair, left order then right order'],
    ['innerunique', 'name', 'the first left row of a key only'],
    ['leftouter', 'name', 'unmatched left rows with nulls'],
    ['rightouter', 'name', 'unmatched right rows after the matches'],
    ['fullouter', 'name', 'both'],
    ['leftanti', 'name', 'left rows without a match'],
    ['leftsemi', 'name', 'left rows with a match, once'],
    ['rightanti', 'name', 'right rows without a match'],
    ['rightsemi', 'name', 'right rows with a match']
  ])('join kind=%s on %s, then extend / where writing into the joined rows: %s', (kind, key) => {
    const rows = both(`${LEFT} | join kind=${kind} (${RIGHT}) on ${key}
      | extend tag = strcat(name, '/', tostring(column_ifexists('child', '')))
      | extend name = toupper(name)
      | order by tag asc`)
    expect(rows.length).toBeGreaterThan(0)
  })

  test('join edge cases have the documented rows: empty right side, no match, empty and null keys', () => {
    const none = both(`${KEYS} | join kind=leftouter (${RIGHT} | where name == 'nothing') on name
      | extend child = coalesce(child, '-') | project name, child`)
    expect(none).toEqual(clusters.map((c) => ({ name: c.name, child: '-' })))
    // team '' on aks-2 (strings are never null): '' matches '' on the right, and only there.
    const teams = both(`${KEYS} | join kind=inner (resources | project team = tostring(tags.team), other = name)
      on team | where name != other | project name, team, other`)
    expect(teams).toEqual([
      { name: 'arc-1', team: 'payments', other: 'aks-1' },
      { name: 'aks-1', team: 'payments', other: 'arc-1' },
      { name: 'aks-1', team: 'payments', other: 'arc-1' },
      { name: 'arc-1', team: 'payments', other: 'aks-1' }
    ])
    // arc-1 twice on the left (two subscriptions) and five right rows named arc-1: 10 pairs; aks-1's child unmatched.
    const outer = both(`${LEFT} | join kind=fullouter (${RIGHT} | project name, child) on name
      | summarize rows = count() by left = name, right = name1 | order by left asc, right asc`)
    expect(outer).toEqual([
      { left: '', right: 'aks-1', rows: 1 },
      { left: 'aks-2', right: '', rows: 1 },
      { left: 'arc-1', right: 'arc-1', rows: 10 },
      { left: 'arc-2', right: '', rows: 1 }
    ])
    // A null dynamic key matches nothing on the other side's null either way the engine keys it: same rows both ways.
    both(`resources | extend k = tags['absent'] | join kind=fullouter (resources | extend k = tags['absent']
      | project k, other = name) on k | extend seen = 1`)
  })

  test('mv-expand: null expands to one row, empty arrays and bags to none, bags to one row per property', () => {
    const rows = both(`resources
      | extend items = case(name == 'arc-1', dynamic([1, 2, 3]), name == 'arc-2', dynamic([]), name == 'aks-1',
          dynamic({"a": 1, "b": 2}), dynamic(null))
      | mv-expand with_itemindex = i item = items limit 2
      | extend item = tostring(item), i = i * 10
      | project name, item, i`)
    expect(rows).toEqual([
      { name: 'arc-1', item: '1', i: 0 },
      { name: 'arc-1', item: '2', i: 10 },
      { name: 'aks-1', item: '{"a":1}', i: 0 },
      { name: 'aks-1', item: '{"b":2}', i: 10 },
      { name: 'aks-2', item: '', i: 0 },
      { name: 'arc-1', item: '1', i: 0 },
      { name: 'arc-1', item: '2', i: 10 }
    ])
  })

  test('parse writes into rows mv-expand made, and copies base rows; parse-where drops non-matching rows', () => {
    both(`resources | parse id with '/subscriptions/' sub '/resourceGroups/' group '/providers/' *
      | extend sub = toupper(sub) | project name, sub, group`)
    const rows =
      both(`resources | extend parts = dynamic(['x-1', 'y', 'z-22']) | mv-expand part = parts to typeof(string)
      | parse-where part with letter '-' number: long | summarize n = count(), total = sum(number) by letter
      | order by letter asc`)
    expect(rows).toEqual([
      { letter: 'x', n: 5, total: 5 },
      { letter: 'z', n: 5, total: 110 }
    ])
  })

  test('union legs stream in order into summarize and sort; the audit shape (mv-expand, leftouter join) agrees', () => {
    both(`resources | project name, subscriptionId | union (kubernetesconfigurationresources | project name, id)
      | extend n = strlen(name)`)
    both(`resources | extend slots = iff(name startswith 'arc', dynamic([0, 1]), dynamic([2]))
      | mv-expand slot = slots to typeof(long)
      | extend clusterId = tolower(id)
      | join kind=leftouter (kubernetesconfigurationresources
        | parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/' *
        | summarize children = make_list(name), bag = make_bag(bag_pack(name, type)) by clusterId) on clusterId
      | extend found = bag[tostring(slot)], count = array_length(children)
      | summarize rows = count(), found = countif(isnotnull(found)) by slot, count
      | union (resources | summarize rows = count() by slot = -1)
      | order by slot asc, count asc`)
  })

  test('now() and ago() with constant arguments are the run’s, the same for every row', () => {
    const rows = both(`resources | extend a = ago(1h), n = now() | summarize dates = dcount(a), nows = dcount(n)`)
    expect(rows).toEqual([{ dates: 1, nows: 1 }])
    // The same compiled query run again later: the later run's clock.
    const query = 'resources | take 1 | project a = ago(1h)'
    const compiled = compileQueryBlock(toKqlNode(analyzeOrThrow(query, resourceGraphSchema).Syntax, query))
    expect((runCompiled(compiled, frozen, NOW).rows[0]!.a as Date).getTime()).toBe(NOW - 3_600_000)
    expect((runCompiled(compiled, frozen, NOW + 1000).rows[0]!.a as Date).getTime()).toBe(NOW + 1000 - 3_600_000)
  })

  test('todatetime() of the same text in consecutive rows, and of texts that change or do not parse', () => {
    const result = evaluateKql(
      `datatable(s: string) ['2026-01-01', '2026-01-01', 'not a date', 'not a date', '2026-01-02T03:04:05Z',
        '2026-01-01'] | extend d = todatetime(s)`,
      {}
    )
    expect(result.rows.map((row) => (row.d === null ? null : (row.d as Date).toISOString()))).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      null,
      null,
      '2026-01-02T03:04:05.000Z',
      '2026-01-01T00:00:00.000Z'
    ])
    // Each row has its own value: changing one changes no other.
    expect(result.rows[0]!.d).not.toBe(result.rows[1]!.d)
  })
})
