import { convertFunctions } from './functions-convert.js'
import { datetimeFunctions } from './functions-datetime.js'
import { dynamicFunctions } from './functions-dynamic.js'
import { logicFunctions } from './functions-logic.js'
import { stringFunctions } from './functions-string.js'
import type { FunctionTable, ScalarFunction } from './function-types.js'

/** Every scalar function the emulator evaluates, by its Kusto name. */
export const SCALAR_FUNCTIONS: FunctionTable = {
  ...convertFunctions,
  ...stringFunctions,
  ...logicFunctions,
  ...dynamicFunctions,
  ...datetimeFunctions
}

export function scalarFunction(name: string): ScalarFunction | undefined {
  return Object.prototype.hasOwnProperty.call(SCALAR_FUNCTIONS, name) ? SCALAR_FUNCTIONS[name] : undefined
}
