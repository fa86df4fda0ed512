import { badRequest } from './arm-error.js'

export interface Page<T> {
  value: T[]
  nextLink?: string
}

export interface PagingRequest {
  /** The request path (normalised), reused for nextLink. */
  path: string
  query: URLSearchParams
  /** The ARM origin the client used, e.g. https://127.0.0.1:4321. */
  origin: string
}

/**
 * One page of a list and an absolute nextLink when more remain. `$top` sets the page size (1..max, default
 * `defaultTop`); the position travels in `$skiptoken`, opaque to the client, and the nextLink keeps every other
 * query parameter (api-version, $filter, $top), as ARM's do.
 */
export function pageOf<T>(items: readonly T[], request: PagingRequest, defaultTop = 500, maxTop = 1000): Page<T> {
  const top = readTop(request.query.get('$top'), defaultTop, maxTop)
  const offset = readSkipToken(request.query.get('$skiptoken') ?? request.query.get('$skipToken'))
  const value = items.slice(offset, offset + top)
  if (offset + top >= items.length) return { value }
  const next = new URLSearchParams()
  for (const [name, v] of request.query) if (name.toLowerCase() !== '$skiptoken') next.append(name, v)
  next.set('$skiptoken', Buffer.from(JSON.stringify({ offset: offset + top })).toString('base64url'))
  return { value, nextLink: `${request.origin}${request.path}?${next.toString()}` }
}

function readTop(raw: string | null, defaultTop: number, maxTop: number): number {
  if (raw === null) return defaultTop
  const top = Number(raw)
  if (!Number.isInteger(top) || top < 1 || top > maxTop) {
    throw badRequest(
      'InvalidQueryParameterValue',
      `The value '${raw}' of query parameter '$top' is invalid. It must be an integer between 1 and ${maxTop}.`
    )
  }
  return top
}

function readSkipToken(raw: string | null): number {
  if (raw === null) return 0
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { offset?: unknown }
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset
  } catch {
    // fall through to the error below
  }
  throw badRequest('InvalidSkipToken', `The skip token '${raw}' is invalid.`)
}
