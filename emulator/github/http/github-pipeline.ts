import type { IncomingHttpHeaders } from 'node:http'
import type { SiteUrls } from '../shapes/links.js'
import { githubTime } from '../shapes/links.js'
import type { GitHubState, TokenRecord } from '../state/records.js'
import { accountNamed } from '../shapes/shape-context.js'
import { authenticate } from './authentication.js'
import type { FaultScript } from './faults.js'
import type { GitHubFailure } from './github-errors.js'
import {
  badCredentials,
  GitHubFailure as Failure,
  notFound,
  problemsParsingJson,
  requiresAuthentication,
  REST_DOCS
} from './github-errors.js'
import { RateLimits } from './rate-limits.js'
import type { GitHubRequestLog } from './request-log.js'
import type { GitHubResponse, RouteDefinition } from './route-types.js'
import { ANONYMOUS_CALLER } from './route-types.js'
import { canonicalSegments, matchRoute, pathSegments } from './router.js'
import { DEFAULT_PERSONAL_TOKEN_SCOPES, routePathOf } from './enterprise-layout.js'

/** Everything the pipeline consults; one per emulator. */
export interface Pipeline {
  state: GitHubState
  urls: SiteUrls
  routes: readonly RouteDefinition[]
  rateLimits: RateLimits
  faults: FaultScript
  requests: GitHubRequestLog
  now(): number
}

export interface RawRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

let requestCounter = 0

/**
 * Answers one request as GitHub would, in GitHub's order: route, authentication, body parsing, injected faults,
 * rate limits (primary, then secondary for writes), the handler. Every response carries the rate-limit headers.
 */
export function answer(pipeline: Pipeline, raw: RawRequest): RawResponse {
  const requestId = nextRequestId()
  const [requestPath = '/', rawQuery = ''] = raw.url.split(/\?(.*)/s)
  const { path: rawPath, apiPrefix } = routePathOf(requestPath)
  const urls = apiPrefix === '' ? pipeline.urls : { ...pipeline.urls, api: `${pipeline.urls.api}${apiPrefix}` }
  const query = new URLSearchParams(rawQuery)
  const method = raw.method.toUpperCase()
  const match = matchRoute(pipeline.routes, method, canonicalSegments(pipeline.state, pathSegments(rawPath)))
  let caller: TokenRecord | undefined
  let rateHeaders = RateLimits.unauthenticatedHeaders(pipeline.now())
  let fault = false
  const isWrite =
    match !== undefined && match.route.kind !== 'unauthenticated' && method !== 'GET' && match.route.readOnly !== true
  let response: GitHubResponse
  try {
    const authentication =
      match?.route.kind === 'unauthenticated' ? undefined : authenticate(pipeline.state, raw.headers)
    if (authentication?.kind === 'invalid') throw badCredentials()
    if (!match) throw notFound(REST_DOCS)
    const { route, params } = match
    if (authentication?.kind === 'none') throw requiresAuthentication(route.docs)
    caller = authentication?.kind === 'valid' ? authentication.token : undefined
    const body = parseBody(raw.body, route.docs)
    const injected = pipeline.faults.next(route.name, requestId, pipeline.now())
    if (injected) {
      fault = true
      throw injected
    }
    if (caller) {
      const admission = pipeline.rateLimits.admit(
        `${caller.kind}:${caller.login}`,
        rateLimitSubject(pipeline, caller),
        isWrite,
        requestId,
        caller.actions ? `actions:${params.owner ?? ''}/${params.repo ?? caller.login}`.toLowerCase() : undefined
      )
      rateHeaders = admission.headers
      if (admission.refusal) throw admission.refusal
    }
    response = route.handle({
      state: pipeline.state,
      urls,
      params,
      docs: route.docs,
      caller: caller ?? ANONYMOUS_CALLER,
      request: { method, path: rawPath, query, headers: raw.headers, body },
      now: () => githubTime(pipeline.now())
    })
  } catch (error) {
    response = error instanceof Failure ? failureResponse(error) : emulatorBug(error)
  }
  pipeline.requests.push({
    method,
    path: requestPath,
    query: Object.fromEntries(query),
    route: match?.route.name ?? 'unknown',
    status: response.status,
    user: caller?.login ?? null,
    write: isWrite,
    fault
  })
  const headers: Record<string, string> = {
    ...rateHeaders,
    'x-github-request-id': requestId,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    ...(caller?.kind === 'user'
      ? { 'x-oauth-scopes': (caller.scopes ?? DEFAULT_PERSONAL_TOKEN_SCOPES).join(', ') }
      : {}),
    ...(response.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...response.headers
  }
  return { status: response.status, headers, body: response.body === undefined ? '' : JSON.stringify(response.body) }
}

function parseBody(text: string, docs: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw problemsParsingJson(docs)
  }
}

function rateLimitSubject(pipeline: Pipeline, caller: TokenRecord): string {
  return caller.kind === 'installation'
    ? 'installation ID 1'
    : `user ID ${accountNamed(pipeline.state, caller.login).id}`
}

const failureResponse = (failure: GitHubFailure): GitHubResponse => ({
  status: failure.status,
  body: failure.body,
  headers: failure.headers
})

/** A bug in the emulator must be loud, never mistaken for a GitHub answer a product should handle. */
function emulatorBug(error: unknown): GitHubResponse {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`GitHub emulator bug: ${message}\n`)
  return { status: 500, body: { message: `GitHub emulator bug: ${message}` } }
}

function nextRequestId(): string {
  requestCounter += 1
  const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0')
  return `E0E0:${hex(process.pid % 0xffff, 4)}:${hex(requestCounter, 6)}:${hex(requestCounter * 7, 6)}:${hex(requestCounter * 13, 8)}`
}
