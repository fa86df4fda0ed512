import { randomBytes, randomUUID } from 'node:crypto'
import { PrincipalDirectory } from './authorization/principal-directory.js'
import { RoleAssignmentStore } from './authorization/role-assignment-store.js'
import { defaultPrincipalRoles, seedPrincipalRoles, type PrincipalRole } from './authorization/principal-roles.js'
import { createSimulatedClock, type SimulatedClock } from './clock.js'
import { policyStateRows } from './dine/policy-states.js'
import type { EmulatorContext } from './emulator-context.js'
import { AccessTokens, createFederatedAssertion, type GrantedToken } from './entra/access-tokens.js'
import type { EntraSettings } from './entra/entra-settings.js'
import { toSimulatedFleet, type FleetSource } from './fleet/fleet-source.js'
import type { SimulatedFleet } from './fleet/simulated-fleet.js'
import { FaultPlan, type FaultRule } from './http/faults.js'
import { RequestLog } from './http/request-log.js'
import { startHttpsListener } from './http/https-listener.js'
import type { ArmRoute } from './arm/arm-request.js'
import { createArmThrottling, type ArmThrottling, type ArmThrottlingOptions } from './arm/arm-throttling.js'
import { AssignmentStore } from './policy/assignment-store.js'
import { DefinitionStore } from './policy/definition-store.js'
import { runDueDeployments } from './policyinsights/remediation-progress.js'
import { RemediationStore } from './policyinsights/remediation-store.js'
import { PolicyEvaluations } from './policyinsights/policy-evaluations.js'
import { DEFAULT_SIMULATION_SETTINGS, type SimulationSettings } from './simulation-settings.js'
import { createTestCertificateAuthority } from './tls/test-certificate-authority.js'
import { emulatorRouter } from './emulator-router.js'
import { AsyncOperationStore } from './kubernetesconfiguration/async-operations.js'
import { resourceGraphRoute, type ResourceGraphRouteOptions } from './resource-graph-route.js'

export interface AzureEmulatorOptions {
  /**
   * `demo` (default, matches examples/), `{ clusters, seed }` for a generated fleet, fleet data, or a SimulatedFleet.
   */
  fleet?: FleetSource
  /** Fault rules active from the start (more can be added with `faults.add`). */
  faults?: FaultRule[]
  /** Seed of the random source that decides fractional faults. */
  faultSeed?: number | string
  /** Simulated time; default: a clock that follows real time. Tests pass `createSimulatedClock()` (frozen). */
  clock?: SimulatedClock
  simulation?: Partial<SimulationSettings>
  /** 0 (default): any free port. */
  port?: number
  clientId?: string
  clientSecret?: string
  /** Federated credential subjects the token endpoint accepts in client assertions; default: any. */
  federatedSubjects?: string[]
  tokenLifetimeSeconds?: number
  /** Resource Graph options (quota); the route itself is always served. */
  resourceGraph?: ResourceGraphRouteOptions
  /**
   * ARM's throttling: token buckets per subscription (or tenant), principal and operation type, 429
   * `ResourceRequestsThrottled` with `Retry-After` past them. Off by default (tests stay fast); `true` for Azure's
   * limits (reads 250 + 25/s, writes and deletes 200 + 10/s), or options to change limits and clock.
   */
  armThrottling?: boolean | ArmThrottlingOptions
  /**
   * The signed-in principal's role assignments (all tokens the emulator issues, secret or federated, carry its object
   * id). Default: Owner at the top management group. Pass weaker ones (e.g. `[{ role: 'Reader', scope }]`) to try a
   * too-weak identity; ARM calls then fail 403 AuthorizationFailed where real ARM would.
   */
  principalRoles?: PrincipalRole[]
  /** More ARM routes served with the same auth and error handling. */
  extraRoutes?: (context: EmulatorContext) => ArmRoute[]
}

/** A running emulator: where it is, how to sign in and trust it, and handles on its state. */
export interface AzureEmulator {
  /** The ARM endpoint (client option `endpoint`), e.g. https://127.0.0.1:53121. */
  armEndpoint: string
  /** The Entra authority host (credential option `authorityHost`); the same origin. */
  authorityHost: string
  tenantId: string
  clientId: string
  clientSecret: string
  /** The object id of the app's service principal (systemData.createdBy of what it writes). */
  servicePrincipalObjectId: string
  /** The test CA's certificate: PEM text (client option `tlsOptions: { ca }`) and a file (NODE_EXTRA_CA_CERTS). */
  caPem: string
  caFile: string
  /** The server key and certificate (signed by the test CA), for another emulator on the same trust. */
  serverTls: { keyPem: string; certPem: string }
  /** A bearer token for armEndpoint, valid for tokenLifetimeSeconds (one hour by default). */
  token: string
  fleet: SimulatedFleet
  requests: RequestLog
  /** Each access token Entra's token endpoint granted, with its scope (how many sign-ins a client made). */
  grantedTokens: readonly GrantedToken[]
  clock: SimulatedClock
  faults: FaultPlan
  /** ARM's token buckets (`enabled` false unless started with `armThrottling`). */
  armThrottling: ArmThrottling
  /** Simulation knobs; change them at any time. */
  settings: SimulationSettings
  context: EmulatorContext
  /** A GitHub-Actions-style OIDC token for ClientAssertionCredential. */
  federatedAssertion(subject?: string): string
  stop(): Promise<void>
}

