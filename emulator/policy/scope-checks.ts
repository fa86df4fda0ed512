import { notFound } from '../arm/arm-error.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import { parseScope } from '../fleet/scope.js'

/**
 * Fails like ARM when a scope names a subscription or resource group the fleet does not have. A management group it
 * does not have is answered 403 before the route runs (emulator-router.ts, missingManagementGroup); the 404 here is
 * only reached by callers that skip that check.
 */
export function requireExistingScope(fleet: SimulatedFleet, scope: string): void {
  const parsed = parseScope(scope)
  if (!parsed || parsed.kind === 'tenant') return
  if (parsed.kind === 'managementGroup') {
    if (!fleet.findManagementGroup(parsed.managementGroup)) {
      throw notFound('ManagementGroupNotFound', `The management group '${parsed.managementGroup}' could not be found.`)
    }
    return
  }
  if (!fleet.findSubscription(parsed.subscriptionId)) {
    throw notFound('SubscriptionNotFound', `The subscription '${parsed.subscriptionId}' could not be found.`)
  }
  if (
    (parsed.kind === 'resourceGroup' || parsed.kind === 'resource') &&
    !fleet.findResourceGroup(parsed.subscriptionId, parsed.resourceGroup)
  ) {
    throw notFound('ResourceGroupNotFound', `Resource group '${parsed.resourceGroup}' could not be found.`)
  }
}
