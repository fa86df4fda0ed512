import { notFound } from '../arm/arm-error.js'
import type { ArmRoute } from '../arm/arm-request.js'
import type { EmulatorContext } from '../emulator-context.js'
import { parseScope } from '../fleet/scope.js'
import { requireExistingScope } from '../policy/scope-checks.js'
import { grantsAt } from './access-check.js'

/**
 * `GET {scope}/providers/Microsoft.Authorization/permissions`: "Gets all permissions the caller has" (azure-rest-api-
 * specs specification/authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/
 * authorization-RoleDefinitionsCalls.json, Permissions_ListForResourceGroup and Permissions_ListForResource;
 * `PermissionGetResult` = `value[]` of `Permission` {actions, notActions, dataActions, notDataActions}, pageable with
 * nextLink). One entry per permission block of each role assignment in effect at the scope, with the assignment's
 * `condition`/`conditionVersion` when it has one (the later api-versions' `Permission` carries both). Served at a
 * resource group and below as the specs document, and at a subscription, which ARM also answers though the specs
 * omit it. There is no management-group or tenant form: 404. Any signed-in caller may ask about itself.
 */
export function permissionRoutes(context: EmulatorContext): ArmRoute[] {
  return [
    {
      name: 'permissions.list',
      method: 'GET',
      resourceType: 'microsoft.authorization/permissions',
      shape: 'collection',
      apiVersions: ['2022-04-01', '2018-01-01-preview', '2015-07-01'],
      authorization: 'none',
      handle(request) {
        const kind = parseScope(request.scope)?.kind
        if (kind !== 'subscription' && kind !== 'resourceGroup' && kind !== 'resource')
          throw notFound('NotFound', `No route for GET ${request.target.path} in the emulator.`)
        requireExistingScope(context.fleet, request.scope)
        const grants = grantsAt(context.roleAssignments, context.fleet, request.caller.oid, request.scope, {
          effectiveAt: {
            now: context.clock.now(),
            propagationDelayMs: context.settings.roleAssignmentPropagationDelayMs
          }
        })
        const value = grants.flatMap(({ assignment, role }) =>
          role.permissions.map((permission) => ({
            actions: [...permission.actions],
            notActions: [...permission.notActions],
            dataActions: [...permission.dataActions],
            notDataActions: [...permission.notDataActions],
            ...(assignment.properties.condition !== undefined
              ? {
                  condition: assignment.properties.condition,
                  conditionVersion: assignment.properties.conditionVersion ?? '2.0'
                }
              : {})
          }))
        )
        return { status: 200, body: { value } }
      }
    }
  ]
}
