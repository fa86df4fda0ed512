import { ArmFailure, badRequest, notFound } from '../arm/arm-error.js'
import type { ArmRequest, ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import { evaluatedStates, type EvaluatedState } from '../dine/policy-states.js'
import type { EmulatorContext } from '../emulator-context.js'
import { CLUSTER_RESOURCE_TYPES, clusterId } from '../fleet/fleet-model.js'
import { parseScope, scopeKey } from '../fleet/scope.js'

/** Policy States (Microsoft.PolicyInsights): the stable versions of azure-rest-api-specs' policyStates.json. */
const API_VERSIONS = ['2024-10-01', '2019-10-01']
const ASSIGNMENT_SCOPE = /^(.*)\/providers\/microsoft\.authorization\/policyassignments\/([^/]+)$/i

/**
 * On-demand evaluation and policy-state queries:
 * - `POST {subscription | resource group}/providers/Microsoft.PolicyInsights/policyStates/latest/triggerEvaluation`
 *   (REST "Policy States - Trigger Subscription Evaluation" / "- Trigger Resource Group Evaluation"; Microsoft Learn
 *   "Get compliance data of Azure resources", On-demand evaluation scan): 202 with `Location` and `Retry-After`; the
 *   Location answers 202 until the scan is done, then 200 `{"status":"Succeeded"}`. There is no such action at a
 *   management group (the spec defines it only for these two scopes), so it is answered as an unknown route.
 * - `POST {scope}/providers/Microsoft.PolicyInsights/policyStates/{latest|default}/queryResults` at a management
 *   group, subscription, resource group, or policy assignment: the states of the last completed evaluations.
 */
export function policyStateRoutes(context: EmulatorContext): ArmRoute[] {
  return [
    {
      name: 'policyStates.triggerEvaluation',
      method: 'POST',
      resourceType: 'microsoft.policyinsights/policystates',
      shape: 'action',
      action: 'triggerevaluation',
      apiVersions: API_VERSIONS,
      handle: (request) => {
        const scope = parseScope(request.scope)
        if (
          request.name?.toLowerCase() !== 'latest' ||
          (scope?.kind !== 'subscription' && scope?.kind !== 'resourceGroup')
        ) {
          throw notFound(
            'NotFound',
            `No HTTP resource was found that matches the request URI '${request.target.path}'.`
          )
        }
        if (!context.fleet.findSubscription(scope.subscriptionId))
          throw notFound('SubscriptionNotFound', `The subscription '${scope.subscriptionId}' could not be found.`)
        if (
          scope.kind === 'resourceGroup' &&
          !context.fleet.findResourceGroup(scope.subscriptionId, scope.resourceGroup)
        )
          throw notFound('ResourceGroupNotFound', `Resource group '${scope.resourceGroup}' could not be found.`)
        const scan = context.evaluations.startScan(request.scope, context.clock.now(), context.settings)
        return { status: 202, headers: operationHeaders(context, request, scope.subscriptionId, scan.id) }
      }
    },
    {
      name: 'policyStates.operationResult',
      method: 'GET',
      resourceType: 'microsoft.policyinsights/asyncoperationresults',
      shape: 'item',
      handle: (request) => {
        const scan = context.evaluations.scan(request.name ?? '')
        const scope = parseScope(request.scope)
        if (!scan || scope?.kind !== 'subscription' || !scopeKey(scan.scope).startsWith(scopeKey(request.scope)))
          throw notFound('NotFound', `The operation '${request.name ?? ''}' could not be found.`)
        if (!scan.completed)
          return { status: 202, headers: operationHeaders(context, request, scope.subscriptionId, scan.id) }
        return { status: 200, body: { status: 'Succeeded' } }
      }
    },
    {
      name: 'policyStates.queryResults',
      method: 'POST',
      resourceType: 'microsoft.policyinsights/policystates',
      shape: 'action',
      action: 'queryresults',
      apiVersions: API_VERSIONS,
      // "Azure resource provider operations", Microsoft.PolicyInsights: querying policy states is the read operation
      // `Microsoft.PolicyInsights/policyStates/queryResults/read` (a POST ARM checks as a read), over the scope the
      // states belong to — for an assignment's states, the scope the assignment sits at.
      authorization: (request) => ({
        action: 'Microsoft.PolicyInsights/policyStates/queryResults/read',
        scope: ASSIGNMENT_SCOPE.exec(request.scope)?.[1] ?? request.scope
      }),
      handle: (request) => {
        const resource = request.name?.toLowerCase()
        if (resource !== 'latest' && resource !== 'default')
          throw badRequest('InvalidPolicyStatesResource', `'${request.name ?? ''}' is not 'latest' or 'default'.`)
        const states = statesAt(context, request.scope).filter(filterOf(request.target.query.get('$filter')))
        const page = pageOf(
          states.map((s) => stateBody(s, context)),
          { path: request.target.path, query: request.target.query, origin: context.origin() },
          1000
        )
        return {
          status: 200,
          body: {
            '@odata.context': `https://management.azure.com/${API_METADATA}`,
            '@odata.count': page.value.length,
            ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
            value: page.value
          }
        }
      }
    }
  ]
}

const API_METADATA = 'providers/Microsoft.PolicyInsights/policyStates/$metadata#latest'

/** Location of the scan's operation (the REST spec's example: `…/asyncOperationResults/{token}`), polled every 10 s. */
function operationHeaders(
  context: EmulatorContext,
  request: ArmRequest,
  subscriptionId: string,
  id: string
): Record<string, string> {
  const apiVersion = request.target.query.get('api-version') ?? API_VERSIONS[0]!
  return {
    Location: `${context.origin()}/subscriptions/${subscriptionId}/providers/Microsoft.PolicyInsights/asyncOperationResults/${id}?api-version=${apiVersion}`,
    'Retry-After': '10'
  }
}

function statesAt(context: EmulatorContext, scope: string): EvaluatedState[] {
  const all = evaluatedStates(context)
  const assignment = ASSIGNMENT_SCOPE.exec(scope)
  if (assignment) return all.filter((s) => scopeKey(s.record.id) === scopeKey(scope))
  const parsed = parseScope(scope)
  if (!parsed || parsed.kind === 'tenant' || parsed.kind === 'resource')
    throw notFound('NotFound', `No HTTP resource was found that matches the scope '${scope}'.`)
  const inScope = context.fleet.containsCluster(scope)
  return all.filter((s) => inScope(s.cluster))
}

/** `$filter`: `field eq 'value'` terms joined by `and` (what flux-policy and the docs' examples use); else 400. */
function filterOf(filter: string | null): (state: EvaluatedState) => boolean {
  if (!filter) return () => true
  const terms = filter.split(/\s+and\s+/i).map((term) => {
    const match = /^\s*(\w+)\s+eq\s+'([^']*)'\s*$/i.exec(term)
    if (!match) throw new ArmFailure(400, 'InvalidFilterInQueryString', `The $filter '${filter}' is not supported.`)
    return { field: match[1]!.toLowerCase(), value: match[2]!.toLowerCase() }
  })
  return (state) =>
    terms.every(({ field, value }) => {
      const actual = FILTER_FIELDS[field]?.(state)
      if (actual === undefined)
        throw new ArmFailure(400, 'InvalidFilterInQueryString', `The $filter '${filter}' is not supported.`)
      return actual.toLowerCase() === value
    })
}

