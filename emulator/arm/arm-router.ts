import { randomUUID } from 'node:crypto'
import type { EmulatorRequest, EmulatorRoute, EmulatorResponse } from '../http/exchange.js'
import type { RequestTarget } from '../http/request-target.js'
import { ArmFailure, armErrorResponse } from './arm-error.js'
import type { ArmRequest, ArmRoute } from './arm-request.js'
import type { AccessTokenClaims } from '../entra/access-tokens.js'
import type { ArmThrottling } from './arm-throttling.js'
import { splitScopePath } from './scope-routes.js'

interface ProviderPath {
  scope: string
  resourceType: string
  name?: string
  action?: string
  actionTarget?: string
}

/**
 * Splits `/{scope}/providers/{namespace}/{type}[/{name}[/{action}]]` at its last `providers` segment; also
 * `…/{name}/operations/{operationId}`, the async-operation status path of resource providers such as
 * Microsoft.KubernetesConfiguration (action `operations`, target the operation id).
 */
export function splitProviderPath(segments: readonly string[]): ProviderPath | undefined {
  for (let i = segments.length - 3; i >= 0; i--) {
    if (segments[i]?.toLowerCase() !== 'providers') continue
    const rest = segments.slice(i + 3)
    if (rest.length > 3 || (rest.length === 3 && rest[1]?.toLowerCase() !== 'operations')) return undefined
    const path: ProviderPath = {
      scope: i === 0 ? '' : `/${segments.slice(0, i).join('/')}`,
      resourceType: `${segments[i + 1]}/${segments[i + 2]}`.toLowerCase()
    }
    if (rest[0] !== undefined) path.name = rest[0]
    if (rest[1] !== undefined) path.action = rest[1]
    if (rest[2] !== undefined) path.actionTarget = rest[2]
    return path
  }
  return undefined
}

/**
 * `[/subscriptions/{s}]/providers/{namespace}` (Providers - Get): the item `{namespace}` of type
 * Microsoft.Resources/providers at the tenant or the subscription.
 */
export function splitNamespacePath(segments: readonly string[]): ProviderPath | undefined {
  const [first, second, third, fourth] = segments
  const resourceType = 'microsoft.resources/providers'
  if (segments.length === 2 && first?.toLowerCase() === 'providers' && second)
    return { scope: '', resourceType, name: second }
  if (
    segments.length === 4 &&
    first?.toLowerCase() === 'subscriptions' &&
    third?.toLowerCase() === 'providers' &&
    fourth
  )
    return { scope: `/subscriptions/${second ?? ''}`, resourceType, name: fourth }
  return undefined
}

export interface ArmRouterOptions {
  routes: readonly ArmRoute[]
  /** Checks the bearer token and returns the caller; throws ArmFailure(401) otherwise. */
  authenticate(request: { headers: ArmRequest['headers'] }): AccessTokenClaims
  /** ARM's token buckets (on or off); an authenticated call spends a token before its route runs. */
  throttling?: ArmThrottling
}

/** Finds the ARM route for a request and wraps it with the checks ARM makes first (api-version, bearer token). */
export function resolveArmRoute(
  options: ArmRouterOptions,
  method: string,
  target: RequestTarget
): EmulatorRoute | undefined {
  const path: ProviderPath | undefined =
    splitProviderPath(target.segments) ?? splitScopePath(target.segments) ?? splitNamespacePath(target.segments)
  if (!path) return undefined
  const shape = path.action !== undefined ? 'action' : path.name !== undefined ? 'item' : 'collection'
  const candidates = options.routes.filter(
    (r) =>
      r.resourceType === path.resourceType &&
      r.shape === shape &&
      (shape !== 'action' || r.action === path.action?.toLowerCase())
  )
  if (candidates.length === 0) return undefined
  const route = candidates.find((r) => r.method === method)
  if (!route) {
    return {
      name: `${candidates[0]?.name.split('.')[0] ?? 'arm'}.methodNotAllowed`,
      handle: () =>
        armErrorResponse(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`)
    }
  }
  return {
    name: route.name,
    async handle(request): Promise<EmulatorResponse> {
      const response = await answer(route, path, options, request)
      return { ...response, headers: { ...armHeaders(), ...response.headers } }
    }
  }
}

async function answer(
  route: ArmRoute,
  path: ProviderPath,
  options: ArmRouterOptions,
  request: EmulatorRequest
): Promise<EmulatorResponse> {
  let rateLimitHeaders: Record<string, string> = {}
  try {
    const caller = options.authenticate(request)
    const verdict = options.throttling?.admit({
      route: route.name,
      method: request.method,
      segments: request.target.segments,
      principalId: caller.oid,
      tenantId: caller.tid
    })
    rateLimitHeaders = verdict?.headers ?? {}
    if (verdict && !verdict.allowed)
      throw new ArmFailure(429, 'ResourceRequestsThrottled', verdict.message ?? 'Too many requests.')
    checkApiVersion(route, request.target.query.get('api-version'))
    const armRequest: ArmRequest = { ...request, scope: path.scope, caller }
    if (path.name !== undefined) armRequest.name = path.name
    if (path.action !== undefined) armRequest.action = path.action
    if (path.actionTarget !== undefined) armRequest.actionTarget = path.actionTarget
    const response = await route.handle(armRequest)
    return { ...response, headers: { ...rateLimitHeaders, ...response.headers } }
  } catch (error) {
    if (error instanceof ArmFailure)
      return armErrorResponse(error.status, error.code, error.message, { ...rateLimitHeaders, ...error.headers })
    throw error
  }
}

/** The tracing headers ARM adds to every answer (clients read x-ms-request-id from errors). */
function armHeaders(): Record<string, string> {
  const requestId = randomUUID()
  return {
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': requestId,
    'x-ms-routing-request-id': `WESTEUROPE:${requestId}`
  }
}

function checkApiVersion(route: ArmRoute, apiVersion: string | null): void {
  if (!apiVersion) {
    throw new ArmFailure(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.'
    )
  }
  if (route.apiVersions && !route.apiVersions.includes(apiVersion)) {
    throw new ArmFailure(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${apiVersion}' is invalid. The supported versions are '${route.apiVersions.join(',')}'.`
    )
  }
}
