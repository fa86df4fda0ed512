import { badRequest, notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRequest, ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import type { EmulatorContext } from '../emulator-context.js'
import { parseScope } from '../fleet/scope.js'
import { definitionBody } from './policy-definition.js'
import { requireExistingScope } from './scope-checks.js'

const TYPE = 'microsoft.authorization/policydefinitions'
/** Policy definitions: built-in GET, custom create / get / delete / list at subscription and management-group scope. */
export function definitionRoutes(context: EmulatorContext): ArmRoute[] {
  const route = (
    name: string,
    method: ArmRoute['method'],
    shape: ArmRoute['shape'],
    handle: ArmRoute['handle']
  ): ArmRoute => ({
    name: `policyDefinitions.${name}`,
    method,
    resourceType: TYPE,
    shape,
    handle
  })
  return [
    route('get', 'GET', 'item', (request) => {
      const name = request.name ?? ''
      const record =
        request.scope === '' ? context.definitions.builtin(name) : context.definitions.getAt(request.scope, name)
      if (!record) throw notFound('PolicyDefinitionNotFound', `The policy definition '${name}' could not be found.`)
      return { status: 200, body: definitionBody(record) }
    }),
    route('createOrUpdate', 'PUT', 'item', (request) => {
      const scope = customDefinitionScope(context, request)
      const { record } = context.definitions.put(
        scope,
        request.name ?? '',
        parseJsonBody(request.body),
        context.clock.iso(),
        request.caller.oid
      )
      return { status: 201, body: definitionBody(record) }
    }),
    route('delete', 'DELETE', 'item', (request) => {
      const scope = customDefinitionScope(context, request)
      const deleted = context.definitions.delete(scope, request.name ?? '')
      return deleted ? { status: 200, body: definitionBody(deleted) } : { status: 204 }
    }),
    route('list', 'GET', 'collection', (request) => {
      const chain = request.scope === '' ? [''] : context.fleet.scopeChain(request.scope)
      const filter = /^policyType eq '(\w+)'$/i.exec(request.target.query.get('$filter') ?? '')?.[1]?.toLowerCase()
      const records = context.definitions
        .visibleFrom(chain)
        .filter((d) => request.scope !== '' || d.policyType === 'BuiltIn')
        .filter((d) => filter === undefined || d.policyType.toLowerCase() === filter)
      const page = pageOf(
        records.map(definitionBody),
        { path: request.target.path, query: request.target.query, origin: context.origin() },
        context.settings.defaultPageSize
      )
      return { status: 200, body: { value: page.value, nextLink: page.nextLink ?? null } }
    })
  ]
}

function customDefinitionScope(context: EmulatorContext, request: ArmRequest): string {
  const parsed = parseScope(request.scope)
  if (parsed?.kind !== 'subscription' && parsed?.kind !== 'managementGroup') {
    throw badRequest(
      'InvalidPolicyDefinitionScope',
      `Custom policy definitions can only be created at subscription or management group scope, not '${request.scope || '/'}'.`
    )
  }
  requireExistingScope(context.fleet, request.scope)
  return request.scope
}
