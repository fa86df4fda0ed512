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
import { managementGroupNameRoute } from './arm/management-group-name-route.js'
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
 * A subscription the fleet does not have: the route answers its 404 (SubscriptionNotFound, as "Resolve errors for
 * resource not found" documents) instead of a 403 for a scope no one can hold a role at. A management group it does
 * not have never gets this far: see missingManagementGroup.
 */
function scopeKnown(context: EmulatorContext, scope: string): boolean {
  const parsed = parseScope(scope)
  if (!parsed || parsed.kind === 'tenant') return true
  if (parsed.kind === 'managementGroup') return context.fleet.findManagementGroup(parsed.managementGroup) !== undefined
  return context.fleet.findSubscription(parsed.subscriptionId) !== undefined
}

const UNDER_MANAGEMENT_GROUP = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)/i

/**
 * True when `scope` (a scope or resource id) lies in a management group that does not exist. ARM then answers 403
 * AuthorizationFailed ("… over scope '…' or the scope is invalid"), never a 404, whatever the caller's roles — for the
 * group itself and for everything under it (policy and policy set definitions, policy assignments, role
 * assignments, remediations): Azure/azure-rest-api-specs#9549 ("`Get` on non-existent Management Group ID returns
 * 403 instead of 404", an Owner; still so in 2024), pulumi/pulumi-azure-native#553 (the same for `mg-test`),
 * hashicorp/terraform-provider-azurerm#10645 (GET of a policy definition at a mistyped management group, with
 * Resource Policy Contributor at the tenant root group: 403 until the name was fixed) and
 * Azure/Azure-Landing-Zones#3668 (role assignments at a management group: 403 "or the scope is invalid").
 * azure-powershell#11039 (2020, Azure US Government) reported a PUT of a definition at a missing group answered 201;
 * the stricter, more recent reports win. The 403 comes before the permission check and regardless of
 * `checkCallerPermissions`: it is how a missing group looks, not a lack of roles.
 */
export function missingManagementGroup(context: EmulatorContext, scope: string): boolean {
  const name = UNDER_MANAGEMENT_GROUP.exec(scope)?.[1]
  return name !== undefined && context.fleet.findManagementGroup(name) === undefined
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
    managementGroupNameRoute(context),
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
    if (missingManagementGroup(context, target.scope)) throw authorizationFailed(caller, target.action, target.scope)
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
