import type { EmulatorContext } from '../emulator-context.js'
import { notFound } from './arm-error.js'
import type { ArmRoute } from './arm-request.js'
import { pageOf } from './paging.js'
import { grantsAllow, grantsAt } from '../authorization/access-check.js'

/**
 * The fleet's scopes as ARM serves them, for callers that check a scope exists before writing to it:
 * - Resource Groups - Get, `GET /subscriptions/{s}/resourcegroups/{rg}` (azure-rest-api-specs
 *   specification/resources/resource-manager/Microsoft.Resources/stable/2021-04-01/resources.json);
 * - Resource Groups - List, `GET /subscriptions/{s}/resourcegroups` (same file; paged with nextLink);
 * - Subscriptions - Get / List, `GET /subscriptions/{s}`, `GET /subscriptions`, and Tenants - List, `GET /tenants`
 *   (…/Microsoft.Resources/stable/2022-12-01/subscriptions.json; what `az login` reads after signing in);
 * - Management Groups - Get, `GET /providers/Microsoft.Management/managementGroups/{m}`
 *   (specification/managementgroups/resource-manager/Microsoft.Management/stable/2021-04-01/management.json).
 * The 404 codes and messages are those of "Resolve errors for resource not found"
 * (learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-not-found): ResourceGroupNotFound,
 * SubscriptionNotFound. A management group that does not exist is a 403 AuthorizationFailed before any route runs
 * (emulator-router.ts, missingManagementGroup); Management Groups - Check Name Availability tells it apart.
 */
/** The operation Resource Groups - Get/List need ("Azure resource provider operations", Microsoft.Resources). */
const RESOURCE_GROUP_READ = 'Microsoft.Resources/subscriptions/resourceGroups/read'

