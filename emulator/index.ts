/** The local Azure emulator: ARM (policy, authorization, policy insights), Entra sign-in and a simulated fleet. */
export { startAzureEmulator, type AzureEmulator, type AzureEmulatorOptions } from './start-azure-emulator.js'
export { createSimulatedClock, type SimulatedClock, type SimulatedClockOptions } from './clock.js'
export type { Fault, FaultRule } from './http/faults.js'
export type { RecordedRequest } from './http/request-log.js'
export type { SimulationSettings } from './simulation-settings.js'
export { SimulatedFleet } from './fleet/simulated-fleet.js'
export { demoFleet, DEMO_SUBSCRIPTIONS, DEMO_TENANT_ID } from './fleet/demo-fleet.js'
export { generateFleet, type GeneratedFleetOptions } from './fleet/generate-fleet.js'
export type { ResourceGraphTables, Row } from './fleet/tables.js'
export type * from './fleet/fleet-model.js'
export { createFederatedAssertion, type GrantedToken } from './entra/access-tokens.js'
export type { ArmRoute, ArmRequest } from './arm/arm-request.js'
export {
  AZURE_ARM_LIMITS,
  type ArmThrottling,
  type ArmThrottlingOptions,
  type ArmOperation
} from './arm/arm-throttling.js'
export type { TokenBucketLimit } from './arm/token-bucket.js'
export type { EmulatorContext } from './emulator-context.js'
