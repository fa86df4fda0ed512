import { resolveCloud, type AzureCloud } from './cloud.js'
import type { SignInSettings } from './credential.js'

/** Explicit settings (action inputs or CLI flags); each falls back to the standard Azure SDK variable. */
export interface AzureInputs {
  environment?: string
  armEndpoint?: string
  tenantId?: string
  clientId?: string
}

export interface AzureSettings {
  cloud: AzureCloud
  signIn: SignInSettings
}

/** Resolves the cloud and the sign-in from inputs, then AZURE_* variables. Secrets stay out of any message. */
export function resolveAzureSettings(inputs: AzureInputs, env: NodeJS.ProcessEnv): AzureSettings {
  const pick = (value: string | undefined, variable: string) => (value && value.trim()) || env[variable] || undefined
  return {
    cloud: resolveCloud(
      pick(inputs.environment, 'AZURE_ENVIRONMENT'),
      pick(inputs.armEndpoint, 'AZURE_RESOURCE_MANAGER_ENDPOINT'),
      env.AZURE_AUTHORITY_HOST || undefined
    ),
    signIn: {
      tenantId: pick(inputs.tenantId, 'AZURE_TENANT_ID'),
      clientId: pick(inputs.clientId, 'AZURE_CLIENT_ID'),
      clientSecret: env.AZURE_CLIENT_SECRET || undefined,
      federatedTokenFile: env.AZURE_FEDERATED_TOKEN_FILE || undefined
    }
  }
}
