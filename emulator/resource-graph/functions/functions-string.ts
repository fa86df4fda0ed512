import { toKqlLong, toKqlString } from '../values.js'
import { convertTo } from './functions-convert.js'
import { fn, kqlRegex, KqlTypeRef, type FunctionTable } from './function-types.js'

const str = toKqlString

export const stringFunctions: FunctionTable = {
  tolower: fn(1, 1, ([s]) => str(s).toLowerCase()),
  toupper: fn(1, 1, ([s]) => str(s).toUpperCase()),
  strlen: fn(1, 1, ([s]) => [...str(s)].length),
  strcat: fn(1, 64, (args) => args.map(str).join('')),
  strcat_delim: fn(3, 65, ([delimiter, ...args]) => args.map(str).join(str(delimiter))),
  strcat_array: fn(2, 2, ([array, delimiter]) => (Array.isArray(array) ? array.map(str).join(str(delimiter)) : '')),
  /** `split(s, delimiter[, index])`: a dynamic array; with an index, an array holding that one element (or empty). */
  split: fn(2, 3, ([s, delimiter, index]) => {
    const parts = str(s).split(str(delimiter))
    if (index === undefined) return parts
    const i = toKqlLong(index)
    if (i === null) return null
    const part = parts[i < 0 ? parts.length + i : i]
    return part === undefined ? [] : [part]
  }),
  /** `substring(s, start[, length])`: start below zero counts from 0. */
  substring: fn(2, 3, ([s, start, length]) => {
    const chars = [...str(s)]
    const from = Math.max(0, toKqlLong(start) ?? 0)
    const count = length === undefined ? chars.length : Math.max(0, toKqlLong(length) ?? 0)
    return chars.slice(from, from + count).join('')
  }),
  indexof: fn(2, 5, ([s, lookup, start]) => str(s).indexOf(str(lookup), toKqlLong(start ?? 0) ?? 0)),
  replace_string: fn(3, 3, ([s, lookup, rewrite]) =>
    str(lookup) === '' ? str(s) : str(s).split(str(lookup)).join(str(rewrite))
  ),
  replace_regex: fn(3, 3, ([s, pattern, rewrite]) =>
    str(s).replace(kqlRegex(str(pattern), 'g'), str(rewrite).replace(/\\(\d)/g, '$$$1'))
  ),
  /** `extract(regex, group, text[, typeof(T)])`: the captured group, '' (or null when typed) without a match. */
  extract: fn(3, 4, ([pattern, group, text, type]) => {
    const match = kqlRegex(str(pattern)).exec(str(text))
    const captured = match?.[toKqlLong(group) ?? 0]
    if (type instanceof KqlTypeRef && type.name !== 'string')
      return captured === undefined ? null : convertTo(captured, type.name)
    return captured ?? ''
  }),
  trim: fn(2, 2, ([pattern, s]) => {
    const p = str(pattern)
    return str(s).replace(kqlRegex(`^(?:${p})+|(?:${p})+$`, 'g'), '')
  })
}
