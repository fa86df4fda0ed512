import type { EmulatorRoute } from '../http/exchange.js'
import type { RequestTarget } from '../http/request-target.js'
import { armErrorResponse } from './arm-error.js'

/**
 * `GET /metadata/endpoints?api-version=…`: ARM's description of its cloud, unauthenticated, which clients read to
 * learn where to sign in. Two shapes, by api-version:
 * - `2015-01-01`, the Azure Stack form msrestazure reads for `az cloud register --endpoint-resource-manager URL`
 *   (msrestazure/azure_cloud.py `_populate_from_metadata_endpoint`: `galleryEndpoint`, `graphEndpoint`,
 *   `authentication.loginEndpoint`, `authentication.audiences[0]`; the Azure Stack Hub docs "Use API version
 *   profiles with Azure CLI" register a cloud this way);
 * - `2019-05-01` (a list of clouds, what azure-cli's `ARM_CLOUD_METADATA_URL` loader maps with `_arm_to_cli_mapper`:
 *   `name`, `resourceManager`, `authentication.{loginEndpoint,audiences,tenant,identityProvider}`, `suffixes`, …) and
 *   `2022-09-01` (the same object for this cloud alone).
 * The login endpoint is the emulator's AD FS-style authority `{origin}/adfs`: azure-cli 2.45 cannot skip MSAL's
 * instance discovery, which MSAL leaves out for AD FS (see entra/entra-routes.ts) — as for Azure Stack Hub with AD FS.
 */
export function resolveMetadataRoute(
  origin: () => string,
  method: string,
  target: RequestTarget
): EmulatorRoute | undefined {
  const lower = target.segments.map((s) => s.toLowerCase())
  if (method !== 'GET' || lower.length !== 2 || lower[0] !== 'metadata' || lower[1] !== 'endpoints') return undefined
  return {
    name: 'metadata.endpoints',
    handle: (request) => {
      const apiVersion = request.target.query.get('api-version')
      const base = origin()
      if (apiVersion === '2015-01-01') return { status: 200, body: azureStackMetadata(base) }
      if (apiVersion === '2019-05-01') return { status: 200, body: [cloudMetadata(base)] }
      if (apiVersion === '2022-09-01') return { status: 200, body: cloudMetadata(base) }
      if (!apiVersion)
        return armErrorResponse(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.'
        )
      return armErrorResponse(
        400,
        'InvalidApiVersionParameter',
        `The api-version '${apiVersion}' is invalid. The supported versions are '2022-09-01,2019-05-01,2015-01-01'.`
      )
    }
  }
}

/** The audience of ARM tokens here: Azure's own management audience (the emulator accepts it, and its origin). */
const MANAGEMENT_AUDIENCE = 'https://management.core.windows.net/'

function azureStackMetadata(origin: string) {
  return {
    galleryEndpoint: `${origin}/`,
    graphEndpoint: `${origin}/`,
    portalEndpoint: `${origin}/`,
    authentication: { loginEndpoint: `${origin}/adfs`, audiences: [MANAGEMENT_AUDIENCE, `${origin}/`] }
  }
}

function cloudMetadata(origin: string) {
  return {
    name: 'FluxPolicyEmulator',
    portal: `${origin}/`,
    authentication: {
      loginEndpoint: `${origin}/adfs`,
      audiences: [MANAGEMENT_AUDIENCE, `${origin}/`],
      tenant: 'adfs',
      identityProvider: 'ADFS'
    },
    media: `${origin}/`,
    graphAudience: `${origin}/`,
    graph: `${origin}/`,
    suffixes: {
      azureDataLakeStoreFileSystem: 'azuredatalakestore.invalid',
      acrLoginServer: 'azurecr.invalid',
      sqlServerHostname: 'database.invalid',
      azureDataLakeAnalyticsCatalogAndJob: 'azuredatalakeanalytics.invalid',
      keyVaultDns: 'vault.invalid',
      storage: 'core.invalid',
      azureFrontDoorEndpointSuffix: 'azurefd.invalid'
    },
    batch: `${origin}/`,
    resourceManager: `${origin}/`,
    vmImageAliasDoc: `${origin}/`,
    activeDirectoryDataLake: `${origin}/`,
    sqlManagement: `${origin}/`,
    gallery: `${origin}/`,
    // azure-cli's `az role assignment list` needs it set (it resolves principal names through Microsoft Graph).
    microsoftGraphResourceId: `${origin}/`
  }
}
