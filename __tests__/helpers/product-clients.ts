import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import type { AzureEmulator } from '../../emulator/index.js'
import { throttleRetryPolicy, type ThrottleRetryOptions } from '../../src/azure/throttle-retry-policy.js'
import { secretCredential } from './azure-clients.js'

/**
 * The Resource Graph client as the product builds it (`createResourceGraphClient`: endpoint, token scope, the
 * throttle-retry policy), for in-process tests: plus the one thing a new process gets from NODE_EXTRA_CA_CERTS —
 * trust of the emulator's CA through the SDK option `tlsOptions` — short SDK retries, and an injectable `sleep` for
 * the throttle policy so tests move a simulated clock instead of waiting.
 */
export function resourceGraphClient(
  azure: AzureEmulator,
  throttle: Partial<ThrottleRetryOptions> = {}
): ResourceGraphClient {
  return new ResourceGraphClient(secretCredential(azure), {
    endpoint: azure.armEndpoint,
    tlsOptions: { ca: azure.caPem },
    credentials: { scopes: [`${azure.armEndpoint}/.default`] },
    retryOptions: { maxRetries: 2, retryDelayInMs: 5, maxRetryDelayInMs: 20 },
    additionalPolicies: [
      {
        policy: throttleRetryPolicy({
          maxRetries: 5,
          fallbackDelayMs: 10,
          maxDelayMs: 60_000,
          sleep: async () => {},
          ...throttle
        }),
        position: 'perCall'
      }
    ]
  })
}
