import type { ArmRoute } from './arm/arm-request.js'
import { readableTables } from './authorization/readable-rows.js'
import type { EmulatorContext } from './emulator-context.js'
import { roleAssignmentRows } from './authorization/role-assignment-rows.js'
import { withTables } from './fleet/tables.js'
import {
  answerResourceGraphQuery,
  createResourceGraphQuota,
  createSnapshotStore,
  type ResourceGraphQuotaOptions
} from './resource-graph/index.js'

export interface ResourceGraphRouteOptions {
  /** Per-user quota (default Azure's 15 queries per 5 s, timed by the simulated clock); `false` turns it off. */
  quota?: ResourceGraphQuotaOptions | false
}

/**
 * `POST /providers/Microsoft.ResourceGraph/resources` served by the Resource Graph engine (emulator/resource-graph)
 * over this emulator's fleet tables, its management-group tree and its simulated clock.
 */
export function resourceGraphRoute(context: EmulatorContext, options: ResourceGraphRouteOptions = {}): ArmRoute {
  const quota =
    options.quota === false ? undefined : createResourceGraphQuota({ now: () => context.clock.now(), ...options.quota })
  const snapshots = createSnapshotStore()
  return {
    name: 'resourceGraph.resources',
    method: 'POST',
    resourceType: 'microsoft.resourcegraph/resources',
    shape: 'collection',
    authorization: 'filtered',
    handle(request) {
      let body: unknown
      try {
        body = request.body.trim() === '' ? undefined : JSON.parse(request.body)
      } catch {
        body = request.body
      }
      const answer = answerResourceGraphQuery(
        body,
        readableTables(
          context,
          request.caller.oid,
          withTables(context.fleet.tables(), {
            authorizationresources: () => roleAssignmentRows(context.tenantId, context.roleAssignments.all())
          })
        ),
        {
          subscriptionsOfManagementGroup: (group) => context.fleet.subscriptionIdsUnder(group),
          managementGroupsUnder: (group) => context.fleet.managementGroupsUnder(group)
        },
        quota,
        { now: () => context.clock.now(), snapshots }
      )
      return { status: answer.status, headers: withoutContentType(answer.headers), body: answer.body }
    }
  }
}

/** The listener sets content-type itself; the engine's headers carry it too. */
function withoutContentType(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'))
}