const FILTER_FIELDS: Record<string, (s: EvaluatedState) => string> = {
  compliancestate: (s) => (s.compliant ? 'Compliant' : 'NonCompliant'),
  policyassignmentid: (s) => s.record.id,
  policyassignmentname: (s) => s.record.name,
  resourceid: (s) => clusterId(s.cluster),
  resourcetype: (s) => CLUSTER_RESOURCE_TYPES[s.cluster.kind]
}

/** A PolicyState as the REST spec describes it (arm-policyinsights 6 `PolicyState`). */
function stateBody(state: EvaluatedState, context: EmulatorContext): Record<string, unknown> {
  const { record, simulated, cluster, compliant, evaluatedAt } = state
  const resourceId = clusterId(cluster)
  return {
    '@odata.id': null,
    '@odata.context': `https://management.azure.com/${API_METADATA}/$entity`,
    // When the evaluation that recorded the state completed (policy-evaluations.ts, EvaluatedResource).
    timestamp: new Date(evaluatedAt).toISOString(),
    resourceId,
    policyAssignmentId: record.id,
    policyDefinitionId: record.properties.policyDefinitionId,
    effectiveParameters: '',
    isCompliant: compliant,
    subscriptionId: cluster.subscriptionId,
    resourceType: CLUSTER_RESOURCE_TYPES[cluster.kind],
    resourceLocation: cluster.location,
    resourceGroup: cluster.resourceGroup,
    resourceTags: 'tbd',
    policyAssignmentName: record.name,
    policyAssignmentOwner: 'tbd',
    policyAssignmentParameters: JSON.stringify(record.properties.parameters ?? {}),
    policyAssignmentScope: record.properties.scope,
    policyDefinitionName: simulated.definition.name,
    policyDefinitionAction: 'deployifnotexists',
    policyDefinitionCategory: 'tbd',
    policySetDefinitionId: '',
    policySetDefinitionName: '',
    policySetDefinitionOwner: '',
    policySetDefinitionCategory: '',
    policySetDefinitionParameters: '',
    managementGroupIds: context.fleet
      .scopeChain(resourceId)
      .flatMap((s) => /managementgroups\/([^/]+)$/.exec(s)?.[1] ?? [])
      .join(','),
    policyDefinitionReferenceId: '',
    complianceState: compliant ? 'Compliant' : 'NonCompliant',
    policyDefinitionGroupNames: [''],
    policyDefinitionVersion: simulated.definition.version,
    policySetDefinitionVersion: '',
    policyAssignmentVersion: ''
  }
}
