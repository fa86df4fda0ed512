import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import { createDefaultHttpClient } from '@azure/core-rest-pipeline'
import type { AzureEmulator } from '../../emulator/index.js'
import { ArmPacer } from '../../src/azure/arm-pacer.js'
import { armPacingPolicy } from '../../src/azure/arm-pacing-policy.js'
import type { AzureClients } from '../../src/azure/clients.js'
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

/**
 * The product's Kubernetes configuration clients (the SDK client per subscription with ARM pacing, as
 * `createAzureClients` builds them), trusting the emulator's CA, with no SDK retries; the other clients throw when
 * used, so a test shows it needs none of them.
 */
export function kubernetesConfigurationClients(azure: AzureEmulator): AzureClients {
  const credential = secretCredential(azure)
  const pacer = new ArmPacer()
  const httpClient = createDefaultHttpClient()
  const bySubscription = new Map<string, SourceControlConfigurationClient>()
  const kubernetesConfiguration = (subscriptionId: string) => {
    let client = bySubscription.get(subscriptionId)
    if (!client)
      bySubscription.set(
        subscriptionId,
        (client = new SourceControlConfigurationClient(credential, subscriptionId, {
          endpoint: azure.armEndpoint,
          httpClient,
          tlsOptions: { ca: azure.caPem },
          credentialScopes: [`${azure.armEndpoint}/.default`],
          retryOptions: { maxRetries: 0 },
          additionalPolicies: [{ policy: armPacingPolicy(pacer), position: 'perRetry' }]
        }))
      )
    return client
  }
  const unused = () => {
    throw new Error('only the Kubernetes configuration clients are expected here')
  }
  return {
    cloud: { name: 'emulator', armEndpoint: azure.armEndpoint, authorityHost: azure.authorityHost },
    credential,
    httpClient,
    policy: unused,
    authorization: unused,
    insights: unused,
    kubernetesConfiguration
  }
}
