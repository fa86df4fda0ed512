import { KqlError } from '../errors.js'
import type { Runtime } from '../table.js'

/** A scalar function over already-evaluated arguments. */
export interface ScalarFunction {
  /** Smallest and largest argument count (the language service checks them too). */
  readonly arity: readonly [number, number]
  readonly call: (args: readonly unknown[], rt: Runtime) => unknown
}

export type FunctionTable = Readonly<Record<string, ScalarFunction>>

export const fn = (min: number, max: number, call: ScalarFunction['call']): ScalarFunction => ({
  arity: [min, max],
  call
})

/** A `typeof(long)` argument (extract's result type, mv-expand's `to typeof(...)`). */
export class KqlTypeRef {
  constructor(readonly name: string) {}
}

const regexCache = new Map<string, RegExp>()

/** Compiles (and caches) a Kusto regular expression; RE2 and JavaScript agree on the syntax queries use here. */
export function kqlRegex(pattern: string, flags = ''): RegExp {
  const key = `${flags}/${pattern}`
  let regex = regexCache.get(key)
  if (!regex) {
    try {
      regex = new RegExp(pattern, flags)
    } catch (error) {
      throw new KqlError('InvalidQueryValue', `Invalid regular expression '${pattern}': ${(error as Error).message}`, {
        construct: 'regex'
      })
    }
    if (regexCache.size > 500) regexCache.clear()
    regexCache.set(key, regex)
  }
  return regex
}
