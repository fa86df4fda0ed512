import { createHash } from 'node:crypto'

/** What a `$skipToken` carries: where the next page starts, in which snapshot, for which query and scope. */
export interface SkipToken {
  snapshot: string
  offset: number
  hash: string
}

/** The hash that ties a token to its request (query text, scope, result format). */
export function requestHash(query: string, scope: readonly string[] | undefined, format: string): string {
  return createHash('sha256')
    .update(JSON.stringify([query, scope ?? null, format]))
    .digest('base64url')
    .slice(0, 22)
}

export function encodeSkipToken(token: SkipToken): string {
  return Buffer.from(JSON.stringify({ s: token.snapshot, o: token.offset, h: token.hash })).toString('base64')
}

/** The token, or undefined when it is not one of ours. */
export function decodeSkipToken(text: string): SkipToken | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as { s?: unknown; o?: unknown; h?: unknown }
    if (
      typeof parsed.s !== 'string' ||
      typeof parsed.h !== 'string' ||
      typeof parsed.o !== 'number' ||
      !Number.isInteger(parsed.o) ||
      parsed.o < 0
    )
      return undefined
    return { snapshot: parsed.s, offset: parsed.o, hash: parsed.h }
  } catch {
    return undefined
  }
}
