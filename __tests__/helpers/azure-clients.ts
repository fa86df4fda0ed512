import { randomUUID } from 'node:crypto'
import { ClientAssertionCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity'
import { PolicyClient } from '@azure/arm-policy'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { PolicyInsightsClient } from '@azure/arm-policyinsights'
import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration'
import type { AzureEmulator } from '../../emulator/index.js'

/**
 * The real SDK clients, configured only the way a user could point them at a private Azure endpoint:
 * - the ARM endpoint through the documented client option `endpoint`;
 * - sign-in through the credential's `authorityHost`, with `disableInstanceDiscovery: true` — MSAL otherwise asks
 *   login.microsoftonline.com to validate a non-Microsoft authority (what Azure Stack / ADFS users set too);
 * - trust of the emulator's test CA through the SDK option `tlsOptions: { ca }` (core-rest-pipeline's
 *   PipelineOptions, honoured by every ARM client and by @azure/identity's token requests). NODE_EXTRA_CA_CERTS is
 *   the equivalent for a fresh process (the CLI and the action use that); it is read only at process start, so an
 *   in-process test cannot use it.
 * Retries are shortened so fault tests stay fast; the retry policy itself is the SDK's own.
 */
export function azureClients(
  azure: AzureEmulator,
  subscriptionId: string,
  options: { credential?: TokenCredential; maxRetries?: number } = {}
) {
  const credential = options.credential ?? secretCredential(azure)
  const clientOptions = {
    endpoint: azure.armEndpoint,
    tlsOptions: { ca: azure.caPem },
    retryOptions: { maxRetries: options.maxRetries ?? 0, retryDelayInMs: 10, maxRetryDelayInMs: 50 }
  }
  return {
    credential,
    policy: new PolicyClient(credential, subscriptionId, clientOptions),
    authorization: new AuthorizationManagementClient(credential, subscriptionId, clientOptions),
    insights: new PolicyInsightsClient(credential, subscriptionId, clientOptions),
    kubernetesConfiguration: new SourceControlConfigurationClient(credential, subscriptionId, clientOptions)
  }
}

export function secretCredential(azure: AzureEmulator, secret = azure.clientSecret): ClientSecretCredential {
  return new ClientSecretCredential(azure.tenantId, azure.clientId, secret, {
    authorityHost: azure.authorityHost,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: azure.caPem }
  })
}

/** The GitHub OIDC path: the assertion callback is called whenever MSAL needs a fresh token. */
export function assertionCredential(
  azure: AzureEmulator,
  getAssertion: () => Promise<string>
): ClientAssertionCredential {
  return new ClientAssertionCredential(azure.tenantId, azure.clientId, getAssertion, {
    authorityHost: azure.authorityHost,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: azure.caPem }
  })
}

/**
 * What apply does for one public-Git source, through the SDK: an assignment of the public-Git Flux definition named
 * `name` at `scope` (its configuration `name`, repository github.com/contoso/<name>, a system-assigned identity), and
 * that identity granted Contributor at `scope` (with principalType, as the product sets it).
 */
export async function assignPublicGit(clients: ReturnType<typeof azureClients>, scope: string, name: string) {
  const assignment = await clients.policy.policyAssignments.create(scope.slice(1), name, {
    policyDefinitionId: PUBLIC_GIT_DEFINITION,
    parameters: {
      configurationName: { value: name },
      repositoryUrl: { value: `https://github.com/contoso/${name}` }
    },
    identity: { type: 'SystemAssigned' },
    location: 'westeurope'
  })
  await clients.authorization.roleAssignments.create(scope, randomUUID(), {
    principalId: assignment.identity!.principalId!,
    roleDefinitionId: CONTRIBUTOR,
    principalType: 'ServicePrincipal'
  })
  return assignment
}

/** Runs a call that should fail and returns the error (so a test can assert on its statusCode and code). */
export async function failureOf(
  call: () => Promise<unknown>
): Promise<{ statusCode?: number; code?: string; message: string; name: string }> {
  try {
    await call()
  } catch (error) {
    return error as { statusCode?: number; code?: string; message: string; name: string }
  }
  throw new Error('expected the call to fail, but it succeeded')
}

export const PROD_APPS = '11111111-1111-1111-1111-111111111111'
export const PROD_DATA = '22222222-2222-2222-2222-222222222222'
export const CONTRIBUTOR = '/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c'
export const FLUX_EXTENSION_DEFINITION =
  '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
export const PUBLIC_GIT_DEFINITION =
  '/providers/Microsoft.Authorization/policyDefinitions/83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6'
