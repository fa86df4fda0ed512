import { notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import type { EmulatorContext } from '../emulator-context.js'
import { assignmentBody, type AssignmentProperties, type PolicyAssignmentRecord } from './assignment-record.js'
import { assignmentsForScope, readAssignmentFilter } from './assignment-listing.js'
import { validateAssignment } from './assignment-validation.js'
import { requireExistingScope } from './scope-checks.js'

const TYPE = 'microsoft.authorization/policyassignments'
/** Policy assignments at any scope: create (201), get, update, delete (200, or 204 when already gone), list. */
export function assignmentRoutes(context: EmulatorContext): ArmRoute[] {
  const route = (
    name: string,
    method: ArmRoute['method'],
    shape: ArmRoute['shape'],
    handle: ArmRoute['handle']
  ): ArmRoute => ({
    name: `policyAssignments.${name}`,
    method,
    resourceType: TYPE,
    shape,
    handle
  })
  const missing = (name: string) =>
    notFound('PolicyAssignmentNotFound', `The policy assignment '${name}' is not found.`)
  return [
    route('create', 'PUT', 'item', (request) => {
      const name = request.name ?? ''
      requireExistingScope(context.fleet, request.scope)
      const valid = validateAssignment(
        context.definitions,
        context.fleet,
        request.scope,
        name,
        parseJsonBody(request.body)
      )
      const before = context.assignments.get(request.scope, name)
      const { record } = context.assignments.put({
        scope: request.scope,
        name,
        valid,
        now: context.clock.now(),
        caller: request.caller.oid
      })
      scheduleEvaluation(context, before, record)
      // Create-or-replace always answers 201; arm-policy v7 throws on a 200 here.
      return { status: 201, body: assignmentBody(record) }
    }),
    route('get', 'GET', 'item', (request) => {
      const record = context.assignments.get(request.scope, request.name ?? '')
      if (!record) throw missing(request.name ?? '')
      return { status: 200, body: expanded(context, assignmentBody(record), request.target.query.get('$expand')) }
    }),
    route('update', 'PATCH', 'item', (request) => {
      const name = request.name ?? ''
      const existing = context.assignments.get(request.scope, name)
      if (!existing) throw missing(name)
      const patch = parseJsonBody(request.body)
      const current = assignmentBody(existing)
      const merged: Record<string, unknown> = {
        ...current,
        properties: { ...(current.properties as object), ...(patch.properties as object | undefined) }
      }
      if (patch.location !== undefined) merged.location = patch.location
      if (patch.identity !== undefined) merged.identity = patch.identity
      const valid = validateAssignment(context.definitions, context.fleet, request.scope, name, merged)
      const { record } = context.assignments.put({
        scope: request.scope,
        name,
        valid,
        now: context.clock.now(),
        caller: request.caller.oid
      })
      scheduleEvaluation(context, existing, record)
      return { status: 200, body: assignmentBody(record) }
    }),
    route('delete', 'DELETE', 'item', (request) => {
      const deleted = context.assignments.delete(request.scope, request.name ?? '')
      if (deleted) context.evaluations.assignmentDeleted(deleted.id)
      return deleted ? { status: 200, body: assignmentBody(deleted) } : { status: 204 }
    }),
    route('list', 'GET', 'collection', (request) => {
      const filter = readAssignmentFilter(request.target.query.get('$filter'))
      const records = assignmentsForScope(context.fleet, context.assignments.all(), request.scope, filter)
      const expand = request.target.query.get('$expand')
      const page = pageOf(
        records.map((r) => expanded(context, assignmentBody(r), expand)),
        { path: request.target.path, query: request.target.query, origin: context.origin() },
        context.settings.defaultPageSize
      )
      return { status: 200, body: { value: page.value, nextLink: page.nextLink ?? null } }
    })
  ]
}

/**
 * A new assignment, or one whose definition, parameters or notScopes changed, is evaluated after a delay (Microsoft
 * Learn, "Get compliance data of Azure resources", Evaluation triggers: "A resource is newly assigned to a policy or
 * initiative" / "An assignment already assigned to a scope is updated" — applied after about 5 minutes, then
 * evaluated). Other updates (display name, metadata, enforcement mode) keep the states Azure already has.
 */
function scheduleEvaluation(
  context: EmulatorContext,
  before: PolicyAssignmentRecord | undefined,
  after: PolicyAssignmentRecord
): void {
  const judged = (r: PolicyAssignmentRecord) =>
    JSON.stringify([r.properties.policyDefinitionId.toLowerCase(), r.properties.parameters, r.properties.notScopes])
  if (before === undefined || judged(before) !== judged(after))
    context.evaluations.assignmentWritten(after.id, context.clock.now(), context.settings)
}

/** `$expand=LatestDefinitionVersion, EffectiveDefinitionVersion` adds those two versions to the properties. */
function expanded(
  context: EmulatorContext,
  body: Record<string, unknown>,
  expand: string | null
): Record<string, unknown> {
  if (!expand) return body
  const properties = body.properties as AssignmentProperties
  const definition = context.definitions.resolve(properties.policyDefinitionId)
  const wanted = expand.split(',').map((e) => e.trim().toLowerCase())
  const extra: Record<string, string> = {}
  if (definition && wanted.includes('latestdefinitionversion')) extra.latestDefinitionVersion = definition.version
  if (definition && wanted.includes('effectivedefinitionversion')) extra.effectiveDefinitionVersion = definition.version
  return { ...body, properties: { ...properties, ...extra } }
}
