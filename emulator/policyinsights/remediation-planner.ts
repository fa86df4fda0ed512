import { randomUUID } from 'node:crypto'
import { badRequest, notFound } from '../arm/arm-error.js'
import { clustersCovered, simulatedAssignment } from '../dine/simulated-assignment.js'
import type { EmulatorContext } from '../emulator-context.js'
import { clusterId } from '../fleet/fleet-model.js'
import { normaliseScope, parseScope } from '../fleet/scope.js'
import type { RemediationRecord } from './remediation-record.js'
import { RemediationStore } from './remediation-store.js'

const DISCOVERY_MODES = ['ExistingNonCompliant', 'ReEvaluateCompliance']

/**
 * A new remediation task. `ExistingNonCompliant` (the default) plans its deployments now from the policy states
 * already known; `ReEvaluateCompliance` first evaluates its scope for `evaluationDurationMs` (state `Evaluating`),
 * then plans them (remediation-progress.ts).
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
  if (discoveryMode === 'ReEvaluateCompliance' && parseScope(scope)?.kind === 'managementGroup') {
    // Azure/azure-powershell, src/PolicyInsights remediation tests (Start-AzPolicyRemediation -ResourceDiscoveryMode
    // ReEvaluateCompliance at a management group), and the cmdlet's docs: re-evaluation is refused there.
    throw badRequest(
      'InvalidCreateRemediationRequest',
      'Evaluating compliance before remediation is only supported for remediations at subscription scope and below.'
    )
  }
  const now = context.clock.now()
  // ReEvaluateCompliance evaluates the resources in the remediation's scope first (REST "Remediations - Create At
  // Subscription": "ReEvaluateCompliance: re-evaluate the compliance state of resources and then remediate the
  // resources found to be non-compliant"); the evaluation takes as long as any other.
  const evaluatesUntil =
    discoveryMode === 'ReEvaluateCompliance' ? now + context.settings.evaluationDurationMs : undefined
  const nowIso = new Date(now).toISOString()
  const record: RemediationRecord = {
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
    startsAt: (evaluatesUntil ?? now) + context.settings.remediationStartDelayMs,
    ...(evaluatesUntil === undefined ? {} : { evaluatesUntil }),
    planned: false,
    canceled: false,
    deployments: [],
    systemData: {
      createdBy: caller,
      createdByType: 'Application',
      createdAt: nowIso,
      lastModifiedBy: caller,
      lastModifiedByType: 'Application'
    }
  }
  if (evaluatesUntil === undefined) planDeployments(context, record, now)
  return record
}

/**
 * Decides the remediation's deployments from the policy states Azure knows at `at`: the clusters the last completed
 * evaluation found non-compliant (ExistingNonCompliant remediates resources "already known to be non-compliant" —
 * right after an assignment there are none: hashicorp/terraform-provider-azurerm#24715, Azure/Azure-Landing-Zones#1100)
 * inside the remediation's scope, narrowed by filters and resourceCount. Each runs `parallelDeployments` at a time
 * after the start delay and finishes `deploymentDurationMs` after its wave starts.
 */
export function planDeployments(context: EmulatorContext, record: RemediationRecord, at: number): void {
  const assignment = context.assignments.byId(record.policyAssignmentId)
  const simulated = assignment && simulatedAssignment(context.definitions, assignment)
  const known = context.evaluations.statesOf(record.policyAssignmentId)
  const filters = (record.request.filters ?? {}) as { locations?: string[]; resourceIds?: string[] }
  const parallel = positive(record.request.parallelDeployments) ?? context.settings.defaultParallelDeployments
  const targets =
    assignment === undefined || simulated === undefined
      ? []
      : clustersCovered(context.fleet, assignment, record.scope)
          .filter((c) => known.get(clusterId(c).toLowerCase())?.compliant === false)
          .filter(
            (c) =>
              !filters.locations?.length || filters.locations.some((l) => l.toLowerCase() === c.location.toLowerCase())
          )
          .filter(
            (c) =>
              !filters.resourceIds?.length ||
              filters.resourceIds.some((id) => id.toLowerCase() === clusterId(c).toLowerCase())
          )
          .slice(0, positive(record.request.resourceCount) ?? 500)
  const atIso = new Date(at).toISOString()
  record.deployments = targets.map((cluster, index) => ({
    resourceId: clusterId(cluster),
    resourceLocation: cluster.location,
    deploymentId: `/subscriptions/${cluster.subscriptionId}/resourceGroups/${cluster.resourceGroup}/providers/Microsoft.Resources/deployments/PolicyDeployment_${randomUUID().replaceAll('-', '').slice(0, 20)}`,
    dueAt: record.startsAt + (Math.floor(index / parallel) + 1) * context.settings.deploymentDurationMs,
    status: 'NotStarted',
    createdOn: atIso,
    lastUpdatedOn: atIso
  }))
  record.planned = true
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, structuredClone(source[k])]))
}
