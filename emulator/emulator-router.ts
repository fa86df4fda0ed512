import { armErrorResponse } from './arm/arm-error.js'
import type { ArmRoute } from './arm/arm-request.js'
import type { ArmThrottling } from './arm/arm-throttling.js'
import { resolveArmRoute } from './arm/arm-router.js'
import { requireCaller } from './arm/bearer-check.js'
import { roleAssignmentRoutes } from './authorization/role-assignment-routes.js'
import type { EmulatorContext } from './emulator-context.js'
import type { AccessTokens } from './entra/access-tokens.js'
import { resolveEntraRoute } from './entra/entra-routes.js'
import type { EntraSettings } from './entra/entra-settings.js'
import type { EmulatorRoute, ResolveRoute } from './http/exchange.js'
import { assignmentRoutes } from './policy/assignment-routes.js'
import { definitionRoutes } from './policy/definition-routes.js'
import { policyStateRoutes } from './policyinsights/policy-state-routes.js'
import { remediationRoutes } from './policyinsights/remediation-routes.js'
import { scopeRoutes } from './arm/scope-routes.js'

export interface EmulatorRouterOptions {
  context: EmulatorContext
  entra: EntraSettings
  tokens: AccessTokens
  extraRoutes: ArmRoute[]
  /** ARM's token buckets; every authenticated ARM call goes through them. */
  throttling: ArmThrottling
}

/** Sign-in routes first, then ARM routes (behind the bearer check); anything else is a 404 with an ARM error body. */
export function emulatorRouter(options: EmulatorRouterOptions): ResolveRoute {
  const { context, entra, tokens } = options
  const routes = [
    ...definitionRoutes(context),
    ...assignmentRoutes(context),
    ...roleAssignmentRoutes(context),
    ...remediationRoutes(context),
    ...policyStateRoutes(context),
    ...scopeRoutes(context),
    ...options.extraRoutes
  ]
  const audiences = (): string[] => [
    context.origin(),
    'https://management.azure.com',
    'https://management.core.windows.net'
  ]
  const authenticate = (request: { headers: Parameters<typeof requireCaller>[0] }) => {
    const caller = requireCaller(request.headers, tokens, audiences(), context.origin())
    context.catchUp()
    return caller
  }
  const notFound: EmulatorRoute = {
    name: 'unknown',
    handle: (request) =>
      armErrorResponse(404, 'NotFound', `No route for ${request.method} ${request.target.path} in the emulator.`)
  }
  return (method, target) =>
    resolveEntraRoute(entra, tokens, context.origin, method, target) ??
    resolveArmRoute({ routes, authenticate, throttling: options.throttling }, method, target) ??
    notFound
}