export async function startAzureEmulator(options: AzureEmulatorOptions = {}): Promise<AzureEmulator> {
  const fleet = toSimulatedFleet(options.fleet)
  const clock = options.clock ?? createSimulatedClock({ rate: 1 })
  const settings: SimulationSettings = { ...DEFAULT_SIMULATION_SETTINGS, ...options.simulation }
  const entra: EntraSettings = {
    tenantId: fleet.tenantId,
    clientId: options.clientId ?? '0c9b6f3e-5d1a-4e7b-9a2c-f12345678c19',
    clientSecret: options.clientSecret ?? randomBytes(18).toString('base64url'),
    servicePrincipalObjectId: randomUUID(),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    ...(options.federatedSubjects ? { federatedSubjects: options.federatedSubjects } : {})
  }
  const directory = new PrincipalDirectory()
  directory.add(entra.servicePrincipalObjectId)
  const definitions = new DefinitionStore()
  const assignments = new AssignmentStore(fleet.tenantId, directory, () => fleet.policyChanged())
  let origin = ''
  const context: EmulatorContext = {
    tenantId: fleet.tenantId,
    fleet,
    clock,
    settings,
    definitions,
    assignments,
    directory,
    roleAssignments: new RoleAssignmentStore(),
    remediations: new RemediationStore(),
    kubernetesConfigurationOperations: new AsyncOperationStore(),
    evaluations: new PolicyEvaluations(),
    origin: () => origin,
    catchUp: () => {
      runDueDeployments(context, clock.now())
      context.kubernetesConfigurationOperations.settle(clock.now())
    }
  }
  seedPrincipalRoles(
    context.roleAssignments,
    entra.servicePrincipalObjectId,
    options.principalRoles ?? defaultPrincipalRoles(fleet),
    clock.iso()
  )
  fleet.attachSimulation({
    policyStateRows: () => policyStateRows(context),
    catchUp: context.catchUp,
    now: () => clock.now()
  })
  const unsubscribe = clock.onAdvance(() => context.catchUp())
  const tokens = new AccessTokens()
  const requests = new RequestLog()
  const faults = new FaultPlan(options.faults, options.faultSeed)
  const armThrottling = createArmThrottling(options.armThrottling === true ? {} : (options.armThrottling ?? false))
  const ca = await createTestCertificateAuthority()
  const listener = await startHttpsListener({
    keyPem: ca.serverKeyPem,
    certPem: ca.serverCertPem,
    port: options.port ?? 0,
    faults,
    record: (entry) => requests.record(entry),
    resolveRoute: emulatorRouter({
      context,
      entra,
      tokens,
      throttling: armThrottling,
      extraRoutes: [resourceGraphRoute(context, options.resourceGraph), ...(options.extraRoutes?.(context) ?? [])]
    })
  })
  origin = `https://127.0.0.1:${listener.port}`
  return {
    armEndpoint: origin,
    authorityHost: origin,
    tenantId: entra.tenantId,
    clientId: entra.clientId,
    clientSecret: entra.clientSecret,
    servicePrincipalObjectId: entra.servicePrincipalObjectId,
    caPem: ca.caPem,
    caFile: ca.caFile,
    serverTls: { keyPem: ca.serverKeyPem, certPem: ca.serverCertPem },
    token: tokens.issue(
      {
        aud: origin,
        iss: `https://sts.windows.net/${entra.tenantId}/`,
        tid: entra.tenantId,
        appid: entra.clientId,
        oid: entra.servicePrincipalObjectId,
        sub: entra.servicePrincipalObjectId
      },
      entra.tokenLifetimeSeconds
    ).token,
    fleet,
    requests,
    grantedTokens: tokens.granted,
    clock,
    faults,
    armThrottling,
    settings,
    context,
    federatedAssertion: (subject = 'repo:contoso/policies:ref:refs/heads/main') => createFederatedAssertion(subject),
    async stop() {
      unsubscribe()
      await listener.close()
      await ca.dispose()
    }
  }
}
