import type { TokenCredential } from '@azure/identity'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { PolicyClient } from '@azure/arm-policy'
import { PolicyInsightsClient } from '@azure/arm-policyinsights'
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline'
import type { AzureCloud } from './cloud.js'
import { ArmPacer } from './arm-pacer.js'
import { armPacingPolicy } from './arm-pacing-policy.js'
import { throttleRetryPolicy } from './throttle-retry-policy.js'
import { oneSignInAtATime } from './one-sign-in.js'
import { keepsNoTokens, type CredentialKind } from './credential.js'
import { keepTokens } from './token-cache.js'

/** Subscription id the SDK constructors require for clients used only on management-group scopes. */
const NO_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'

export interface AzureClients {
  cloud: AzureCloud
  credential: TokenCredential
  /**
   * The one HTTP client of every Azure client (the Resource Graph client takes it too), so all of them share one pool
   * of kept-alive connections. Left to themselves, the SDK clients share the default HTTP client of the copy of
   * `@azure/core-client` they load, and these packages load two: the ESM build (arm-policy, arm-policyinsights,
   * arm-resourcegraph) and the CommonJS one (arm-authorization, arm-kubernetesconfiguration), in the bundle as in
   * Node. The connections the plan's reads opened then served none of the writes after them: a 1,000-cluster update
   * of Flux configurations opened 127 connections of its own, a TLS handshake each.
   */
  httpClient: HttpClient
  /** A policy client bound to a subscription (resource-group calls need one), or to none for other scopes. */
  policy(subscriptionId?: string): PolicyClient
  authorization(subscriptionId?: string): AuthorizationManagementClient
  insights(subscriptionId?: string): PolicyInsightsClient
  /** Extensions and Flux configurations of clusters (Microsoft.KubernetesConfiguration). */
  kubernetesConfiguration(subscriptionId: string): SourceControlConfigurationClient
}

/**
 * The one place Azure clients are built: the cloud's ARM endpoint and token scope, the SDK's own retry policy, and
 * one credential for all of them (`credential`, which the Resource Graph client takes too) that signs in once:
 * concurrent calls are folded, and the tokens of a credential of a `kind` that keeps none (the Azure CLI) are kept
 * here (a caller that does not say the kind leaves the keeping to the credential).
 * TLS trust is Node's (NODE_EXTRA_CA_CERTS for a private CA), as for any Azure SDK user. All clients share one
 * pacer: ARM's token buckets are per subscription and principal, whichever client (or resource provider) calls.
 */
export function createAzureClients(cloud: AzureCloud, signedIn: TokenCredential, kind?: CredentialKind): AzureClients {
  const credential = oneSignInAtATime(kind && keepsNoTokens(kind) ? keepTokens(signedIn) : signedIn)
  const scopes = [`${cloud.armEndpoint}/.default`]
  const pacer = new ArmPacer()
  const httpClient = createDefaultHttpClient()
  const common = {
    endpoint: cloud.armEndpoint,
    httpClient,
    retryOptions: { maxRetries: 4 },
    userAgentOptions: { userAgentPrefix: 'flux-policy' },
    additionalPolicies: [
      { policy: throttleRetryPolicy(), position: 'perCall' as const },
      { policy: armPacingPolicy(pacer), position: 'perRetry' as const }
    ]
  }
  return {
    cloud,
    credential,
    httpClient,
    policy: cached((sub) => new PolicyClient(credential, sub, { ...common, credentials: { scopes } })),
    authorization: cached(
      (sub) => new AuthorizationManagementClient(credential, sub, { ...common, credentialScopes: scopes })
    ),
    insights: cached((sub) => new PolicyInsightsClient(credential, sub, { ...common, credentialScopes: scopes })),
    kubernetesConfiguration: cached(
      (sub) => new SourceControlConfigurationClient(credential, sub, { ...common, credentialScopes: scopes })
    )
  }
}

function cached<T>(make: (subscriptionId: string) => T): (subscriptionId?: string) => T {
  const clients = new Map<string, T>()
  return (subscriptionId = NO_SUBSCRIPTION) => {
    let client = clients.get(subscriptionId)
    if (!client) clients.set(subscriptionId, (client = make(subscriptionId)))
    return client
  }
}
