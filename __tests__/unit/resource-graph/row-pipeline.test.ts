import { analyzeOrThrow } from '../../../emulator/resource-graph/analyze.js'
import { compileQueryBlock } from '../../../emulator/resource-graph/compile-query.js'
import { runCompiled, type KqlTables } from '../../../emulator/resource-graph/evaluate.js'
import { rowPipelineStats, setRowPipelineFusion } from '../../../emulator/resource-graph/operators/row-pipeline.js'
import { resourceGraphSchema } from '../../../emulator/resource-graph/schema.js'
import { toKqlNode } from '../../../emulator/resource-graph/syntax-tree.js'
import type { Row, Table } from '../../../emulator/resource-graph/table.js'
import { cluster, fluxConfiguration, fluxExtension, SUB_A, SUB_B, SUB_C, tables } from './fleet-rows.js'

const clusters = [
  cluster('arc-1', SUB_A, 'arc', { team: 'payments' }),
  cluster('arc-2', SUB_B, 'arc', { team: 'data' }),
  cluster('aks-1', SUB_A, 'aks', { team: 'payments', ring: 'canary' }),
  cluster('aks-2', SUB_C, 'aks', {})
]
const fleet = tables(clusters, [
  fluxExtension(clusters[0]!, 'pascal'),
  fluxConfiguration(clusters[0]!, 'apps', { url: 'https://github.com/contoso/apps', branch: 'main' }),
  fluxExtension(clusters[2]!, 'camel')
])
// Base rows are the fleet's own objects: a pipeline writing into one would throw here (modules are strict).
const frozen: KqlTables = Object.fromEntries(
  Object.entries(fleet).map(([name, rows]) => [name, rows.map((row) => Object.freeze({ ...row }))])
)
const NOW = Date.parse('2026-01-01T00:00:00Z')

/** Compiled afresh (no cache), with the row pipeline fused or each operator run on its own. */
function run(query: string, fused: boolean): Table {
  setRowPipelineFusion(fused)
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

/** Plain rows, every result column present, so fused and unfused rows compare by value. */
const plain = (table: Table): Row[] =>
  table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, row[c.name] ?? null])))

const QUERIES = [
  // The audit's shape: where on the table, project, where, extends reading earlier extends, mv-expand, summarize.
  `resources
  | where type in~ ('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')
  | project id, name, subscriptionId, clusterId = tolower(id), team = tostring(tags.team)
  | where team != 'data'
  | extend scopes = dynamic({"payments": [0, 1]})
  | extend slots = coalesce(scopes[team], dynamic([2]))
  | where array_length(slots) > 0
  | mv-expand slot = slots to typeof(long)
  | extend expected = dynamic([{"source": 10}, {"source": 11}, {"source": 12}])[slot]
  | extend source = toint(expected.source), settling = slot == 1
  | extend source = source + 1, previous = source
  | where not(settling)
  | project name, clusterId, source, previous, slot`,
  // Each item of one extend reads the step's input row, not an earlier item of the same extend.
  `resources | where name startswith 'a' | extend n = 1 | extend n = n + 1, m = n | extend k = n * 10, n = 0`,
  // A join after a fused run, and a fused run over the join's rows.
  `resources | extend clusterId = tolower(id) | where name != 'aks-2'
  | join kind=leftouter (kubernetesconfigurationresources | extend clusterId = tolower(tostring(split(id, '/providers/')[0]))
    | summarize n = count() by clusterId) on clusterId
  | extend n = coalesce(n, 0) | extend twice = n * 2 | where twice >= 0 | project name, n, twice`
]

describe('row pipeline: consecutive where / extend / project run in one pass', () => {
  test.each(QUERIES)('gives the same rows as the operators run one by one: %s', (query) => {
    const unfusedRuns = rowPipelineStats.fusedRuns
    const unfused = run(query, false)
    expect(rowPipelineStats.fusedRuns).toBe(unfusedRuns)
    const fused = run(query, true)
    expect(rowPipelineStats.fusedRuns).toBeGreaterThan(unfusedRuns)
    expect(fused.columns).toEqual(unfused.columns)
    expect(plain(fused)).toEqual(plain(unfused))
    expect(fused.rows.length).toBeGreaterThan(0)
  })

  test('the fused run evaluates a where before any project on the source rows, and skips the dropped ones', () => {
    const seen: unknown[] = []
    const spy: KqlTables = {
      resources: fleet.resources!.map((row) =>
        Object.freeze(
          Object.defineProperty({ ...row }, 'name', {
            enumerable: true,
            get: () => {
              seen.push(row.name)
              return row.name
            }
          })
        )
      )
    }
    const query = "resources | where name startswith 'arc' | project upper = toupper(name) | extend n = strlen(upper)"
    const result = runCompiled(
      compileQueryBlock(toKqlNode(analyzeOrThrow(query, resourceGraphSchema).Syntax, query)),
      spy,
      NOW
    )
    expect(result.rows.map((r) => [r.upper, r.n])).toEqual([
      ['ARC-1', 5],
      ['ARC-2', 5]
    ])
    // Row by row: each source row's name is read by the where, and a kept row's at once again by the project (one
    // by one, the where would read all four names before the project read any).
    expect(seen).toEqual(['arc-1', 'arc-1', 'arc-2', 'arc-2', 'aks-1', 'aks-2'])
  })
})
