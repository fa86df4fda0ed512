import { compareDefined } from './compare.js'
import { CONSTANT_RUNTIME, type CompileScope, type ScalarFn } from './compile-context.js'
import { unsupported } from './errors.js'
import { field, itemsOf, nameOf, type KqlNode } from './syntax-tree.js'
import type { Row, Runtime } from './table.js'
import { isBag, isEmptyValue, isNullValue, toKqlBool, toKqlLong, toKqlReal, valueKey } from './values.js'

/** One group's running state of one aggregate. */
export interface AggregateState {
  add(row: Row, rt: Runtime): void
  /** The aggregate's output values (several for `arg_max(x, *)`, `take_any(a, b)`). */
  result(): unknown[]
}

export interface CompiledAggregate {
  /** How many output columns it produces. */
  readonly width: number
  create(): AggregateState
}

type Factory = (args: ScalarFn[], node: KqlNode, scope: CompileScope) => CompiledAggregate

const single = (create: () => AggregateState): CompiledAggregate => ({ width: 1, create })

const predicate =
  (fn: ScalarFn | undefined) =>
  (row: Row, rt: Runtime): boolean =>
    !fn || toKqlBool(fn(row, rt)) === true

function counter(test: ScalarFn | undefined): CompiledAggregate {
  const accept = predicate(test)
  return single(() => {
    let count = 0
    return { add: (row, rt) => void (accept(row, rt) && count++), result: () => [count] }
  })
}

function distinctCount(value: ScalarFn, test?: ScalarFn): CompiledAggregate {
  const accept = predicate(test)
  return single(() => {
    const seen = new Set<unknown>()
    return {
      add: (row, rt) => {
        if (accept(row, rt)) {
          const v = value(row, rt)
          if (!isNullValue(v)) seen.add(valueKey(v))
        }
      },
      result: () => [seen.size]
    }
  })
}

function sum(value: ScalarFn, test: ScalarFn | undefined, average: boolean): CompiledAggregate {
  const accept = predicate(test)
  return single(() => {
    let total = 0
    let count = 0
    return {
      add: (row, rt) => {
        if (!accept(row, rt)) return
        const v = toKqlReal(value(row, rt))
        if (v !== null) {
          total += v
          count++
        }
      },
      result: () => [average ? (count ? total / count : null) : total]
    }
  })
}

function extreme(value: ScalarFn, sign: 1 | -1, test?: ScalarFn): CompiledAggregate {
  const accept = predicate(test)
  return single(() => {
    let best: unknown = null
    return {
      add: (row, rt) => {
        if (!accept(row, rt)) return
        const v = value(row, rt)
        if (isNullValue(v)) return
        if (best === null || (compareDefined(v, best) ?? 0) * sign > 0) best = v
      },
      result: () => [best]
    }
  })
}

function collect(
  value: ScalarFn,
  distinct: boolean,
  test: ScalarFn | undefined,
  max: ScalarFn | undefined
): CompiledAggregate {
  const accept = predicate(test)
  const limit = max ? (toKqlLong(max({}, CONSTANT_RUNTIME)) ?? 1_048_576) : 1_048_576
  return single(() => {
    const items: unknown[] = []
    // Only make_set needs it; a summarize by cluster has one state per cluster.
    const seen = distinct ? new Set<unknown>() : undefined
    return {
      add: (row, rt) => {
        if (items.length >= limit || !accept(row, rt)) return
        const v = value(row, rt)
        if (isNullValue(v)) return
        if (seen) {
          const key = valueKey(v)
          if (seen.has(key)) return
          seen.add(key)
        }
        items.push(v)
      },
      result: () => [items]
    }
  })
}

function makeBag(value: ScalarFn): CompiledAggregate {
  return single(() => {
    const bag: Record<string, unknown> = {}
    return {
      add: (row, rt) => {
        const v = value(row, rt)
        if (!isBag(v)) return
        for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && !(k in bag)) bag[k] = v[k]
      },
      result: () => [bag]
    }
  })
}

/** The values an aggregate reports from its chosen row: explicit expressions, or the columns `*` stands for. */
function rowOutputs(
  args: readonly ScalarFn[],
  argNodes: readonly KqlNode[],
  node: KqlNode,
  skip: number
): (row: Row, rt: Runtime) => unknown[] {
  const star = argNodes.some((a) => a.kind === 'StarExpression')
  if (star) {
    const names = (node.columns ?? []).slice(skip).map((c) => c.name)
    return (row) => names.map((n) => row[n] ?? null)
  }
  const outputs = args.slice(skip)
  return (row, rt) => outputs.map((fn) => fn(row, rt))
}

