import type { TabularFn } from '../compile-context.js'
import type { KqlColumnType } from '../syntax-tree.js'
import type { Row, Runtime, Table } from '../table.js'

/**
 * Receives rows one at a time, in order. `owned` is true when no one else holds the row (the sender made it and
 * keeps no reference), so the receiver may write into it instead of copying it.
 */
export type RowSink = (row: Row, owned: boolean) => void

/** Rows waiting to be pushed: their columns are known before any row flows. */
export interface RowSource {
  readonly columns: readonly KqlColumnType[]
  /** Pushes every row into `sink`, in the order the operator would have listed them, then returns. */
  forEach(sink: RowSink): void
}

/** A tabular function whose rows can also be pushed to the next operator, without an array in between. */
interface StreamingFn extends TabularFn {
  readonly rowStream: (rt: Runtime) => RowSource
}

/**
 * Tests turn streaming (and the fusion of row-wise steps, see row-pipeline.ts) off, to compare with every operator
 * building its whole result before the next one starts.
 */
let streaming = true
export function setRowStreaming(on: boolean): void {
  streaming = on
}
export function isRowStreaming(): boolean {
  return streaming
}

/** How often a run pushed its rows to the next operator instead of building an array (tests check it is taken). */
export const rowStreamStats = { streamedRuns: 0 }

/** The rows of `input` to be pushed: its stream when it has one, else its table's rows (which it may share). */
export function rowSource(input: TabularFn, rt: Runtime): RowSource {
  const stream = (input as Partial<StreamingFn>).rowStream
  if (stream) {
    rowStreamStats.streamedRuns++
    return stream(rt)
  }
  const table = input(rt)
  return {
    columns: table.columns,
    forEach(sink) {
      for (const row of table.rows) sink(row, false)
    }
  }
}

/**
 * An operator defined by the rows it pushes: as a tabular function it collects them into a table; a following
 * operator that reads its input through `rowSource` takes them one by one instead. Rows that a later `where` drops
 * then never sit in an array, so they die young (cheap for the garbage collector) instead of surviving into the
 * old generation with the whole intermediate table (what made garbage collection half of the engine's time).
 */
export function streamingFn(stream: (rt: Runtime) => RowSource): TabularFn {
  const run = (rt: Runtime): Table => {
    const source = stream(rt)
    const rows: Row[] = []
    source.forEach((row) => rows.push(row))
    return { columns: source.columns, rows }
  }
  return streaming ? Object.assign(run, { rowStream: stream }) : run
}
