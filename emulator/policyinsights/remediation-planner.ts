import { randomUUID } from 'node:crypto'
import { badRequest, notFound } from '../arm/arm-error.js'
import { isCompliant } from '../dine/existence-condition.js'
import { clustersCovered, simulatedAssignment } from '../dine/simulated-assignment.js'
import type { EmulatorContext } from '../emulator-context.js'
import { clusterId } from '../fleet/fleet-model.js'
import { normaliseScope } from '../fleet/scope.js'
import type { RemediationRecord } from './remediation-record.js'
import { RemediationStore } from './remediation-store.js'

const DISCOVERY_MODES = ['ExistingNonCompliant', 'ReEvaluateCompliance']

/**
 * A new remediation task: the non-compliant clusters the assignment covers inside the remediation's scope
 * (minus notScopes, narrowed by filters and resourceCount) each get one deployment, run `parallelDeployments`
 * at a time after a start delay; each finishes `deploymentDurationMs` of simulated time after its wave starts.
 */
export function planRemediation(
  context: EmulatorContext,
  scope: string,
  name: string,
  body: Record<string, unknown>,
  caller: string
): RemediationRecord {
  const properties = (body.properties ?? {}) as Record<string, unknown>
  const assignmentId = properties.policyAssignmentId
  if (typeof assignmentId !== 'string' || assignmentId === '') {
    throw badRequest(
      'InvalidRequestContent',
      "The request content was invalid: 'properties.policyAssignmentId' is required."
    )
  }
  const assignment = context.assignments.byId(assignmentId)
  if (!assignment) throw notFound('PolicyAssignmentNotFound', `The policy assignment '${assignmentId}' is not found.`)
  const discoveryMode =
    typeof properties.resourceDiscoveryMode === 'string' ? properties.resourceDiscoveryMode : 'ExistingNonCompliant'
  if (!DISCOVERY_MODES.includes(discoveryMode)) {
    throw badRequest(
      'InvalidRequestContent',
      `The resource discovery mode '${discoveryMode}' is not one of ${DISCOVERY_MODES.join(', ')}.`
    )
  }
  const now = context.clock.now()
  const startsAt = now + context.settings.remediationStartDelayMs
  const parallel = positive(properties.parallelDeployments) ?? context.settings.defaultParallelDeployments
  const simulated = simulatedAssignment(context.definitions, assignment)
  const filters = (properties.filters ?? {}) as { locations?: string[]; resourceIds?: string[] }
  const targets =
    simulated === undefined
      ? []
      : clustersCovered(context.fleet, assignment, scope)
          .filter((c) => !isCompliant(c, simulated.definition, simulated.parameters))
          .filter(
            (c) =>
              !filters.locations?.length || filters.locations.some((l) => l.toLowerCase() === c.location.toLowerCase())
          )
          .filter(
            (c) =>
              !filters.resourceIds?.length ||
              filters.resourceIds.some((id) => id.toLowerCase() === clusterId(c).toLowerCase())
          )
          .slice(0, positive(properties.resourceCount) ?? 500)
  const nowIso = new Date(now).toISOString()
  return {
    id: RemediationStore.idFor(scope, name),
    name,
    scope: normaliseScope(scope),
    policyAssignmentId: assignmentId,
    request: pick(properties, [
      'policyDefinitionReferenceId',
      'filters',
      'resourceCount',
      'parallelDeployments',
      'failureThreshold'
    ]),
    resourceDiscoveryMode: discoveryMode,
    correlationId: randomUUID(),
    createdAtMs: now,
    startsAt,
    canceled: false,
    deployments: targets.map((cluster, index) => ({
      resourceId: clusterId(cluster),
      resourceLocation: cluster.location,
      deploymentId: `/subscriptions/${cluster.subscriptionId}/resourceGroups/${cluster.resourceGroup}/providers/Microsoft.Resources/deployments/PolicyDeployment_${randomUUID().replaceAll('-', '').slice(0, 20)}`,
      dueAt: startsAt + (Math.floor(index / parallel) + 1) * context.settings.deploymentDurationMs,
      status: 'NotStarted',
      createdOn: nowIso,
      lastUpdatedOn: nowIso
    })),
    systemData: {
      createdBy: caller,
      createdByType: 'Application',
      createdAt: nowIso,
      lastModifiedBy: caller,
      lastModifiedByType: 'Application'
    }
  }
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, structuredClone(source[k])]))
}
