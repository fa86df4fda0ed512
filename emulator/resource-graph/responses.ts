import { createHash } from 'node:crypto'
import type { KqlError } from './errors.js'

/** An HTTP answer without the HTTP: the server writes `status`, `headers` and `JSON.stringify(body)`. */
export interface ResourceGraphResponse {
  status: number
  headers: Record<string, string>
  body: unknown
}

export interface ErrorDetail {
  code: string
  message: string
  [extra: string]: unknown
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }

/** Resource Graph puts a timestamp and correlation id in every error message; the id is derived, not random. */
function supportMessage(now: number, seed: string): string {
  const hex = createHash('sha256').update(`${now}:${seed}`).digest('hex')
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  return `Please provide below info when asking for support: timestamp = ${new Date(now).toISOString()}, correlationId = ${id}.`
}

export function badRequest(
  now: number,
  seed: string,
  details: ErrorDetail[],
  headers: Record<string, string> = {}
): ResourceGraphResponse {
  return {
    status: 400,
    headers: { ...JSON_HEADERS, ...headers },
    body: { error: { code: 'BadRequest', message: supportMessage(now, seed), details } }
  }
}

/** 400 for a query that cannot run: `InvalidQuery`, then what is wrong (as Resource Graph lists parser failures). */
export function invalidQuery(
  now: number,
  query: string,
  error: KqlError,
  headers: Record<string, string> = {}
): ResourceGraphResponse {
  const detail: ErrorDetail = { code: error.code, message: error.message }
  if (error.construct !== undefined) detail.construct = error.construct
  if (error.position) Object.assign(detail, error.position)
  return badRequest(
    now,
    query,
    [
      {
        code: 'InvalidQuery',
        message:
          'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying.'
      },
      detail
    ],
    headers
  )
}

export function rateLimited(now: number, headers: Record<string, string>): ResourceGraphResponse {
  return {
    status: 429,
    headers: { ...JSON_HEADERS, ...headers },
    body: {
      error: {
        code: 'RateLimiting',
        message: supportMessage(now, 'RateLimiting'),
        details: [
          {
            code: 'RateLimiting',
            message:
              'Client application has been throttled and should not attempt to repeat the request until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.'
          }
        ]
      }
    }
  }
}

export function ok(body: unknown, headers: Record<string, string>): ResourceGraphResponse {
  return { status: 200, headers: { ...JSON_HEADERS, ...headers }, body }
}
