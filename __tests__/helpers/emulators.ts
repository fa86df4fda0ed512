import {
  createSimulatedClock,
  DEMO_SUBSCRIPTIONS,
  demoFleet,
  startAzureEmulator,
  type AzureEmulator,
  type AzureEmulatorOptions,
  type FleetData
} from '../../emulator/index.js'
import { azureClients, PROD_APPS } from './azure-clients.js'
import { HOSTILE } from './hostile-values.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from './principal-type.js'

/**
 * The Azure emulator most end-to-end tests run against: the demo fleet, a frozen simulated clock, and role
 * assignments with principalType skipping Entra's replication check (see ./principal-type.ts). `options` replace
 * any of these (a test that wants real time passes `clock: createSimulatedClock({ rate: 1 })`, the emulator's
 * default).
 */
export function startDemoAzure(options: AzureEmulatorOptions = {}): Promise<AzureEmulator> {
  return startAzureEmulator({
    fleet: 'demo',
    clock: createSimulatedClock(),
    simulation: PRINCIPAL_TYPE_SKIPS_REPLICATION,
    ...options
  })
}

/** The Azure emulator with the real SDK clients for one subscription (default PROD_APPS), for in-process tests. */
export async function startAzureWithClients(
  options: AzureEmulatorOptions,
  subscriptionId = PROD_APPS
): Promise<{ azure: AzureEmulator; clients: ReturnType<typeof azureClients> }> {
  const azure = await startAzureEmulator(options)
  return { azure, clients: azureClients(azure, subscriptionId) }
}

/** Stops each server a test started, in order; one a failed setup never started (undefined) is passed over. */
export async function stopAll(...servers: Array<{ stop(): Promise<void> } | undefined>): Promise<void> {
  for (const server of servers) await server?.stop()
}

/** The valid corpus case whose platform file names mg-prod and a Key Vault in rg-kv (see fleetForCustomFixture). */
export const CUSTOM_DEFINITIONS_FIXTURE = '__tests__/fixtures/valid/custom-definitions'

/**
 * The demo fleet as the custom-definitions fixture expects it: its management group contoso-prod renamed mg-prod,
 * and a resource group rg-kv (for the fixture's Key Vault) in the prod-apps subscription.
 */
export function fleetForCustomFixture(): FleetData {
  const fleet = demoFleet()
  const rename = (name: string) => (name === 'contoso-prod' ? 'mg-prod' : name)
  fleet.managementGroups = fleet.managementGroups.map((g) => ({ ...g, name: rename(g.name) }))
  fleet.subscriptions = fleet.subscriptions.map((s) => ({ ...s, managementGroup: rename(s.managementGroup) }))
  fleet.resourceGroups.push({ subscriptionId: DEMO_SUBSCRIPTIONS.prodApps, name: 'rg-kv', location: 'westeurope' })
  return fleet
}

/** The demo fleet with HOSTILE in every subscription's display name (names a subscription owner chooses). */
export function fleetWithHostileNames(): FleetData {
  const fleet = demoFleet()
  for (const s of fleet.subscriptions) s.displayName = `${s.displayName} ${HOSTILE}`
  return fleet
}

/** The names of the clusters that carry the Flux configuration `name` from the Git repository `url`, sorted. */
export function clustersCarrying(azure: AzureEmulator, name: string, url: string): string[] {
  return azure.fleet.clusters
    .filter((c) => c.fluxConfigurations.some((f) => f.name === name && f.gitRepository?.url === url))
    .map((c) => c.name)
    .sort()
}
