// Types of the generated compiled-validators.js (scripts/compile-validators.mjs).
import type { ValidateFunction } from 'ajv'

export declare const platform: ValidateFunction
export declare const team: ValidateFunction
