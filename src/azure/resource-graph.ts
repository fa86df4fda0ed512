import type { QueryRequest, QueryResponse } from '@azure/arm-resourcegraph'
import { auditError, type AuditError } from '../audit/audit-error.js'
import type {
  ResourceGraphQuery,
  ResourceGraphRunner,
  ResourceGraphStats
} from '../resource-graph/resource-graph-runner.js'
import { statusCode, errorCode } from './rest-error.js'
import { errorText } from '../util/error-text.js'

/** The one call the runner makes (`ResourceGraphClient` satisfies it). */
export interface ResourceGraphQueries {
  resources(
    query: QueryRequest,
    options?: { onResponse?: (response: { headers: { get(name: string): string | undefined } }) => void }
  ): Promise<QueryResponse>
}

export interface ResourceGraphRunnerOptions {
  /** Waits (injectable, so tests move a simulated clock instead of sleeping). */
  sleep?: (ms: number) => Promise<void>
  /** Rows per page (1 to 1000). */
  pageSize?: number
}

/**
 * Runs Resource Graph queries one request at a time, honouring the per-user quota: when a response says no
 * request is left (`x-ms-user-quota-remaining: 0`), the next one waits `x-ms-user-quota-resets-after`. 429s
 * without `Retry-After` are retried by the clients' throttle policy; what still fails fails the audit.
 */
export function createResourceGraphRunner(
  client: ResourceGraphQueries,
  options: ResourceGraphRunnerOptions = {}
): ResourceGraphRunner {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const stats: ResourceGraphStats = { requests: 0, rows: 0, quotaWaits: 0 }
  let waitBeforeNextMs = 0

  async function page(
    query: ResourceGraphQuery,
    skipToken: string | undefined
  ): Promise<{ response: QueryResponse; headers: Headers } | { error: AuditError }> {
    if (waitBeforeNextMs > 0) {
      stats.quotaWaits++
      await sleep(waitBeforeNextMs)
      waitBeforeNextMs = 0
    }
    const headers = new Headers()
    try {
      const response = await client.resources(
        {
          ...query.scope,
          query: query.query,
          options: { top: options.pageSize ?? 1000, resultFormat: 'objectArray', ...(skipToken ? { skipToken } : {}) }
        },
        {
          onResponse: (raw) => {
            for (const name of QUOTA_HEADERS) {
              const value = raw.headers.get(name)
              if (value !== undefined) headers.set(name, value)
            }
          }
        }
      )
      stats.requests++
      if (headers.get('x-ms-user-quota-remaining') === '0')
        waitBeforeNextMs = resetsAfterMs(headers.get('x-ms-user-quota-resets-after') ?? undefined)
      return { response, headers }
    } catch (error) {
      return { error: failure(error) }
    }
  }

  return {
    stats,
    async run(query) {
      const rows: unknown[] = []
      let skipToken: string | undefined
      do {
        const answer = await page(query, skipToken)
        if ('error' in answer) return answer
        const { response, headers } = answer
        if (headers.get('x-ms-tenant-subscription-limit-hit') === 'true') {
          return {
            error: auditError(
              'resource-graph-subscription-limit',
              'Resource Graph evaluated only the first 10,000 subscriptions of a management group; the audit would be partial.'
            )
          }
        }
        if (response.resultTruncated === 'true') {
          return {
            error: auditError(
              'resource-graph-truncated',
              `Resource Graph truncated the result (${response.count} of ${response.totalRecords} rows) and gave no $skipToken.`
            )
          }
        }
        if (!Array.isArray(response.data))
          return {
            error: auditError('resource-graph-failed', 'Resource Graph answered without an objectArray `data`.')
          }
        rows.push(...response.data)
        stats.rows += response.data.length
        skipToken = response.skipToken
      } while (skipToken)
      return { rows }
    }
  }
}

const QUOTA_HEADERS = [
  'x-ms-user-quota-remaining',
  'x-ms-user-quota-resets-after',
  'x-ms-tenant-subscription-limit-hit'
]

/** `hh:mm:ss` → milliseconds (a little over, so the window has surely reset); 1 s when absent. */
export function resetsAfterMs(value: string | undefined): number {
  const parsed = value ? /^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(value) : null
  if (!parsed) return 1_000
  return ((Number(parsed[1]) * 60 + Number(parsed[2])) * 60 + Number(parsed[3])) * 1000 + 100
}

function failure(error: unknown): AuditError {
  const status = statusCode(error)
  const code = errorCode(error)
  const message = errorText(error)
  const what = `Resource Graph query failed${status ? ` (${status}${code ? ` ${code}` : ''})` : ''}: ${message}`
  return auditError(status === 429 ? 'resource-graph-throttled' : 'resource-graph-failed', what)
}
