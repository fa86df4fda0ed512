import { armErrorResponse } from './arm/arm-error.js'
import type { ArmRoute, AuthorizationTarget } from './arm/arm-request.js'
import type { ArmThrottling } from './arm/arm-throttling.js'
import { resolveArmRoute } from './arm/arm-router.js'
import { resolveMetadataRoute } from './arm/metadata-endpoints.js'
import { requireCaller } from './arm/bearer-check.js'
import { authorizationFailed, grantsAllow, grantsAt } from './authorization/access-check.js'
import { permissionRoutes } from './authorization/permission-routes.js'
import { roleAssignmentRoutes } from './authorization/role-assignment-routes.js'
import { roleDefinitionRoutes } from './authorization/role-definition-routes.js'
import type { EmulatorContext } from './emulator-context.js'
import { parseScope } from './fleet/scope.js'
import type { AccessTokens } from './entra/access-tokens.js'
import { resolveEntraRoute } from './entra/entra-routes.js'
import type { EntraSettings } from './entra/entra-settings.js'
import type { EmulatorRoute, ResolveRoute } from './http/exchange.js'
import { assignmentRoutes } from './policy/assignment-routes.js'
import { definitionRoutes } from './policy/definition-routes.js'
import { policyStateRoutes } from './policyinsights/policy-state-routes.js'
import { remediationRoutes } from './policyinsights/remediation-routes.js'
import { scopeRoutes } from './arm/scope-routes.js'
import { clusterResourceRoutes } from './kubernetesconfiguration/cluster-resource-routes.js'
import { providerRoutes } from './kubernetesconfiguration/provider-routes.js'

export interface EmulatorRouterOptions {
  context: EmulatorContext
  entra: EntraSettings
  tokens: AccessTokens
  extraRoutes: ArmRoute[]
  /** ARM's token buckets; every authenticated ARM call goes through them. */
  throttling: ArmThrottling
}

/**
 * A subscription or management group the fleet does not have: the route answers its 404 (SubscriptionNotFound, as
 * "Resolve errors for resource not found" documents) instead of a 403 for a scope no one can hold a role at.
 */
function scopeKnown(context: EmulatorContext, scope: string): boolean {
  const parsed = parseScope(scope)
  if (!parsed || parsed.kind === 'tenant') return true
  if (parsed.kind === 'managementGroup') return context.fleet.findManagementGroup(parsed.managementGroup) !== undefined
  return context.fleet.findSubscription(parsed.subscriptionId) !== undefined
}

/**
 * Sign-in routes and ARM's cloud metadata first, then ARM routes (behind the bearer check); anything else is a 404
 * with an ARM error body.
 */
export function emulatorRouter(options: EmulatorRouterOptions): ResolveRoute {
  const { context, entra, tokens } = options
  const routes = [
    ...definitionRoutes(context),
    ...assignmentRoutes(context),
    ...roleAssignmentRoutes(context),
    ...roleDefinitionRoutes(context),
    ...permissionRoutes(context),
    ...remediationRoutes(context),
    ...policyStateRoutes(context),
    ...scopeRoutes(context),
    ...clusterResourceRoutes(context),
    ...providerRoutes(context),
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
  const authorize = (caller: { appid: string; oid: string }, target: AuthorizationTarget): void => {
    const known = scopeKnown(context, target.scope) && scopeKnown(context, target.parent ?? target.scope)
    if (!context.settings.checkCallerPermissions || !known) return
    const grants = grantsAt(context.roleAssignments, context.fleet, caller.oid, target.scope, {
      ...(target.parent !== undefined ? { parent: target.parent } : {}),
      effectiveAt: { now: context.clock.now(), propagationDelayMs: context.settings.roleAssignmentPropagationDelayMs }
    })
    if (!grantsAllow(grants, target.action)) throw authorizationFailed(caller, target.action, target.scope)
  }
  const notFound: EmulatorRoute = {
    name: 'unknown',
    handle: (request) =>
      armErrorResponse(404, 'NotFound', `No route for ${request.method} ${request.target.path} in the emulator.`)
  }
  return (method, target) =>
    resolveEntraRoute(entra, tokens, context.origin, method, target) ??
    resolveMetadataRoute(context.origin, method, target) ??
    resolveArmRoute({ routes, authenticate, authorize, throttling: options.throttling }, method, target) ??
    notFound
}
