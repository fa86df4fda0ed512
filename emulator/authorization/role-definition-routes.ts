import { badRequest, notFound } from '../arm/arm-error.js'
import type { ArmRoute } from '../arm/arm-request.js'
import type { EmulatorContext } from '../emulator-context.js'
import { parseScope } from '../fleet/scope.js'
import { requireExistingScope } from '../policy/scope-checks.js'
import { BUILTIN_ROLE_DEFINITIONS, roleDefinitionBody, type RecordedRoleDefinition } from './role-definitions.js'

const TYPE = 'microsoft.authorization/roledefinitions'
const API_VERSIONS = ['2022-04-01', '2022-05-01-preview', '2018-01-01-preview', '2015-07-01']

/**
 * Role definitions, read-only, built-in roles only (azure-rest-api-specs specification/authorization/resource-manager/
 * Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json): RoleDefinitions_List
 * `{scope}/providers/Microsoft.Authorization/roleDefinitions` ("applicable at scope and above", `$filter` with
 * `roleName eq '…'` or `type eq '…'`, RoleDefinitionFilter), RoleDefinitions_Get `{scope}/…/roleDefinitions/{id}`
 * and RoleDefinitions_GetById (`/providers/Microsoft.Authorization/roleDefinitions/{id}`, the same path at the
 * tenant). Under a subscription, ids carry the subscription (example GetRoleDefinitionAtScope.json).
 */
export function roleDefinitionRoutes(context: EmulatorContext): ArmRoute[] {
  const idScope = (scope: string): string => {
    const parsed = parseScope(scope)
    return parsed && 'subscriptionId' in parsed ? `/subscriptions/${parsed.subscriptionId}` : ''
  }
  return [
    {
      name: 'roleDefinitions.get',
      method: 'GET',
      resourceType: TYPE,
      shape: 'item',
      apiVersions: API_VERSIONS,
      handle(request) {
        requireExistingScope(context.fleet, request.scope)
        const role = BUILTIN_ROLE_DEFINITIONS.get((request.name ?? '').toLowerCase())
        if (!role)
          throw notFound(
            'RoleDefinitionDoesNotExist',
            `The specified role definition with ID '${(request.name ?? '').replaceAll('-', '')}' does not exist.`
          )
        return { status: 200, body: roleDefinitionBody(role, idScope(request.scope)) }
      }
    },
    {
      name: 'roleDefinitions.list',
      method: 'GET',
      resourceType: TYPE,
      shape: 'collection',
      apiVersions: API_VERSIONS,
      handle(request) {
        requireExistingScope(context.fleet, request.scope)
        const roles = filtered([...BUILTIN_ROLE_DEFINITIONS.values()], request.target.query.get('$filter'))
        const value = roles
          .sort((a, b) => a.roleName.localeCompare(b.roleName))
          .map((role) => roleDefinitionBody(role, idScope(request.scope)))
        return { status: 200, body: { value } }
      }
    }
  ]
}

function filtered(roles: RecordedRoleDefinition[], rawFilter: string | null): RecordedRoleDefinition[] {
  const filter = (rawFilter ?? '').trim()
  if (filter === '') return roles
  const match = /^(roleName|type)\s+eq\s+'((?:[^']|'')*)'$/i.exec(filter)
  if (!match?.[1] || match[2] === undefined)
    throw badRequest('UnsupportedQuery', `The filter '${filter}' is not supported.`)
  const wanted = match[2].replaceAll("''", "'").toLowerCase()
  return match[1].toLowerCase() === 'rolename'
    ? roles.filter((r) => r.roleName.toLowerCase() === wanted)
    : roles.filter((r) => r.roleType.toLowerCase() === wanted)
}
