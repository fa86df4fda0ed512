import { KqlError } from '../errors.js'
import { MS, Timespan } from '../datetime.js'
import { toKqlDateTime, toKqlLong, toKqlReal, toKqlString } from '../values.js'
import { fn, type FunctionTable } from './function-types.js'

const UNIT_MS: Record<string, number> = {
  day: MS.day,
  hour: MS.hour,
  minute: MS.minute,
  second: MS.second,
  millisecond: 1,
  microsecond: MS.microsecond,
  nanosecond: MS.microsecond / 1000
}

function period(name: unknown): string {
  const p = toKqlString(name).toLowerCase()
  const singular = p.endsWith('s') ? p.slice(0, -1) : p
  if (!['year', 'quarter', 'month', 'week', ...Object.keys(UNIT_MS)].includes(singular)) {
    throw new KqlError('InvalidQueryValue', `Unknown datetime period '${toKqlString(name)}'.`, {
      construct: 'datetime period'
    })
  }
  return singular
}

/** How many period boundaries lie between two instants (Kusto counts calendar boundaries, weeks start on Sunday). */
function boundaryIndex(ms: number, unit: string): number {
  const d = new Date(ms)
  switch (unit) {
    case 'year':
      return d.getUTCFullYear()
    case 'quarter':
      return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3)
    case 'month':
      return d.getUTCFullYear() * 12 + d.getUTCMonth()
    case 'week':
      return Math.floor((Math.floor(ms / MS.day) + 4) / 7)
    default:
      return Math.floor(ms / (UNIT_MS[unit] ?? 1))
  }
}

function addPeriod(ms: number, unit: string, amount: number): number {
  const d = new Date(ms)
  if (unit === 'year' || unit === 'quarter' || unit === 'month') {
    // As .NET's AddMonths: the day is clamped to the target month's length (Jan 31 + 1 month = Feb 28).
    const months = amount * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1)
    const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1))
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
    target.setUTCDate(Math.min(d.getUTCDate(), lastDay))
    return target.getTime() + (ms - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
  }
  return ms + amount * (unit === 'week' ? 7 * MS.day : (UNIT_MS[unit] ?? 0))
}

function bin(value: unknown, size: unknown): unknown {
  if (value === null || value === undefined || size === null || size === undefined) return null
  if (value instanceof Date && size instanceof Timespan)
    return size.ms <= 0 ? null : new Date(Math.floor(value.getTime() / size.ms) * size.ms)
  if (value instanceof Timespan && size instanceof Timespan)
    return size.ms <= 0 ? null : new Timespan(Math.floor(value.ms / size.ms) * size.ms)
  const v = toKqlReal(value)
  const s = toKqlReal(size)
  return v === null || s === null || s <= 0 ? null : Math.floor(v / s) * s
}

export const datetimeFunctions: FunctionTable = {
  now: fn(0, 1, ([offset], rt) => new Date(rt.now + (offset instanceof Timespan ? offset.ms : 0))),
  ago: fn(1, 1, ([span], rt) => (span instanceof Timespan ? new Date(rt.now - span.ms) : null)),
  /** `datetime_diff(period, a, b)`: boundaries of `period` crossed from b to a. */
  datetime_diff: fn(3, 3, ([unit, a, b]) => {
    const x = toKqlDateTime(a)
    const y = toKqlDateTime(b)
    if (x === null || y === null) return null
    const p = period(unit)
    if (p === 'microsecond' || p === 'nanosecond') return Math.trunc((x.getTime() - y.getTime()) / (UNIT_MS[p] ?? 1))
    return boundaryIndex(x.getTime(), p) - boundaryIndex(y.getTime(), p)
  }),
  datetime_add: fn(3, 3, ([unit, amount, value]) => {
    const d = toKqlDateTime(value)
    const n = toKqlLong(amount)
    return d === null || n === null ? null : new Date(addPeriod(d.getTime(), period(unit), n))
  }),
  startofday: fn(1, 1, ([value]) => {
    const d = toKqlDateTime(value)
    return d === null ? null : new Date(Math.floor(d.getTime() / MS.day) * MS.day)
  }),
  bin: fn(2, 2, ([value, size]) => bin(value, size)),
  floor: fn(2, 2, ([value, size]) => bin(value, size))
}
