import { terminalText } from './terminal-text.js'
import { errorText } from '../util/error-text.js'

/** How many causes (and errors of an AggregateError) are followed; a cycle or a deep chain stops there. */
const MAX_PARTS = 8
/** Longest text shown: an error that echoes a whole request body is cut. */
const MAX_LENGTH = 4000

/**
 * What a last-resort handler prints for an error nothing else handled (the CLI's top-level catch, the action's
 * `setFailed`, an uncaught exception or unhandled rejection): one line of terminal-safe text. Each message (the
 * error's, its Azure code and HTTP status, each `cause`, each error of an AggregateError) goes through errorText,
 * which hides secret settings and anything that looks like a secret (Azure's errors can echo a request: Key Vault
 * values, `httpsKey`, tokens), then through terminalText, so no line break or escape sequence reaches the terminal
 * or starts a workflow command. Nothing but messages is shown: never a request, its headers, a response or a stack.
 * Pure.
 */
export function crashText(error: unknown): string {
  const parts: string[] = []
  const seen = new Set<unknown>()
  const queue: Array<{ value: unknown; label: string }> = [{ value: error, label: '' }]
  while (queue.length > 0 && parts.length < MAX_PARTS) {
    const { value, label } = queue.shift()!
    if (seen.has(value)) continue
    seen.add(value)
    parts.push(`${label}${describe(value)}`)
    if (!isObject(value)) continue
    if (value instanceof AggregateError && Array.isArray(value.errors)) {
      for (const inner of value.errors) queue.push({ value: inner, label: 'error: ' })
    }
    if ('cause' in value && value.cause !== undefined) queue.push({ value: value.cause, label: 'cause: ' })
  }
  const text = terminalText(parts.join(' — '))
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text
}

/** One error's message with its Azure code and HTTP status (from a RestError), secrets hidden. */
function describe(value: unknown): string {
  const message = isObject(value) && typeof value.message === 'string' ? value.message : nonErrorText(value)
  const facts = isObject(value) ? [stringField(value.code), numberField(value.statusCode)] : []
  const known = facts.filter((f) => f !== undefined)
  const said = errorText(message) || '(no message)'
  return known.length > 0 ? `${said} (${errorText(known.join(', '))})` : said
}

/** A thrown value that is no error: a string or number as it is; an object only by its kind (it may hold anything). */
function nonErrorText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value === null || value === undefined) return `${value} was thrown`
  return `a ${typeof value === 'object' ? 'non-error object' : typeof value} was thrown`
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const stringField = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
const numberField = (value: unknown) => (typeof value === 'number' ? `HTTP ${value}` : undefined)
