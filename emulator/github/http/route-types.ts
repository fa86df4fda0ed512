import type { IncomingHttpHeaders } from 'node:http'
import type { ShapeContext } from '../shapes/shape-context.js'
import type { TokenRecord } from '../state/records.js'

/** A request as handlers see it: read whole, JSON already parsed. */
export interface GitHubRequest {
  method: string
  /** The path as GitHub routes it (`/repositories/{id}/…` already rewritten to `/repos/{owner}/{repo}/…`). */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** The parsed JSON body; `undefined` when there was none. */
  body: unknown
}

export interface GitHubResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface RouteContext extends ShapeContext {
  request: GitHubRequest
  /** Path parameters by name, decoded: `owner`, `repo`, `issue_number`, `path`… */
  params: Record<string, string>
  /** Who called; `ANONYMOUS_CALLER` on routes that authenticate on their own (the OIDC endpoints). */
  caller: TokenRecord
  /** The emulator's current time, formatted as GitHub formats times. */
  now(): string
  /** The documentation URL of the matched route, which GitHub puts in every error body. */
  docs: string
}

/**
 * One endpoint. `pattern` uses the names of GitHub's OpenAPI description (`/repos/{owner}/{repo}/issues`); a
 * trailing `{path+}` takes the rest of the path. `name` is Octokit's method name, which the request log and fault
 * injection use.
 */
export interface RouteDefinition {
  method: string
  pattern: string
  name: string
  docs: string
  /** `rest` routes (the default) need a token and count against rate limits; the others authenticate themselves. */
  kind?: 'rest' | 'unauthenticated'
  /** A non-GET route that changes nothing (GraphQL queries): not a write, not subject to the secondary limit. */
  readOnly?: boolean
  handle(context: RouteContext): GitHubResponse
}

export const ANONYMOUS_CALLER: TokenRecord = { token: '', login: '', kind: 'user', permission: 'read' }
