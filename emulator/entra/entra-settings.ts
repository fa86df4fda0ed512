/** The one tenant and app registration the emulator's sign-in knows. */
export interface EntraSettings {
  tenantId: string
  clientId: string
  clientSecret: string
  /** The object id of the app's service principal (what ARM sees as the caller). */
  servicePrincipalObjectId: string
  /** Federated credential subjects accepted for client assertions; undefined accepts any subject. */
  federatedSubjects?: readonly string[]
  /** Issued tokens live this long (real time). */
  tokenLifetimeSeconds: number
}

/** Entra's OAuth error body, e.g. `invalid_client` with an AADSTS code. */
export function entraError(error: string, aadsts: number, description: string): Record<string, unknown> {
  return {
    error,
    error_description: `AADSTS${aadsts}: ${description}`,
    error_codes: [aadsts],
    timestamp: new Date().toISOString().replace('T', ' ').replace('Z', 'Z'),
    trace_id: '00000000-0000-0000-0000-000000000000',
    correlation_id: '00000000-0000-0000-0000-000000000000'
  }
}
