import { evaluateKql, type KqlTables } from '../../../emulator/resource-graph/evaluate.js'
import { cluster, SUB_A } from './fleet-rows.js'

// iff, case and coalesce evaluate only the arguments that decide their result: a branch a row does not take is never
// computed. Each row's `tags` records when it is read.
const read: string[] = []
const rows = ['a', 'b', 'c', 'd'].map((name, i) =>
  Object.defineProperty(cluster(name, SUB_A, 'arc', {}), 'tags', {
    enumerable: true,
    get: () => {
      read.push(name)
      return { n: i + 1 }
    }
  })
)
const tables: KqlTables = { resources: rows }

function run(extend: string): { values: unknown[]; read: string[] } {
  read.length = 0
  const values = evaluateKql(`resources | project name, v = ${extend}`, tables).rows.map((r) => r.v)
  return { values, read: [...read] }
}

describe('iff, case and coalesce evaluate lazily', () => {
  test('iff: the branch taken only; a null condition takes the else branch', () => {
    expect(run(`iff(name in ('a', 'c'), toint(tags.n), -1)`)).toEqual({ values: [1, -1, 3, -1], read: ['a', 'c'] })
    expect(run(`iff(todynamic('null') == 1, toint(tags.n), 0)`)).toEqual({ values: [0, 0, 0, 0], read: [] })
  })

  test('case: the first true condition, conditions after it not evaluated, else when none holds', () => {
    expect(run(`case(name == 'a', 'first', toint(tags.n) == 2, 'second', name == 'c', 'third', 'else')`)).toEqual({
      values: ['first', 'second', 'third', 'else'],
      read: ['b', 'c', 'd']
    })
    expect(run(`case(name == 'z', 'never', toint(tags.n))`)).toEqual({
      values: [1, 2, 3, 4],
      read: ['a', 'b', 'c', 'd']
    })
  })

  test('coalesce: the first non-empty argument, later ones not evaluated; the last when all are empty', () => {
    expect(run(`coalesce(iff(name == 'b', '', name), tostring(tags.n))`)).toEqual({
      values: ['a', '2', 'c', 'd'],
      read: ['b']
    })
    expect(run(`coalesce('', iff(name == 'd', 'x', ''))`)).toEqual({ values: ['', '', '', 'x'], read: [] })
    expect(run(`coalesce(todynamic('null'), tags.absent)`)).toEqual({
      values: [null, null, null, null],
      read: ['a', 'b', 'c', 'd']
    })
  })
})
