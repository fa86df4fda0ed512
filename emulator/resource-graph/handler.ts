import type { ResourceGraphTables, Row } from '../fleet/tables.js'
import { KqlError } from './errors.js'
import { compileKql, runCompiled } from './evaluate.js'
import { isPageable, objectArray, tableFormat } from './page.js'
import { quotaHeaders, type ResourceGraphQuota } from './quota.js'
import {
  DEFAULT_LIMITS,
  readRequest,
  type RequestLimits,
  type ResourceGraphRequest,
  type ValidRequest
} from './request.js'
import { badRequest, invalidQuery, ok, rateLimited, type ResourceGraphResponse } from './responses.js'
import { resourceGraphSchema } from './schema.js'
import { decodeSkipToken, encodeSkipToken, requestHash } from './skip-token.js'
import { createSnapshotStore, type SnapshotStore } from './snapshots.js'
import type { Table } from './table.js'

/** How management groups map to subscriptions (the fleet's tree: every subscription at or below the group). */
export interface ResourceGraphScoping {
  subscriptionsOfManagementGroup(managementGroup: string): string[]
  /** The group's name and every group's below it, lower case (default: the group alone). */
  managementGroupsUnder?(managementGroup: string): string[]
}

export interface AnswerOptions {
  /** Clock for `now()`/`ago()` in queries and the error timestamps (default `Date.now`). */
  now?: () => number
  /** Where first pages keep their results for `$skipToken` (default: one store shared by the process). */
  snapshots?: SnapshotStore
  limits?: Partial<RequestLimits>
}

const sharedSnapshots = createSnapshotStore()

/**
 * Answers one Resource Graph query request (arm-api.md §6), pure of HTTP: quota first (429 `RateLimiting` past
 * it), then the request is checked, scoped to its subscriptions (or its management groups' subscriptions),
 * evaluated once — later pages come from the snapshot their `$skipToken` names — and paged ≤ 1000 rows.
 */
export function answerResourceGraphQuery(
  request: ResourceGraphRequest | unknown,
  tables: ResourceGraphTables,
  scoping: ResourceGraphScoping,
  quota?: ResourceGraphQuota,
  options: AnswerOptions = {}
): ResourceGraphResponse {
  const now = (options.now ?? Date.now)()
  let headers: Record<string, string> = {}
  if (quota) {
    const decision = quota.take()
    headers = quotaHeaders(decision)
    if (!decision.allowed) {
      if (quota.retryAfter) headers['retry-after'] = String(Math.max(1, Math.ceil(decision.resetsAfterMs / 1000)))
      return rateLimited(now, headers)
    }
  }
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const read = readRequest(request, limits)
  if ('error' in read) return badRequest(now, JSON.stringify(request ?? null), [read.error], headers)
  const valid = read.request
  const scope = scopeOf(valid, scoping)
  const groups = groupsOf(valid, scoping)
  const hash = requestHash(valid.query, scope && [...scope, ...groups.map((g) => `mg:${g}`)], valid.format)
  const snapshots = options.snapshots ?? sharedSnapshots
  let offset = valid.skip
  let cached: Table | undefined
  let snapshotId: string | undefined
  if (valid.skipToken !== undefined) {
    const token = decodeSkipToken(valid.skipToken)
    if (!token || token.hash !== hash) {
      return badRequest(
        now,
        valid.skipToken,
        [
          {
            code: 'InvalidSkipToken',
            message:
              'The $skipToken is not valid for this query and scope; send the same query and scope that returned it.'
          }
        ],
        headers
      )
    }
    offset = token.offset
    cached = snapshots.get(token.snapshot, hash)
    if (cached) snapshotId = token.snapshot
  }
  let result: Table
  let limited: boolean
  try {
    // Only Resource Graph's documented subset of KQL (supported-kql.ts), though the evaluator knows more.
    const compiled = compileKql(valid.query, resourceGraphSchema, { resourceGraphSubset: true })
    limited = compiled.limited
    result = cached ?? runCompiled(compiled, scopedTables(tables, scope, groups), now)
  } catch (error) {
    if (error instanceof KqlError) return invalidQuery(now, valid.query, error, headers)
    throw error
  }
  const snapshot = (): string => (snapshotId ??= snapshots.put(hash, result))
  const body = pageBody(result, valid, offset, !limited && isPageable(result.columns), snapshot, hash)
  if (snapshotId !== undefined && body.$skipToken === undefined) snapshots.drop(snapshotId)
  return ok(body, headers)
}