export function scopeRoutes(context: EmulatorContext): ArmRoute[] {
  const { fleet } = context
  const subscriptionOr404 = (subscriptionId: string) => {
    const subscription = fleet.findSubscription(subscriptionId)
    if (!subscription)
      throw notFound('SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`)
    return subscription
  }
  // Subscriptions - Get / List (2022-12-01 examples getSubscription.json, getSubscriptions.json): the fields `az login`
  // and `az account show` read (`subscriptionId`, `tenantId`, `displayName`, `state`, `managedByTenants`).
  const subscriptionBody = (subscription: { subscriptionId: string; displayName: string }) => ({
    id: `/subscriptions/${subscription.subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: subscription.subscriptionId,
    tenantId: context.tenantId,
    displayName: subscription.displayName,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off'
    }
  })
  // A subscription is listed when the caller may read it: a role at it or above it, in effect (see access-check.ts).
  const callerMayRead = (principalId: string, scope: string) =>
    !context.settings.checkCallerPermissions ||
    grantsAllow(
      grantsAt(context.roleAssignments, fleet, principalId, scope, {
        effectiveAt: { now: context.clock.now(), propagationDelayMs: context.settings.roleAssignmentPropagationDelayMs }
      }),
      'Microsoft.Resources/subscriptions/read'
    )
  const groupBody = (group: { subscriptionId: string; name: string; location: string }) => ({
    id: `/subscriptions/${group.subscriptionId}/resourceGroups/${group.name}`,
    name: group.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: group.location,
    properties: { provisioningState: 'Succeeded' }
  })
  return [
    {
      name: 'resourceGroups.list',
      method: 'GET',
      resourceType: 'microsoft.resources/resourcegroups',
      shape: 'collection',
      authorization: (request) => ({ action: RESOURCE_GROUP_READ, scope: request.scope }),
      handle: (request) => {
        const subscriptionId = request.scope.split('/')[2] ?? ''
        subscriptionOr404(subscriptionId)
        const groups = fleet.resourceGroups.filter(
          (g) => g.subscriptionId.toLowerCase() === subscriptionId.toLowerCase()
        )
        const page = pageOf(groups.map(groupBody), {
          path: request.target.path,
          query: request.target.query,
          origin: context.origin()
        })
        return { status: 200, body: page }
      }
    },
    {
      name: 'resourceGroups.get',
      method: 'GET',
      resourceType: 'microsoft.resources/resourcegroups',
      shape: 'item',
      authorization: (request) => ({
        action: RESOURCE_GROUP_READ,
        scope: `${request.scope}/resourceGroups/${request.name}`
      }),
      handle: (request) => {
        const subscriptionId = request.scope.split('/')[2] ?? ''
        subscriptionOr404(subscriptionId)
        const group = fleet.findResourceGroup(subscriptionId, request.name!)
        if (!group) throw notFound('ResourceGroupNotFound', `Resource group '${request.name}' could not be found.`)
        return { status: 200, body: groupBody(group) }
      }
    },
    {
      name: 'subscriptions.get',
      method: 'GET',
      resourceType: 'microsoft.resources/subscriptions',
      shape: 'item',
      authorization: (request) => ({
        action: 'Microsoft.Resources/subscriptions/read',
        scope: `/subscriptions/${request.name}`
      }),
      handle: (request) => ({ status: 200, body: subscriptionBody(subscriptionOr404(request.name!)) })
    },
    {
      name: 'subscriptions.list',
      method: 'GET',
      resourceType: 'microsoft.resources/subscriptions',
      shape: 'collection',
      // Subscriptions - List answers the subscriptions the caller can access ("Gets all subscriptions for a tenant"
      // that the signed-in identity holds a role in); it never answers 403, so it is filtered here, not authorized.
      authorization: 'filtered',
      handle: (request) => {
        const visible = fleet.subscriptions.filter((subscription) =>
          callerMayRead(request.caller.oid, `/subscriptions/${subscription.subscriptionId}`)
        )
        const page = pageOf(visible.map(subscriptionBody), {
          path: request.target.path,
          query: request.target.query,
          origin: context.origin()
        })
        return { status: 200, body: page }
      }
    },
    {
      name: 'tenants.list',
      method: 'GET',
      resourceType: 'microsoft.resources/tenants',
      shape: 'collection',
      authorization: 'none',
      // Tenants - List (same subscriptions.json): the tenants the caller's token can reach — here the one tenant.
      handle: () => ({
        status: 200,
        body: {
          value: [
            {
              id: `/tenants/${context.tenantId}`,
              tenantId: context.tenantId,
              tenantCategory: 'Home',
              country: 'NL',
              countryCode: 'NL',
              displayName: 'Contoso (emulated)',
              domains: ['contoso.onmicrosoft.com'],
              defaultDomain: 'contoso.onmicrosoft.com',
              tenantType: 'AAD'
            }
          ]
        }
      })
    },
    {
      name: 'managementGroups.get',
      method: 'GET',
      resourceType: 'microsoft.management/managementgroups',
      shape: 'item',
      handle: (request) => {
        if (request.scope !== '') throw notFound('NotFound', `No route for GET ${request.target.path} in the emulator.`)
        const group = fleet.findManagementGroup(request.name!)
        if (!group) throw notFound('NotFound', `Management group '${request.name}' could not be found.`)
        const id = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`
        return {
          status: 200,
          body: {
            id: id(group.name),
            type: 'Microsoft.Management/managementGroups',
            name: group.name,
            properties: {
              tenantId: context.tenantId,
              displayName: group.displayName,
              details: group.parent ? { parent: { id: id(group.parent), name: group.parent } } : {}
            }
          }
        }
      }
    }
  ]
}

/**
 * Subscriptions and resource groups have no `/providers/` segment: `/subscriptions` and `/tenants` are read as
 * collections at the tenant, `/subscriptions/{s}` as the item
 * `{s}` of type Microsoft.Resources/subscriptions at the tenant, `/subscriptions/{s}/resourcegroups/{rg}` as
 * the item `{rg}` of type Microsoft.Resources/resourceGroups at `/subscriptions/{s}`.
 */
export function splitScopePath(
  segments: readonly string[]
): { scope: string; resourceType: string; name?: string } | undefined {
  if (segments.length === 1 && segments[0]?.toLowerCase() === 'tenants')
    return { scope: '', resourceType: 'microsoft.resources/tenants' }
  if (segments.length === 1 && segments[0]?.toLowerCase() === 'subscriptions')
    return { scope: '', resourceType: 'microsoft.resources/subscriptions' }
  if (segments[0]?.toLowerCase() !== 'subscriptions' || !segments[1]) return undefined
  if (segments.length === 2) return { scope: '', resourceType: 'microsoft.resources/subscriptions', name: segments[1] }
  if (segments.length === 3 && segments[2]?.toLowerCase() === 'resourcegroups')
    return { scope: `/subscriptions/${segments[1]}`, resourceType: 'microsoft.resources/resourcegroups' }
  if (segments.length === 4 && segments[2]?.toLowerCase() === 'resourcegroups' && segments[3])
    return {
      scope: `/subscriptions/${segments[1]}`,
      resourceType: 'microsoft.resources/resourcegroups',
      name: segments[3]
    }
  return undefined
}
