import type { KqlNode } from './syntax-tree.js'
import type { Row, Runtime, Table } from './table.js'

/** A compiled scalar expression, evaluated per row. */
export type ScalarFn = (row: Row, rt: Runtime) => unknown

/** A compiled tabular expression. */
export type TabularFn = (rt: Runtime) => Table

/** What a `let` name stands for while the rest of the query compiles. */
export type LetBinding =
  | { readonly kind: 'scalar'; readonly key: string; readonly fn: ScalarFn }
  | { readonly kind: 'tabular'; readonly key: string; readonly fn: TabularFn }

/** Compile-time context: visible `let` bindings, and the compilers (passed in to keep the modules acyclic). */
export interface CompileScope {
  readonly lets: ReadonlyMap<string, LetBinding>
  readonly scalar: (node: KqlNode, scope: CompileScope) => ScalarFn
  readonly tabular: (node: KqlNode, scope: CompileScope) => TabularFn
}

/** A compiled scalar whose value does not depend on the row or the run (a literal), so operators can precompute. */
export interface ConstantScalarFn extends ScalarFn {
  readonly constantValue: unknown
}

export function constant(value: unknown): ConstantScalarFn {
  const fn = (() => value) as ScalarFn as ConstantScalarFn
  Object.defineProperty(fn, 'constantValue', { value })
  return fn
}

export function isConstant(fn: ScalarFn): fn is ConstantScalarFn {
  return Object.prototype.hasOwnProperty.call(fn, 'constantValue')
}

/** A runtime for evaluating literals at compile time (they never look at it). */
export const CONSTANT_RUNTIME: Runtime = { now: 0, lets: new Map(), table: () => [] }

/** Evaluates a `let` binding once per run. */
export function memoized<T>(rt: Runtime, key: string, compute: () => T): T {
  if (rt.lets.has(key)) return rt.lets.get(key) as T
  const value = compute()
  rt.lets.set(key, value)
  return value
}
