/**
 * The path and query of a request as the emulator matches them. Repeated slashes collapse (arm-policy v7 sends
 * `//subscriptions/...` for a scope with a leading slash) and the path is never handed to `new URL(path, base)`,
 * which would read `//subscriptions/x` as a protocol-relative URL whose host is `subscriptions`.
 */
export interface RequestTarget {
  /** `/segment/segment` with single slashes, each segment percent-decoded; `/` for the root. */
  path: string
  segments: string[]
  /** Query names and values decoded (`%24filter` → `$filter`). */
  query: URLSearchParams
}

export function parseRequestTarget(rawUrl: string): RequestTarget {
  const questionMark = rawUrl.indexOf('?')
  const rawPath = questionMark === -1 ? rawUrl : rawUrl.slice(0, questionMark)
  const rawQuery = questionMark === -1 ? '' : rawUrl.slice(questionMark + 1)
  const segments = rawPath
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment)
  return { path: `/${segments.join('/')}`, segments, query: new URLSearchParams(rawQuery) }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The query as a plain object (the last value wins for repeated names), for the request log. */
export function queryObject(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries())
}
