import type { ErrorDetail } from './responses.js'

/** The body of `POST /providers/Microsoft.ResourceGraph/resources` (arm-api.md §6); only `query` is required. */
export interface ResourceGraphRequest {
  subscriptions?: string[]
  managementGroups?: string[]
  query: string
  options?: ResourceGraphRequestOptions
  facets?: { expression?: string }[]
}

export interface ResourceGraphRequestOptions {
  $top?: number
  $skip?: number
  $skipToken?: string
  resultFormat?: 'objectArray' | 'table'
  allowPartialScopes?: boolean
  authorizationScopeFilter?: string
}

export interface RequestLimits {
  /** Rows per page at most, and the default `$top` (1000). */
  maxPageSize: number
  /** Subscriptions per request at most (1000, as Azure CLI batches them). */
  maxSubscriptions: number
  /** Management groups per request at most (10). */
  maxManagementGroups: number
}

export const DEFAULT_LIMITS: RequestLimits = { maxPageSize: 1000, maxSubscriptions: 1000, maxManagementGroups: 10 }

/** A request that passed validation. */
export interface ValidRequest {
  query: string
  subscriptions?: string[]
  managementGroups?: string[]
  top: number
  skip: number
  skipToken?: string
  format: 'objectArray' | 'table'
  facets: string[]
}

const invalid = (message: string): ErrorDetail => ({ code: 'InvalidRequestContent', message })

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')

/** Reads and checks a request body; the error detail says what is wrong. */
export function readRequest(body: unknown, limits: RequestLimits): { request: ValidRequest } | { error: ErrorDetail } {
  const checked = check(body, limits)
  return 'code' in checked ? { error: checked } : { request: checked }
}

function check(body: unknown, limits: RequestLimits): ValidRequest | ErrorDetail {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return invalid('The request body must be a JSON object.')
  const request = body as Partial<Record<keyof ResourceGraphRequest, unknown>>
  if (typeof request.query !== 'string' || request.query.trim() === '')
    return invalid("The request must have a non-empty 'query'.")
  const valid: ValidRequest = {
    query: request.query,
    top: limits.maxPageSize,
    skip: 0,
    format: 'objectArray',
    facets: []
  }
  if (request.subscriptions !== undefined) {
    if (!isStringArray(request.subscriptions)) return invalid("'subscriptions' must be an array of subscription ids.")
    if (request.subscriptions.length > limits.maxSubscriptions) {
      return {
        code: 'TooManySubscriptions',
        message: `At most ${limits.maxSubscriptions} subscriptions can be queried in one request (got ${request.subscriptions.length}); see aka.ms/arg-error-toomanysubs.`
      }
    }
    valid.subscriptions = request.subscriptions
  }
  if (request.managementGroups !== undefined) {
    if (!isStringArray(request.managementGroups))
      return invalid("'managementGroups' must be an array of management group names.")
    if (request.managementGroups.length > limits.maxManagementGroups) {
      return {
        code: 'TooManyManagementGroups',
        message: `At most ${limits.maxManagementGroups} management groups can be queried in one request (got ${request.managementGroups.length}).`
      }
    }
    valid.managementGroups = request.managementGroups
  }
  if (request.facets !== undefined) {
    if (!Array.isArray(request.facets)) return invalid("'facets' must be an array.")
    valid.facets = request.facets.map((f) => String((f as { expression?: unknown } | null)?.expression ?? ''))
  }
  const options = request.options
  if (options === undefined || options === null) return valid
  if (typeof options !== 'object') return invalid("'options' must be an object.")
  const o = options as Record<string, unknown>
  if (o.$top !== undefined) {
    if (!Number.isInteger(o.$top) || (o.$top as number) < 1 || (o.$top as number) > limits.maxPageSize)
      return invalid(`'$top' must be an integer from 1 to ${limits.maxPageSize}.`)
    valid.top = o.$top as number
  }
  if (o.$skip !== undefined) {
    if (!Number.isInteger(o.$skip) || (o.$skip as number) < 0)
      return invalid("'$skip' must be an integer of 0 or more.")
    valid.skip = o.$skip as number
  }
  if (o.$skipToken !== undefined && o.$skipToken !== null) {
    if (typeof o.$skipToken !== 'string') return invalid("'$skipToken' must be a string.")
    valid.skipToken = o.$skipToken
  }
  if (o.resultFormat !== undefined) {
    if (o.resultFormat !== 'objectArray' && o.resultFormat !== 'table')
      return invalid("'resultFormat' must be 'objectArray' or 'table'.")
    valid.format = o.resultFormat
  }
  if (o.authorizationScopeFilter !== undefined && o.authorizationScopeFilter !== 'AtScopeAndBelow') {
    return {
      code: 'UnsupportedConstruct',
      message: `The Resource Graph emulator only evaluates authorizationScopeFilter 'AtScopeAndBelow' (got '${String(o.authorizationScopeFilter)}').`
    }
  }
  return valid
}
