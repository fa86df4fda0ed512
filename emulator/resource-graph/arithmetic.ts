import { Timespan } from './datetime.js'
import { toKqlReal } from './values.js'

/** `+ - * / %` over numbers, datetimes and timespans; null when either side is null or the types do not combine. */

const numeric = (value: unknown): number | null => (typeof value === 'number' ? value : toKqlReal(value))

export function kqlAdd(a: unknown, b: unknown): unknown {
  if (a === null || b === null || a === undefined || b === undefined) return null
  if (a instanceof Date && b instanceof Timespan) return new Date(a.getTime() + b.ms)
  if (a instanceof Timespan && b instanceof Date) return new Date(b.getTime() + a.ms)
  if (a instanceof Timespan && b instanceof Timespan) return new Timespan(a.ms + b.ms)
  const x = numeric(a)
  const y = numeric(b)
  return x === null || y === null ? null : x + y
}

export function kqlSubtract(a: unknown, b: unknown): unknown {
  if (a === null || b === null || a === undefined || b === undefined) return null
  if (a instanceof Date && b instanceof Date) return new Timespan(a.getTime() - b.getTime())
  if (a instanceof Date && b instanceof Timespan) return new Date(a.getTime() - b.ms)
  if (a instanceof Timespan && b instanceof Timespan) return new Timespan(a.ms - b.ms)
  const x = numeric(a)
  const y = numeric(b)
  return x === null || y === null ? null : x - y
}

export function kqlMultiply(a: unknown, b: unknown): unknown {
  if (a === null || b === null || a === undefined || b === undefined) return null
  if (a instanceof Timespan && typeof b === 'number') return new Timespan(a.ms * b)
  if (b instanceof Timespan && typeof a === 'number') return new Timespan(b.ms * a)
  const x = numeric(a)
  const y = numeric(b)
  return x === null || y === null ? null : x * y
}

/** `integer`: the language service typed the result `long`/`int`, so the division truncates (and /0 is null). */
export function kqlDivide(a: unknown, b: unknown, integer: boolean): unknown {
  if (a === null || b === null || a === undefined || b === undefined) return null
  if (a instanceof Timespan && b instanceof Timespan) return b.ms === 0 ? null : a.ms / b.ms
  if (a instanceof Timespan && typeof b === 'number') return b === 0 ? null : new Timespan(a.ms / b)
  const x = numeric(a)
  const y = numeric(b)
  if (x === null || y === null) return null
  if (integer) return y === 0 ? null : Math.trunc(x / y)
  return x / y
}

export function kqlModulo(a: unknown, b: unknown): unknown {
  const x = numeric(a)
  const y = numeric(b)
  return x === null || y === null || y === 0 ? null : x % y
}

export function kqlNegate(a: unknown): unknown {
  if (a === null || a === undefined) return null
  if (a instanceof Timespan) return new Timespan(-a.ms)
  const x = numeric(a)
  return x === null ? null : -x
}
