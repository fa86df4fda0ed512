import type { ScalarFn, TabularFn } from '../compile-context.js'
import type { KqlColumnType } from '../syntax-tree.js'
import type { Row, Runtime } from '../table.js'
import { toKqlBool } from '../values.js'
import { rowSource, setRowStreaming, streamingFn, type RowSink } from './row-stream.js'

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

/**
 * Tests turn fusion off to compare with operators run one by one (each copying every row); streaming between
 * operators (row-stream.ts) goes off with it, so every operator then builds its whole result.
 */
let fusion = true
export function setRowPipelineFusion(on: boolean): void {
  fusion = on
  setRowStreaming(on)
}

export function isKeptBy(value: unknown): boolean {
  return value === true || (value !== false && value !== null && toKqlBool(value) === true)
}

/**
 * `input | step`: when `input` is itself a run of `where`/`extend`/`project` steps, the step joins it, and the run
 * goes over its source rows once: a `where` before any `extend`/`project` tests the source row itself; the first
 * `extend` copies the row (unless its source handed it over as owned: a row `mv-expand` or `join` just made) and
 * later ones write into that copy (each step's values are all computed before any is written, as every item of an
 * `extend` reads the step's input row); a `project` makes one new row. Rows a `where` drops are never copied, and
 * no array is built between steps, nor between the run and the operators before and after it that stream
 * (row-stream.ts). The results equal running the steps one by one.
 */
export function rowPipeline(input: TabularFn, step: RowStep): TabularFn {
  const previous = fusion ? (input as Partial<RowPipelineFn>).rowPipeline : undefined
  const source = previous?.source ?? input
  const steps = [...(previous?.steps ?? []), step]
  const run = streamingFn((rt) => {
    const rows = rowSource(source, rt)
    return {
      columns: step.columns,
      forEach(sink) {
        if (steps.length > 1) rowPipelineStats.fusedRuns++
        rows.forEach(stepsSink(steps, rows.columns, rt, sink))
      }
    }
  })
  return Object.assign(run, { rowPipeline: { source, steps } })
}

/** The steps as one sink: each row goes through them in turn, and on to `next` unless a `where` drops it. */
function stepsSink(steps: readonly RowStep[], columns: readonly KqlColumnType[], rt: Runtime, next: RowSink): RowSink {
  const count = steps.length
  const kinds = steps.map((s) => s.kind)
  const conditions: (ScalarFn | undefined)[] = []
  const values: (readonly ScalarFn[])[] = []
  const names: (readonly string[])[] = []
  let inputNames = columns.map((c) => c.name)
  for (const step of steps) {
    conditions.push(step.kind === 'where' ? step.condition : undefined)
    values.push(step.kind === 'where' ? [] : step.values)
    names.push(step.kind === 'where' ? [] : step.names(inputNames))
    inputNames = step.columns.map((c) => c.name)
  }
  const computed: unknown[] = []
  return (sourceRow, sourceOwned) => {
    let row = sourceRow
    let owned = sourceOwned
    for (let s = 0; s < count; s++) {
      const kind = kinds[s]
      if (kind === 'where') {
        if (!isKeptBy((conditions[s] as ScalarFn)(row, rt))) return
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
    next(row, owned)
  }
}