function pageBody(
  result: Table,
  request: ValidRequest,
  offset: number,
  pageable: boolean,
  snapshot: () => string,
  hash: string
): Record<string, unknown> {
  const total = result.rows.length
  const pageRows = result.rows.slice(offset, offset + request.top)
  const more = offset + pageRows.length < total
  const body: Record<string, unknown> = {
    totalRecords: total,
    count: pageRows.length,
    resultTruncated: more && !pageable ? 'true' : 'false',
    facets: request.facets.map((expression) => ({
      expression,
      resultType: 'FacetError',
      errors: [{ code: 'UnsupportedConstruct', message: 'The Resource Graph emulator does not compute facets.' }]
    }))
  }
  if (more && pageable)
    body.$skipToken = encodeSkipToken({ snapshot: snapshot(), offset: offset + pageRows.length, hash })
  body.data = request.format === 'table' ? tableFormat(pageRows, result.columns) : objectArray(pageRows, result.columns)
  return body
}

/** Lower-cased subscription ids the request may see, or undefined for the whole tenant. */
function scopeOf(request: ValidRequest, scoping: ResourceGraphScoping): string[] | undefined {
  if (!request.subscriptions && !request.managementGroups) return undefined
  const ids = new Set<string>()
  for (const id of request.subscriptions ?? []) ids.add(id.toLowerCase())
  for (const group of request.managementGroups ?? [])
    for (const id of scoping.subscriptionsOfManagementGroup(group)) ids.add(id.toLowerCase())
  return [...ids].sort()
}

/**
 * The management groups (lower case) whose own rows — the group in `resourcecontainers`, role assignments made at it
 * in `authorizationresources` — a request scoped to management groups sees: each group and those below it, as
 * `authorizationScopeFilter` `AtScopeAndBelow` (the default, the only one the emulator evaluates) describes.
 */
function groupsOf(request: ValidRequest, scoping: ResourceGraphScoping): string[] {
  const names = new Set<string>()
  for (const group of request.managementGroups ?? [])
    for (const name of scoping.managementGroupsUnder?.(group) ?? [group]) names.add(name.toLowerCase())
  return [...names].sort()
}

const GROUP_ROW = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)/i

/** A lookup of each table's rows in scope, filtered the first time a query reads the table. */
function scopedTables(
  tables: ResourceGraphTables,
  scope: readonly string[] | undefined,
  groups: readonly string[] = []
): (name: string) => readonly Row[] {
  // Names only: a table is read (and, if built lazily, built) when the query reads it.
  const names = new Map(Object.keys(tables).map((name) => [name.toLowerCase(), name as keyof ResourceGraphTables]))
  const read = (name: string): readonly Row[] => {
    const key = names.get(name)
    return (key === undefined ? undefined : tables[key]) ?? []
  }
  if (!scope) return read
  const filtered = new Map<string, readonly Row[]>()
  return (name) => {
    let rows = filtered.get(name)
    if (!rows) filtered.set(name, (rows = rowsIn(read(name), scope, groups)))
    return rows
  }
}

/**
 * Row positions by lower-cased subscription id, built once per table array (the fleet rebuilds its arrays when it
 * changes): a request for 1,000 of 20,000 subscriptions reads its 5 % of a 500,000-cluster table, not all of it.
 */
const positionsBySubscription = new WeakMap<readonly Row[], Map<string, number[]>>()

/** A row's subscription (lower case), or `group:{name}` for a management group's own row (no subscription). */
function rowKey(row: Row): string | undefined {
  if (typeof row.subscriptionId === 'string' && row.subscriptionId !== '') return row.subscriptionId.toLowerCase()
  const group = GROUP_ROW.exec(String(row.id))?.[1]
  return group === undefined ? undefined : `group:${group.toLowerCase()}`
}

/** The rows of the given subscriptions and of the given management groups' own rows, in table order. */
function rowsIn(rows: readonly Row[], subscriptions: readonly string[], groups: readonly string[]): Row[] {
  let index = positionsBySubscription.get(rows)
  if (!index) {
    index = new Map()
    rows.forEach((row, position) => {
      const key = rowKey(row)
      if (key === undefined) return
      const positions = index!.get(key)
      if (positions) positions.push(position)
      else index!.set(key, [position])
    })
    positionsBySubscription.set(rows, index)
  }
  const picked: number[] = []
  for (const subscription of subscriptions) for (const position of index.get(subscription) ?? []) picked.push(position)
  for (const group of groups) for (const position of index.get(`group:${group}`) ?? []) picked.push(position)
  return Array.from(Int32Array.from(picked).sort(), (position) => rows[position]!)
}
