import {
  AzureCliCredential,
  ClientAssertionCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  type TokenCredential
} from '@azure/identity'
import { readFile } from 'node:fs/promises'
import { isKnownAuthority, type AzureCloud } from './cloud.js'

/** Who signs in, as resolved from inputs and the standard Azure SDK environment variables. */
export interface SignInSettings {
  tenantId?: string
  clientId?: string
  /** AZURE_CLIENT_SECRET, for service principals with a secret (never logged). */
  clientSecret?: string
  /** AZURE_FEDERATED_TOKEN_FILE, for workload identity. */
  federatedTokenFile?: string
  /** In GitHub Actions with `id-token: write`: fetches a fresh OIDC token for each sign-in. */
  getGitHubIdToken?: (audience: string) => Promise<string>
}

export type CredentialKind = 'github-oidc' | 'client-secret' | 'federated-token-file' | 'azure-cli' | 'default-chain'

/**
 * Whether the credential of this kind keeps no token, so that each `getToken` signs in again (see `keepTokens`).
 * From @azure/identity's source (4.13): the credentials built on MSAL keep their tokens in MSAL's cache
 * (`acquireTokenSilent` first) — ClientSecretCredential and ClientAssertionCredential (github-oidc, client-secret,
 * federated-token-file), and in the default chain EnvironmentCredential, WorkloadIdentityCredential,
 * ManagedIdentityCredential and VisualStudioCodeCredential. AzureCliCredential runs `az account get-access-token`
 * on every call, as AzurePowerShellCredential and AzureDeveloperCliCredential run their tools, and
 * ChainedTokenCredential (DefaultAzureCredential) keeps nothing itself: it asks its members in order each time.
 */
export function keepsNoTokens(kind: CredentialKind): boolean {
  return kind === 'azure-cli' || kind === 'default-chain'
}

export const GITHUB_OIDC_AUDIENCE = 'api://AzureADTokenExchange'

/**
 * The credential for the settings, in this order: GitHub OIDC, a secret, a token file, the Azure CLI or the default
 * chain.
 */
export function chooseCredential(
  cloud: AzureCloud,
  settings: SignInSettings,
  inAction: boolean
): { credential: TokenCredential; kind: CredentialKind } {
  // MSAL validates authorities against Microsoft's list; a private cloud or the emulator is not on it.
  const options = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: !isKnownAuthority(cloud.authorityHost)
  }
  const { tenantId, clientId } = settings
  if (tenantId && clientId) {
    if (settings.getGitHubIdToken) {
      const getToken = settings.getGitHubIdToken
      return {
        kind: 'github-oidc',
        credential: new ClientAssertionCredential(tenantId, clientId, () => getToken(GITHUB_OIDC_AUDIENCE), options)
      }
    }
    if (settings.clientSecret)
      return {
        kind: 'client-secret',
        credential: new ClientSecretCredential(tenantId, clientId, settings.clientSecret, options)
      }
    if (settings.federatedTokenFile) {
      const file = settings.federatedTokenFile
      return {
        kind: 'federated-token-file',
        credential: new ClientAssertionCredential(
          tenantId,
          clientId,
          async () => (await readFile(file, 'utf8')).trim(),
          options
        )
      }
    }
  }
  if (inAction) return { kind: 'azure-cli', credential: new AzureCliCredential({ tenantId }) }
  return { kind: 'default-chain', credential: new DefaultAzureCredential({ ...options, tenantId }) }
}