function argExtreme(args: ScalarFn[], node: KqlNode, sign: 1 | -1): CompiledAggregate {
  const argNodes = itemsOf(field(node, 'ArgumentList'), 'Expressions')
  const [measure] = args as [ScalarFn]
  const others = rowOutputs(args, argNodes, node, 1)
  const width = node.columns?.length ?? 1
  return {
    width,
    create: () => {
      let best: unknown = null
      let chosen: { row: Row; rt: Runtime } | undefined
      return {
        add: (row, rt) => {
          const v = measure(row, rt)
          if (isNullValue(v)) return
          if (best === null || (compareDefined(v, best) ?? 0) * sign > 0) {
            best = v
            chosen = { row, rt }
          }
        },
        result: () => (chosen ? [best, ...others(chosen.row, chosen.rt)] : Array.from({ length: width }, () => null))
      }
    }
  }
}

/** `take_any(x)`: the first non-empty value; `take_any(a, b)` / `take_any(*)`: the values of the first row. */
function takeAny(args: ScalarFn[], node: KqlNode, test?: ScalarFn): CompiledAggregate {
  const argNodes = itemsOf(field(node, 'ArgumentList'), 'Expressions').slice(0, test ? -1 : undefined)
  const valueArgs = test ? args.slice(0, -1) : args
  const accept = predicate(test)
  const width = node.columns?.length ?? 1
  if (width === 1 && argNodes[0]?.kind !== 'StarExpression') {
    const [value] = valueArgs as [ScalarFn]
    return single(() => {
      let found: unknown = null
      return {
        add: (row, rt) => {
          if (isEmptyValue(found) && accept(row, rt)) found = value(row, rt)
        },
        result: () => [found]
      }
    })
  }
  const outputs = rowOutputs(valueArgs, argNodes, node, 0)
  return {
    width,
    create: () => {
      let values: unknown[] | undefined
      return {
        add: (row, rt) => {
          if (!values && accept(row, rt)) values = outputs(row, rt)
        },
        result: () => values ?? Array.from({ length: width }, () => null)
      }
    }
  }
}

const AGGREGATES: Record<string, Factory> = {
  count: ([value]) => counter(value ? (row, rt) => !isNullValue(value(row, rt)) : undefined),
  countif: ([test]) => counter(test),
  dcount: ([value]) => distinctCount(value as ScalarFn),
  count_distinct: ([value]) => distinctCount(value as ScalarFn),
  dcountif: ([value, test]) => distinctCount(value as ScalarFn, test),
  sum: ([value]) => sum(value as ScalarFn, undefined, false),
  sumif: ([value, test]) => sum(value as ScalarFn, test, false),
  avg: ([value]) => sum(value as ScalarFn, undefined, true),
  avgif: ([value, test]) => sum(value as ScalarFn, test, true),
  min: ([value]) => extreme(value as ScalarFn, -1),
  max: ([value]) => extreme(value as ScalarFn, 1),
  minif: ([value, test]) => extreme(value as ScalarFn, -1, test),
  maxif: ([value, test]) => extreme(value as ScalarFn, 1, test),
  make_set: ([value, max]) => collect(value as ScalarFn, true, undefined, max),
  make_set_if: ([value, test, max]) => collect(value as ScalarFn, true, test, max),
  make_list: ([value, max]) => collect(value as ScalarFn, false, undefined, max),
  make_list_if: ([value, test, max]) => collect(value as ScalarFn, false, test, max),
  make_bag: ([value]) => makeBag(value as ScalarFn),
  any: (args, node) => takeAny(args, node),
  take_any: (args, node) => takeAny(args, node),
  anyif: (args, node) => takeAny(args, node, args[args.length - 1]),
  take_anyif: (args, node) => takeAny(args, node, args[args.length - 1]),
  arg_max: (args, node) => argExtreme(args, node, 1),
  arg_min: (args, node) => argExtreme(args, node, -1)
}

/** Compiles one aggregate call of a `summarize` (`count()`, `make_set(x)`, `arg_max(t, *)`...). */
export function compileAggregate(node: KqlNode, scope: CompileScope): CompiledAggregate {
  if (node.kind !== 'FunctionCallExpression')
    return unsupported(`'${node.text}' as a summarize aggregate`, 'only aggregate function calls are evaluated')
  const name = nameOf(field(node, 'Name')) ?? ''
  const factory = Object.prototype.hasOwnProperty.call(AGGREGATES, name) ? AGGREGATES[name] : undefined
  if (!factory) return unsupported(`the aggregate function '${name}()'`)
  const argNodes = itemsOf(field(node, 'ArgumentList'), 'Expressions')
  const args = argNodes.map((arg) => (arg.kind === 'StarExpression' ? () => null : scope.scalar(arg, scope)))
  return factory(args, node, scope)
}
