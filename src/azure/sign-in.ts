import { resolveAzureSettings, type AzureInputs } from './azure-settings.js'
import { createAzureClients, type AzureClients } from './clients.js'
import { chooseCredential, type CredentialKind } from './credential.js'

export interface SignedIn {
  clients: AzureClients
  /** Which credential was chosen, for the log (never a secret). */
  kind: CredentialKind
}

/**
 * Resolves the cloud and the sign-in from inputs and AZURE_* variables and builds the clients: the one path the
 * action and the CLI take to Azure. `getGitHubIdToken` is the action's OIDC source when the workflow has one.
 */
export function signInToAzure(
  inputs: AzureInputs,
  env: NodeJS.ProcessEnv,
  options: { inAction: boolean; getGitHubIdToken?: (audience: string) => Promise<string> }
): SignedIn {
  const azure = resolveAzureSettings(inputs, env)
  const { credential, kind } = chooseCredential(
    azure.cloud,
    { ...azure.signIn, getGitHubIdToken: options.getGitHubIdToken },
    options.inAction
  )
  return { clients: createAzureClients(azure.cloud, credential, kind), kind }
}
