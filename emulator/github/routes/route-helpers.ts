import type { IssueRecord, RepositoryRecord } from '../state/records.js'
import { findIssue, findRepository, fullName } from '../state/lookups.js'
import type { GitHubResponse, RouteContext } from '../http/route-types.js'
import { pageOf } from '../http/pagination.js'
import type { ValidationProblem } from '../http/github-errors.js'
import { invalidRequest, notAccessibleByIntegration, notFound, validationFailed } from '../http/github-errors.js'

/** GitHub's limit on comment and issue bodies, counted in characters (Unicode code points), not bytes. */
export const MAX_BODY_CHARACTERS = 65_536

/**
 * What a route may touch: `read` for any caller the pipeline let through, `write` for a token that may write (a
 * fork pull request's `GITHUB_TOKEN` may not).
 */
export type Access = 'read' | 'write'

/**
 * The repository the path names (404 when there is none); then, for `write` access, the caller's permission (403).
 */
export function requireRepository(context: RouteContext, access: Access = 'read'): RepositoryRecord {
  const repository = findRepository(context.state, context.params.owner ?? '', context.params.repo ?? '')
  if (!repository) throw notFound(context.docs)
  if (access === 'write') requireWritePermission(context)
  return repository
}

/** The repository and the issue (or pull request) the path names, 404 when either is unknown; then `access`. */
export function requireIssue(
  context: RouteContext,
  access: Access = 'read'
): { repository: RepositoryRecord; issue: IssueRecord } {
  const repository = requireRepository(context)
  const number = Number(context.params.issue_number ?? context.params.pull_number)
  const issue = Number.isInteger(number) ? findIssue(context.state, fullName(repository), number) : undefined
  if (!issue) throw notFound(context.docs)
  if (access === 'write') requireWritePermission(context)
  return { repository, issue }
}

/** A write by a read-only token (a fork pull request's `GITHUB_TOKEN`) fails as GitHub fails it. */
export function requireWritePermission(context: RouteContext): void {
  if (context.caller.permission !== 'write') throw notAccessibleByIntegration(context.docs)
}

/** The JSON body as an object (GitHub answers 400 "Problems parsing JSON" for anything else). */
export function bodyObject(context: RouteContext): Record<string, unknown> {
  const body = context.request.body ?? {}
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest(context.docs, 'Body must be an object.')
  return body as Record<string, unknown>
}

export function requiredString(context: RouteContext, body: Record<string, unknown>, key: string): string {
  if (!(key in body)) throw invalidRequest(context.docs, `"${key}" wasn't supplied.`)
  return optionalString(context, body, key) ?? ''
}

export function optionalString(context: RouteContext, body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string')
    throw invalidRequest(context.docs, `For 'properties/${key}', ${JSON.stringify(value)} is not a string.`)
  return value
}

/** `labels` may be names or `{ name }` objects; assignees are logins. */
export function optionalNames(context: RouteContext, body: Record<string, unknown>, key: string): string[] | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (!Array.isArray(value))
    throw invalidRequest(context.docs, `For 'properties/${key}', ${JSON.stringify(value)} is not an array.`)
  return value.map((item) => {
    if (typeof item === 'string') return item
    if (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string')
      return (item as { name: string }).name
    throw invalidRequest(context.docs, `For 'items', ${JSON.stringify(item)} is not a string.`)
  })
}

/** 422 for a body over 65,536 characters, with the error entry GitHub sends for that resource. */
export function checkBodyLength(
  context: RouteContext,
  body: string | null | undefined,
  resource: 'Issue' | 'IssueComment'
): void {
  if (body === null || body === undefined || [...body].length <= MAX_BODY_CHARACTERS) return
  const problem: ValidationProblem =
    resource === 'IssueComment'
      ? {
          resource,
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
        }
      : {
          resource,
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`
        }
  throw validationFailed(context.docs, problem)
}

/**
 * A 200 with the page of `items` the query asks for (`per_page`, `page`) and, when there are more pages, the `Link`
 * header. The list's URL as GitHub writes it in `Link` headers: by repository id, not by name
 * (`…/repositories/{id}/${rest}`).
 */
export function listPage<T>(
  context: RouteContext,
  repository: RepositoryRecord,
  rest: string,
  items: T[],
  shape: (item: T) => unknown
): GitHubResponse {
  const page = pageOf(items, context.request.query, `${context.urls.api}/repositories/${repository.id}/${rest}`)
  return { status: 200, body: page.items.map(shape), headers: page.link ? { link: page.link } : {} }
}
