import type { ErrorObject, ValidateFunction } from 'ajv'
import * as compiled from './schema/compiled-validators.js'
import { problemAt, type Problem } from './problem.js'
import type { RuleId } from './rules.js'
import { secretKind } from './secrets.js'
import { didYouMean } from './suggest.js'
import type { PathSegment, SourceDocument } from './yaml-document.js'

import type { FileKind } from './policy-paths.js'

export type { FileKind }

/**
 * The validators, compiled from the schemas at build time (scripts/compile-validators.mjs) so a cold start does not
 * generate validator code; `npm run check-dist` fails when they are stale.
 */
const validators: Record<FileKind, ValidateFunction> = { platform: compiled.platform, team: compiled.team }

export interface SchemaCheck {
  problems: Problem[]
  /** JSON pointers of the values that failed (for errors about a key: the object holding it). */
  failedPointers: string[]
}

/** Checks a document against its file kind's JSON Schema; every failure becomes a positioned problem. */
export function checkSchema(kind: FileKind, document: SourceDocument): SchemaCheck {
  const validate = validators[kind]
  if (validate(document.value)) return { problems: [], failedPointers: [] }
  const errors = (validate.errors ?? []).filter((error) => !isNoise(error))
  return {
    problems: dedupe(errors.map((error) => toProblem(document, error))),
    failedPointers: errors.map((e) => e.instancePath)
  }
}

// `if`/`propertyNames` wrappers repeat an error already reported by the inner keyword (which, for a property
// name, carries `propertyName` on the error itself).
function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if' || error.keyword === 'propertyNames'
}

function toProblem(document: SourceDocument, error: ErrorObject): Problem {
  const path = pointerToPath(error.instancePath)
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>
  const name = describePath(path)
  const ruled = (fallback: RuleId): RuleId => (schema['x-rule'] as RuleId | undefined) ?? fallback
  const fix = (fallback: string): string => (schema['x-fix'] as string | undefined) ?? fallback
  const at = (p: PathSegment[]) => problemAt.bind(null, document.file, document.keyPositionOf(p))
  // Wrong values point at the value itself; missing and unknown keys at the key.
  const atValue = (p: PathSegment[]) => problemAt.bind(null, document.file, document.positionOf(p))
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const known = Object.keys((schema.properties as object | undefined) ?? {})
      const hint = didYouMean(key, known)
      const where = path.length === 0 ? 'here' : `in ${name}`
      return at([...path, key])(
        'unknown-key',
        `Unknown key \`${key}\` ${where}.${hint ? ` Did you mean \`${hint}\`?` : ''} Known keys: ${known.join(', ')}.`
      )
    }
    case 'required': {
      const missing = String(error.params.missingProperty)
      return at(path)(
        'missing-field',
        `${path.length === 0 ? 'The file' : name} is missing the required field \`${missing}\`; add it.`
      )
    }
    case 'type': {
      // A bare number where a duration is expected is almost always seconds: say how to write it.
      const asDuration =
        schema['x-rule'] === 'duration-format' && typeof error.data === 'number' && Number.isInteger(error.data)
          ? ` Write a duration such as \`${error.data}s\`.`
          : ''
      return atValue(path)(
        'wrong-type',
        `${name} must be ${article(String(error.params.type))}, not ${describeTyped(error.data)}.${asDuration}`
      )
    }
    case 'enum':
      return atValue(path)(
        ruled('invalid-value'),
        `${name} must be one of ${(error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')} (case-sensitive), not ${describeValue(error.data)}.`
      )
    case 'const':
      return atValue(path)(
        ruled('invalid-value'),
        `${name} ${fix(`must be ${JSON.stringify(error.params.allowedValue)}`)}, not ${describeTyped(error.data)}.`
      )
    case 'propertyNames': {
      const key = String(error.params.propertyName)
      return at([...path, key])(ruled('invalid-value'), `\`${key}\`: ${fix('is not an allowed name')}.`)
    }
    case 'maxLength':
    case 'maxItems':
      // Limits are the same whatever the field's own rule: say the limit, never echo the (long) value.
      return atValue(path)('value-too-long', `${name} ${plainMessage(error)}; shorten it.`)
    default:
      // An error about a key (propertyNames) points at that key, not at the mapping that holds it.
      return (error.propertyName === undefined ? atValue(path) : at([...path, error.propertyName]))(
        ruled('invalid-value'),
        `${name} ${fix(plainMessage(error))}${describeData(error)}.`
      )
  }
}

/**
 * Ajv's wording for the size limits, said plainly ("must NOT have fewer than 1 items" → "must list at least one item").
 */
function plainMessage(error: ErrorObject): string {
  const limit = Number(error.params?.limit)
  const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`)
  switch (error.keyword) {
    case 'minItems':
      return `must list at least ${count(limit, 'item', 'items')}`
    case 'maxItems':
      return `must list at most ${count(limit, 'item', 'items')}`
    case 'minProperties':
      return `must have at least ${count(limit, 'entry', 'entries')}`
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`
    case 'maxLength':
      return `must be at most ${limit} characters long`
    case 'minimum':
      return `must be at least ${limit}`
    default:
      return error.message ?? 'is not valid'
  }
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.rule}:${p.message}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'The file'
  return '`' + path.map((s, i) => (/^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') + '`'
}

function article(type: string): string {
  return type === 'integer' ? 'an integer' : type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return value.length > 60 || secretKind(value) ? 'the value given' : `\`${value}\``
  return `\`${String(value)}\``
}

/** Like describeValue, naming the type too: a wrong type is the point of the message (`1` vs the string `1`). */
function describeTyped(value: unknown): string {
  const shown = describeValue(value)
  if (typeof value === 'string') return shown === 'the value given' ? 'a string' : `the string ${shown}`
  if (typeof value === 'number') return `the number ${shown}`
  if (typeof value === 'boolean') return `the boolean ${shown}`
  return shown
}

function describeData(error: ErrorObject): string {
  const data = error.data
  return typeof data === 'string' && data.length <= 80 && error.keyword === 'pattern' && !secretKind(data)
    ? ` (got \`${data}\`)`
    : ''
}
