import type { TokenCredential } from '@azure/identity'
import { PolicyClient } from '@azure/arm-policy'
import type { AzureCloud } from './cloud.js'

/** Subscription id the SDK constructors require for clients used only on management-group scopes. */
const NO_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'

export interface AzureClients {
  cloud: AzureCloud
  credential: TokenCredential
  /** A policy client bound to a subscription (resource-group calls need one), or to none for other scopes. */
  policy(subscriptionId?: string): PolicyClient
}

/**
 * The one place Azure clients are built: the cloud's ARM endpoint and token scope, the SDK's own retry policy.
 * TLS trust is Node's (NODE_EXTRA_CA_CERTS for a private CA), as for any Azure SDK user.
 */
export function createAzureClients(cloud: AzureCloud, credential: TokenCredential): AzureClients {
  const options = {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
    retryOptions: { maxRetries: 4 },
    userAgentOptions: { userAgentPrefix: 'flux-policy' }
  }
  const policyClients = new Map<string, PolicyClient>()
  return {
    cloud,
    credential,
    policy(subscriptionId = NO_SUBSCRIPTION) {
      let client = policyClients.get(subscriptionId)
      if (!client) policyClients.set(subscriptionId, (client = new PolicyClient(credential, subscriptionId, options)))
      return client
    }
  }
}
