import { formatDateTime, parseDateTime, parseTimespan, Timespan } from './datetime.js'

/**
 * Kusto values at run time: `string` → JS string (never null; missing is ''), `long`/`int`/`real` → number,
 * `bool` → boolean, `datetime` → Date, `timespan` → Timespan, `dynamic` → JSON-like JS value; null is null.
 */

/** A property bag or array (a `dynamic` that is not a scalar). */
export function isCollection(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Timespan)
}

export function isBag(value: unknown): value is Record<string, unknown> {
  return isCollection(value) && !Array.isArray(value)
}

/** `tostring()`: null → '', datetimes and timespans in Kusto's format, bags and arrays as compact JSON. */
export function toKqlString(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return formatDateTime(value)
  if (value instanceof Timespan) return value.toString()
  return JSON.stringify(value)
}

/** `tobool()`: booleans, numbers (non-zero is true) and the strings `true`/`false` (any casing); otherwise null. */
export function toKqlBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase()
    return lower === 'true' ? true : lower === 'false' ? false : null
  }
  return null
}

/** `toreal()`: numbers, numeric strings and booleans (1/0); otherwise null. */
export function toKqlReal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim())
    return Number.isNaN(parsed) ? null : parsed
  }
  if (value instanceof Timespan) return value.ms * 10_000
  return null
}

/** `tolong()` / `toint()`: as `toreal()`, truncated toward zero. */
export function toKqlLong(value: unknown): number | null {
  const real = toKqlReal(value)
  return real === null || !Number.isFinite(real) ? null : Math.trunc(real)
}

/** `todatetime()`: datetimes and parsable strings; otherwise null. */
export function toKqlDateTime(value: unknown): Date | null {
  if (value instanceof Date) return value
  if (typeof value === 'string') {
    // Rows repeat the same text (an expectation's `assignedAt` on every cluster it covers): parsed once in a row.
    if (value !== lastDateText) {
      lastDateText = value
      lastDateMs = parseDateTime(value)
    }
    return lastDateMs === undefined ? null : new Date(lastDateMs)
  }
  return null
}

let lastDateText: string | undefined
let lastDateMs: number | undefined

/** `totimespan()`: timespans and parsable strings; otherwise null. */
export function toKqlTimespan(value: unknown): Timespan | null {
  if (value instanceof Timespan) return value
  if (typeof value === 'string') {
    const ms = parseTimespan(value)
    return ms === undefined ? null : new Timespan(ms)
  }
  return null
}

/** `parse_json()` / `todynamic()`: a string holding JSON becomes that value; other values are already dynamic. */
export function toKqlDynamic(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

/** `isempty()`: null, '' and an empty dynamic string. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

/** `isnull()`: strings are never null. */
export function isNullValue(value: unknown): boolean {
  return value === null || value === undefined
}

/** A key that is equal exactly for equal Kusto values (grouping, distinct, join keys, sets). */
export function valueKey(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value !== 'object') return value
  if (value instanceof Date) return `\u0001d${value.getTime()}`
  if (value instanceof Timespan) return `\u0001t${value.ms}`
  return `\u0001j${JSON.stringify(value)}`
}

/** One key for several values. */
export function compositeKey(values: readonly unknown[]): unknown {
  if (values.length === 1) return valueKey(values[0])
  let joined = ''
  for (let i = 0; i < values.length; i++) {
    const key = valueKey(values[i])
    if (i > 0) joined += '\u0000'
    joined += typeof key === 'string' ? `s${key.length}:${key}` : `${typeof key}:${String(key)}`
  }
  return joined
}

/** A value as it goes into a JSON response (datetimes and timespans as Kusto prints them, undefined as null). */
export function toJsonValue(value: unknown, type: string | undefined): unknown {
  if (value === undefined || value === null) return type === 'string' ? '' : null
  if (value instanceof Date) return formatDateTime(value)
  if (value instanceof Timespan) return value.toString()
  return value
}
