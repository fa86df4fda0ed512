import { Timespan } from './datetime.js'
import { isCollection, toKqlDateTime, toKqlReal, toKqlString } from './values.js'

/**
 * Comparison semantics (Kusto's null rules): `==` of two nulls is null, of a null and a value is false; `!=` of
 * two nulls is null, of a null and a value is true; ordering with a null is null. A dynamic compared with a typed
 * value is converted to that value's type first.
 */

export function kqlEquals(a: unknown, b: unknown): boolean | null {
  if (a === undefined) a = null
  if (b === undefined) b = null
  if (a === null || b === null) return a === null && b === null ? null : false
  const typeA = typeof a
  if (typeA === typeof b && typeA !== 'object') return a === b
  if (a instanceof Date || b instanceof Date) {
    const x = toKqlDateTime(a)
    const y = toKqlDateTime(b)
    return x === null || y === null ? false : x.getTime() === y.getTime()
  }
  if (a instanceof Timespan || b instanceof Timespan)
    return a instanceof Timespan && b instanceof Timespan && a.ms === b.ms
  if (typeA === 'string' || typeof b === 'string') return toKqlString(a) === toKqlString(b)
  if (typeA === 'number' || typeof b === 'number') return toKqlReal(a) === toKqlReal(b)
  if (isCollection(a) || isCollection(b)) return JSON.stringify(a) === JSON.stringify(b)
  return a === b
}

export function kqlNotEquals(a: unknown, b: unknown): boolean | null {
  const equal = kqlEquals(a, b)
  return equal === null ? null : !equal
}

/** Ordering of two non-null values of compatible types: negative, zero or positive; undefined when incomparable. */
export function compareDefined(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (a instanceof Date || b instanceof Date) {
    const x = toKqlDateTime(a)
    const y = toKqlDateTime(b)
    return x === null || y === null ? undefined : x.getTime() - y.getTime()
  }
  if (a instanceof Timespan && b instanceof Timespan) return a.ms - b.ms
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toKqlReal(a)
    const y = toKqlReal(b)
    return x === null || y === null ? undefined : x - y
  }
  if (typeof a === 'string' || typeof b === 'string') {
    const x = toKqlString(a)
    const y = toKqlString(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  return undefined
}

/** `<`, `<=`, `>`, `>=`: null when either side is null or the values cannot be ordered. */
export function kqlOrder(a: unknown, b: unknown, test: (order: number) => boolean): boolean | null {
  if (a === null || a === undefined || b === null || b === undefined) return null
  const order = compareDefined(a, b)
  return order === undefined || Number.isNaN(order) ? null : test(order)
}

/** Sort order of precomputed key values, with Kusto's null placement per key. */
export function compareSortKeys(
  x: readonly unknown[],
  y: readonly unknown[],
  specs: readonly { descending: boolean; nullsFirst: boolean }[]
): number {
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as (typeof specs)[number]
    const a = x[i]
    const b = y[i]
    const aNull = a === null || a === undefined
    const bNull = b === null || b === undefined
    if (aNull || bNull) {
      if (aNull && bNull) continue
      return aNull === spec.nullsFirst ? -1 : 1
    }
    const order = compareDefined(a, b) ?? 0
    if (order !== 0 && !Number.isNaN(order)) return spec.descending ? -order : order
  }
  return 0
}

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127

/**
 * `has`: the needle occurs as a whole term (its ends are not glued to other letters or digits). Kusto indexes
 * terms of alphanumeric runs; a needle with punctuation matches as a phrase.
 */
export function hasTerm(haystack: string, needle: string, caseSensitive: boolean): boolean {
  if (needle === '') return true
  const text = caseSensitive ? haystack : haystack.toLowerCase()
  const term = caseSensitive ? needle : needle.toLowerCase()
  const startsWord = isWordChar(term.charCodeAt(0))
  const endsWord = isWordChar(term.charCodeAt(term.length - 1))
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const before = at === 0 || !startsWord || !isWordChar(text.charCodeAt(at - 1))
    const end = at + term.length
    const after = end === text.length || !endsWord || !isWordChar(text.charCodeAt(end))
    if (before && after) return true
  }
  return false
}
