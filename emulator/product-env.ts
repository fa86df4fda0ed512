import type { AzureEmulator } from './start-azure-emulator.js'

/**
 * The environment that points flux-policy (or any Azure SDK tool) at this emulator, as a user points it at a
 * sovereign or private cloud: the ARM endpoint, the authority, a service principal with a secret, and the CA.
 */
export function productEnv(azure: AzureEmulator): Record<string, string> {
  return {
    AZURE_RESOURCE_MANAGER_ENDPOINT: azure.armEndpoint,
    AZURE_AUTHORITY_HOST: azure.authorityHost,
    AZURE_TENANT_ID: azure.tenantId,
    AZURE_CLIENT_ID: azure.clientId,
    AZURE_CLIENT_SECRET: azure.clientSecret,
    NODE_EXTRA_CA_CERTS: azure.caFile
  }
}
