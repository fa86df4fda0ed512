import type { IncomingHttpHeaders } from 'node:http'
import type { GitHubState, TokenRecord } from '../state/records.js'

export type Authentication = { kind: 'none' } | { kind: 'valid'; token: TokenRecord } | { kind: 'invalid' }

/** Reads `Authorization: token X` or `Bearer X` (what Octokit and curl users send) and finds the token. */
export function authenticate(state: GitHubState, headers: IncomingHttpHeaders): Authentication {
  const header = headers.authorization
  if (header === undefined || header.trim() === '') return { kind: 'none' }
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)
  const token = match ? state.tokens.find((t) => t.token === match[1]) : undefined
  return token ? { kind: 'valid', token } : { kind: 'invalid' }
}
