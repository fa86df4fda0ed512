import { Timespan } from '../datetime.js'
import { toKqlBool, toKqlDateTime, toKqlDynamic, toKqlLong, toKqlReal, toKqlString, toKqlTimespan } from '../values.js'
import { fn, type FunctionTable } from './function-types.js'

/** Converts a value to a Kusto type by name (`tolong`, `todatetime`... semantics); null when it does not convert. */
export function convertTo(value: unknown, type: string): unknown {
  switch (type) {
    case 'string':
    case 'guid':
      return toKqlString(value)
    case 'long':
    case 'int':
      return toKqlLong(value)
    case 'real':
    case 'decimal':
      return toKqlReal(value)
    case 'bool':
      return toKqlBool(value)
    case 'datetime':
      return toKqlDateTime(value)
    case 'timespan':
      return toKqlTimespan(value)
    default:
      return value ?? null
  }
}

/** Whether a value already has a Kusto type (a cast, no parsing: mv-expand's `to typeof(T)`). */
export function conformsTo(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
    case 'guid':
      return typeof value === 'string'
    case 'long':
    case 'int':
      return typeof value === 'number' && Number.isInteger(value)
    case 'real':
    case 'decimal':
      return typeof value === 'number'
    case 'bool':
      return typeof value === 'boolean'
    case 'datetime':
      return value instanceof Date || (typeof value === 'string' && toKqlDateTime(value) !== null)
    case 'timespan':
      return value instanceof Timespan
    default:
      return true
  }
}

export const convertFunctions: FunctionTable = {
  tostring: fn(1, 1, ([v]) => toKqlString(v)),
  toint: fn(1, 1, ([v]) => toKqlLong(v)),
  tolong: fn(1, 1, ([v]) => toKqlLong(v)),
  toreal: fn(1, 1, ([v]) => toKqlReal(v)),
  todouble: fn(1, 1, ([v]) => toKqlReal(v)),
  tobool: fn(1, 1, ([v]) => toKqlBool(v)),
  toboolean: fn(1, 1, ([v]) => toKqlBool(v)),
  todatetime: fn(1, 1, ([v]) => toKqlDateTime(v)),
  totimespan: fn(1, 1, ([v]) => toKqlTimespan(v)),
  todynamic: fn(1, 1, ([v]) => toKqlDynamic(v)),
  parse_json: fn(1, 1, ([v]) => toKqlDynamic(v))
}
