import { kqlEquals } from '../compare.js'
import { isBag, toKqlString } from '../values.js'
import { fn, type FunctionTable } from './function-types.js'

function pack(args: readonly unknown[]): Record<string, unknown> {
  const bag: Record<string, unknown> = {}
  for (let i = 0; i + 1 < args.length; i += 2) bag[toKqlString(args[i])] = args[i + 1] ?? null
  return bag
}

export const dynamicFunctions: FunctionTable = {
  /** Null unless the value is an array. */
  array_length: fn(1, 1, ([v]) => (Array.isArray(v) ? v.length : null)),
  array_index_of: fn(2, 2, ([array, value]) =>
    Array.isArray(array) ? array.findIndex((item) => kqlEquals(item, value) === true) : null
  ),
  set_has_element: fn(2, 2, ([array, value]) =>
    Array.isArray(array) ? array.some((item) => kqlEquals(item, value) === true) : null
  ),
  bag_keys: fn(1, 1, ([bag]) => (isBag(bag) ? Object.keys(bag) : null)),
  bag_has_key: fn(2, 2, ([bag, key]) =>
    isBag(bag) ? Object.prototype.hasOwnProperty.call(bag, toKqlString(key)) : null
  ),
  pack: fn(2, 64, pack),
  bag_pack: fn(2, 64, pack),
  pack_array: fn(1, 64, (args) => args.map((v) => v ?? null))
}
