import { badRequest, notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRequest, ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import type { EmulatorContext } from '../emulator-context.js'
import { scopeKey } from '../fleet/scope.js'
import { requireExistingScope } from '../policy/scope-checks.js'
import { roleAssignmentBody, type RoleAssignmentRecord } from './role-assignment-store.js'

const TYPE = 'microsoft.authorization/roleassignments'
/** Role assignments (api-version 2022-04-01): create, get, delete, list for a scope. */
export function roleAssignmentRoutes(context: EmulatorContext): ArmRoute[] {
  const route = (
    name: string,
    method: ArmRoute['method'],
    shape: ArmRoute['shape'],
    handle: ArmRoute['handle']
  ): ArmRoute => ({
    name: `roleAssignments.${name}`,
    method,
    resourceType: TYPE,
    shape,
    handle
  })
  return [
    route('create', 'PUT', 'item', (request) => create(context, request)),
    route('get', 'GET', 'item', (request) => {
      const record = context.roleAssignments.get(request.scope, request.name ?? '')
      if (!record) throw notFound('RoleAssignmentNotFound', `The role assignment '${request.name ?? ''}' is not found.`)
      return { status: 200, body: roleAssignmentBody(record) }
    }),
    route('delete', 'DELETE', 'item', (request) => {
      const deleted = context.roleAssignments.delete(request.scope, request.name ?? '')
      return deleted ? { status: 200, body: roleAssignmentBody(deleted) } : { status: 204 }
    }),
    route('list', 'GET', 'collection', (request) => {
      const records = listFor(context, request.scope, request.target.query.get('$filter'))
      const page = pageOf(
        records.map(roleAssignmentBody),
        { path: request.target.path, query: request.target.query, origin: context.origin() },
        context.settings.defaultPageSize
      )
      return { status: 200, body: { value: page.value, nextLink: page.nextLink ?? null } }
    })
  ]
}

function create(context: EmulatorContext, request: ArmRequest) {
  requireExistingScope(context.fleet, request.scope)
  const properties = (parseJsonBody(request.body).properties ?? {}) as Record<string, unknown>
  const principalId = properties.principalId
  const roleDefinitionId = properties.roleDefinitionId
  if (typeof principalId !== 'string' || typeof roleDefinitionId !== 'string') {
    throw badRequest(
      'InvalidRequestContent',
      "The request content was invalid: 'properties.principalId' and 'properties.roleDefinitionId' are required."
    )
  }
  const principalType = typeof properties.principalType === 'string' ? properties.principalType : undefined
  // "Assign Azure roles using the REST API", Prerequisites: "2018-09-01-preview or later to assign an Azure role to a
  // new service principal" — an older api-version (2015-07-01) gets the replication check whatever it sends.
  const apiVersion = request.target.query.get('api-version') ?? ''
  const bypass =
    principalType !== undefined &&
    apiVersion >= '2018-09-01-preview' &&
    context.settings.principalTypeAvoidsReplicationDelay
  if (
    !bypass &&
    !context.directory.isReplicated(principalId, context.clock.now(), context.settings.principalReplicationDelayMs)
  ) {
    throw badRequest(
      'PrincipalNotFound',
      `Principal ${principalId.replaceAll('-', '')} does not exist in the directory ${context.tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`
    )
  }
  const optional = (key: string): Record<string, string> =>
    typeof properties[key] === 'string' ? { [key]: properties[key] } : {}
  const { record, created } = context.roleAssignments.put({
    scope: request.scope,
    name: request.name ?? '',
    roleDefinitionId,
    principalId,
    now: context.clock.iso(),
    nowMs: context.clock.now(),
    caller: request.caller.oid,
    ...(principalType !== undefined ? { principalType } : {}),
    ...optional('description'),
    ...optional('condition'),
    ...optional('conditionVersion')
  })
  return { status: created ? 201 : 200, body: roleAssignmentBody(record) }
}

/**
 * No filter: at, above and below the scope. atScope(): at and above. principalId eq '…' / assignedTo('…'): that
 * principal's.
 */
function listFor(context: EmulatorContext, scope: string, rawFilter: string | null): RoleAssignmentRecord[] {
  const filter = (rawFilter ?? '').trim()
  const chain = context.fleet.scopeChain(scope)
  const here = scopeKey(scope)
  const atOrAbove = (r: RoleAssignmentRecord): boolean => chain.includes(scopeKey(r.properties.scope))
  const related = (r: RoleAssignmentRecord): boolean =>
    atOrAbove(r) || context.fleet.scopeChain(r.properties.scope).includes(here)
  const principal = /^(?:principalId\s+eq\s+'([^']+)'|assignedTo\('([^']+)'\))$/i.exec(filter)
  let selected: RoleAssignmentRecord[]
  if (filter === '') selected = context.roleAssignments.all().filter(related)
  else if (/^atScope\(\)$/i.test(filter)) selected = context.roleAssignments.all().filter(atOrAbove)
  else if (principal) {
    const id = (principal[1] ?? principal[2] ?? '').toLowerCase()
    selected = context.roleAssignments.all().filter((r) => related(r) && r.properties.principalId.toLowerCase() === id)
  } else {
    throw badRequest('UnsupportedQuery', `The filter '${filter}' is not supported.`)
  }
  return selected.sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()))
}
