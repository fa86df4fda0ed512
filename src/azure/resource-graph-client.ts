import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import type { AzureClients } from './clients.js'
import { throttleRetryPolicy, DEFAULT_THROTTLE_RETRY, type ThrottleRetryOptions } from './throttle-retry-policy.js'

/**
 * The Resource Graph client, built like the other Azure clients: the cloud's ARM endpoint and token scope
 * (arm-resourcegraph would otherwise always ask for management.azure.com's), the SDK's retry policy, and the
 * throttle policy that retries 429s without Retry-After after `x-ms-user-quota-resets-after`; and their one
 * credential and HTTP client (one pool of connections).
 */
export function createResourceGraphClient(
  { cloud, credential, httpClient }: Pick<AzureClients, 'cloud' | 'credential' | 'httpClient'>,
  throttle: ThrottleRetryOptions = DEFAULT_THROTTLE_RETRY
): ResourceGraphClient {
  return new ResourceGraphClient(credential, {
    endpoint: cloud.armEndpoint,
    httpClient,
    credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
    retryOptions: { maxRetries: 4 },
    userAgentOptions: { userAgentPrefix: 'flux-policy' },
    additionalPolicies: [{ policy: throttleRetryPolicy(throttle), position: 'perCall' }]
  })
}
