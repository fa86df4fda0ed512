import { compareDefined } from '../compare.js'
import { isEmptyValue, isNullValue, toKqlBool } from '../values.js'
import { fn, type FunctionTable } from './function-types.js'

const iff = fn(3, 3, ([condition, then, otherwise]) => (toKqlBool(condition) === true ? then : otherwise))

/** Kusto's `min_of`/`max_of` skip nulls. */
function extreme(args: readonly unknown[], sign: 1 | -1): unknown {
  let best: unknown = null
  for (const value of args) {
    if (isNullValue(value)) continue
    if (best === null || (compareDefined(value, best) ?? 0) * sign > 0) best = value
  }
  return best
}

export const logicFunctions: FunctionTable = {
  iff,
  iif: iff,
  /** `case(p1, v1, p2, v2, ..., else)`. */
  case: fn(3, 129, (args) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (toKqlBool(args[i]) === true) return args[i + 1]
    return args[args.length - 1]
  }),
  /** The first argument that is not null (for strings: not empty). */
  coalesce: fn(1, 64, (args) => args.find((v) => !isEmptyValue(v)) ?? args[args.length - 1] ?? null),
  not: fn(1, 1, ([v]) => {
    const b = toKqlBool(v)
    return b === null ? null : !b
  }),
  isempty: fn(1, 1, ([v]) => isEmptyValue(v)),
  isnotempty: fn(1, 1, ([v]) => !isEmptyValue(v)),
  isnull: fn(1, 1, ([v]) => isNullValue(v)),
  isnotnull: fn(1, 1, ([v]) => !isNullValue(v)),
  min_of: fn(2, 64, (args) => extreme(args, -1)),
  max_of: fn(2, 64, (args) => extreme(args, 1))
}
