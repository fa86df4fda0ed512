import type { ScalarFn, TabularFn } from '../compile-context.js'
import type { KqlColumnType } from '../syntax-tree.js'
import type { Row, Runtime, Table } from '../table.js'
import { toKqlBool } from '../values.js'

/**
 * One row-wise operator of a pipeline: `where` keeps or drops the row; `extend` adds or replaces columns (names
 * resolved against its input columns on the first run); `project` makes a new row of exactly its columns.
 */
export type RowStep =
  | { readonly kind: 'where'; readonly condition: ScalarFn; readonly columns: readonly KqlColumnType[] }
  | {
      readonly kind: 'extend' | 'project'
      readonly values: readonly ScalarFn[]
      /** The written column of each value, from the step's input column names (for `project`, its own columns). */
      readonly names: (inputNames: readonly string[]) => readonly string[]
      readonly columns: readonly KqlColumnType[]
    }

/** A tabular function that is a run of row-wise steps over one source, so a following step can join the run. */
interface RowPipelineFn extends TabularFn {
  readonly rowPipeline: { readonly source: TabularFn; readonly steps: readonly RowStep[] }
}

/** How often pipelines of two or more steps ran in one pass (tests check the fused path is taken). */
export const rowPipelineStats = { fusedRuns: 0 }

/** Tests turn fusion off to compare with operators run one by one (each copying every row). */
let fusion = true
export function setRowPipelineFusion(on: boolean): void {
  fusion = on
}

export function isKeptBy(value: unknown): boolean {
  return value === true || (value !== false && value !== null && toKqlBool(value) === true)
}

/**
 * `input | step`: when `input` is itself a run of `where`/`extend`/`project` steps, the step joins it, and the run
 * goes over its source rows once: a `where` before any `extend`/`project` tests the source row itself; the first
 * `extend` copies the row and later ones write into that copy (each step's values are all computed before any is
 * written, as every item of an `extend` reads the step's input row); a `project` makes one new row. Rows a `where`
 * drops are never copied, and no array is built between steps. The results equal running the steps one by one.
 */
export function rowPipeline(input: TabularFn, step: RowStep): TabularFn {
  const previous = fusion ? (input as Partial<RowPipelineFn>).rowPipeline : undefined
  const source = previous?.source ?? input
  const steps = [...(previous?.steps ?? []), step]
  const run = (rt: Runtime): Table => {
    const table = source(rt)
    if (steps.length > 1) rowPipelineStats.fusedRuns++
    return { columns: step.columns, rows: runSteps(table, steps, rt) }
  }
  return Object.assign(run, { rowPipeline: { source, steps } })
}

function runSteps(table: Table, steps: readonly RowStep[], rt: Runtime): Row[] {
  const count = steps.length
  const kinds = steps.map((s) => s.kind)
  const conditions: (ScalarFn | undefined)[] = []
  const values: (readonly ScalarFn[])[] = []
  const names: (readonly string[])[] = []
  let inputNames = table.columns.map((c) => c.name)
  for (const step of steps) {
    conditions.push(step.kind === 'where' ? step.condition : undefined)
    values.push(step.kind === 'where' ? [] : step.values)
    names.push(step.kind === 'where' ? [] : step.names(inputNames))
    inputNames = step.columns.map((c) => c.name)
  }
  const computed: unknown[] = []
  const rows: Row[] = []
  outer: for (const sourceRow of table.rows) {
    let row = sourceRow
    let owned = false
    for (let s = 0; s < count; s++) {
      const kind = kinds[s]
      if (kind === 'where') {
        if (!isKeptBy((conditions[s] as ScalarFn)(row, rt))) continue outer
        continue
      }
      const fns = values[s] as readonly ScalarFn[]
      const targets = names[s] as readonly string[]
      if (kind === 'project') {
        const out: Row = {}
        for (let i = 0; i < fns.length; i++) out[targets[i] as string] = (fns[i] as ScalarFn)(row, rt)
        row = out
        owned = true
        continue
      }
      for (let i = 0; i < fns.length; i++) computed[i] = (fns[i] as ScalarFn)(row, rt)
      if (!owned) {
        row = { ...row }
        owned = true
      }
      for (let i = 0; i < fns.length; i++) row[targets[i] as string] = computed[i]
    }
    rows.push(row)
  }
  return rows
}
