import { badRequest, notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRequest, ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import type { EmulatorContext } from '../emulator-context.js'
import { scopeKey } from '../fleet/scope.js'
import { requireExistingScope } from '../policy/scope-checks.js'
import { planRemediation } from './remediation-planner.js'
import { deploymentBody, remediationBody, type RemediationRecord } from './remediation-record.js'

const TYPE = 'microsoft.policyinsights/remediations'
/**
 * Remediations (arm-policyinsights): create, get (progress over simulated time), delete, cancel, list, listDeployments.
 */
export function remediationRoutes(context: EmulatorContext): ArmRoute[] {
  const route = (
    name: string,
    method: ArmRoute['method'],
    shape: ArmRoute['shape'],
    handle: ArmRoute['handle'],
    action?: string
  ): ArmRoute => ({
    name: `remediations.${name}`,
    method,
    resourceType: TYPE,
    shape,
    handle,
    ...(action ? { action } : {})
  })
  const find = (request: ArmRequest): RemediationRecord => {
    const record = context.remediations.get(request.scope, request.name ?? '')
    if (!record) throw notFound('RemediationNotFound', `The remediation '${request.name ?? ''}' could not be found.`)
    return record
  }
  const body = (record: RemediationRecord) => remediationBody(record, context.clock.now())
  return [
    route('create', 'PUT', 'item', (request) => {
      requireExistingScope(context.fleet, request.scope)
      const existing = context.remediations.get(request.scope, request.name ?? '')
      if (existing && !isFinished(existing)) {
        throw badRequest(
          'InvalidRemediationUpdate',
          `The remediation '${existing.name}' is still running and cannot be updated. Cancel it or wait until it completes.`
        )
      }
      const record = planRemediation(
        context,
        request.scope,
        request.name ?? '',
        parseJsonBody(request.body),
        request.caller.oid
      )
      context.remediations.set(record)
      return { status: 201, body: body(record) }
    }),
    route('get', 'GET', 'item', (request) => ({ status: 200, body: body(find(request)) })),
    route('delete', 'DELETE', 'item', (request) => {
      const deleted = context.remediations.delete(request.scope, request.name ?? '')
      return deleted ? { status: 200, body: body(deleted) } : { status: 204 }
    }),
    route(
      'cancel',
      'POST',
      'action',
      (request) => {
        const record = find(request)
        if (!isFinished(record)) record.canceled = true
        return { status: 200, body: body(record) }
      },
      'cancel'
    ),
    route(
      'listDeployments',
      'POST',
      'action',
      (request) => {
        const record = find(request)
        const page = pageOf(
          record.deployments.map(deploymentBody),
          { path: request.target.path, query: request.target.query, origin: context.origin() },
          context.settings.defaultPageSize
        )
        return { status: 200, body: { value: page.value, nextLink: page.nextLink ?? null } }
      },
      'listdeployments'
    ),
    route('list', 'GET', 'collection', (request) => {
      // Remediations at the scope and below it (unconfirmed whether Azure includes the ones below).
      const here = scopeKey(request.scope)
      const records = context.remediations
        .all()
        .filter((r) => context.fleet.scopeChain(r.scope).includes(here))
        .sort((a, b) => a.id.localeCompare(b.id))
      const page = pageOf(
        records.map(body),
        { path: request.target.path, query: request.target.query, origin: context.origin() },
        context.settings.defaultPageSize
      )
      return { status: 200, body: { value: page.value, nextLink: page.nextLink ?? null } }
    })
  ]
}

const isFinished = (record: RemediationRecord): boolean =>
  record.canceled ||
  (record.planned && record.deployments.every((d) => d.status === 'Succeeded' || d.status === 'Failed'))
