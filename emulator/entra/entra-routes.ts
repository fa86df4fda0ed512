import type { EmulatorRoute, EmulatorRequest } from '../http/exchange.js'
import type { RequestTarget } from '../http/request-target.js'
import type { AccessTokens } from './access-tokens.js'
import { entraError, type EntraSettings } from './entra-settings.js'
import { tokenEndpoint } from './token-endpoint.js'

/**
 * The sign-in side, served on the same origin as ARM (the authority host): the token endpoint plus the metadata
 * MSAL reads before asking for a token (OpenID configuration and instance discovery). The same tenant also answers
 * as an ADFS authority at `/adfs` (`/adfs/.well-known/openid-configuration`, `/adfs/oauth2/token`): MSAL skips instance
 * discovery for an authority whose tenant is `adfs` (msal/authority.py: `is_adfs` makes it "known to developer"), and
 * azure-cli 2.45, which cannot turn instance discovery off, signs in to a cloud whose `activeDirectory` endpoint ends
 * in `/adfs` that way (azure/cli/core/_profile.py `_detect_adfs_authority`) — as Azure Stack Hub with AD FS does.
 */
export function resolveEntraRoute(
  settings: EntraSettings,
  tokens: AccessTokens,
  origin: () => string,
  method: string,
  target: RequestTarget
): EmulatorRoute | undefined {
  const lower = target.segments.map((s) => s.toLowerCase())
  const [tenant = '', ...rest] = target.segments
  const tail = lower.slice(1).join('/')
  const adfs = lower[0] === 'adfs'
  if (method === 'POST' && (tail === 'oauth2/v2.0/token' || tail === 'oauth2/token')) {
    return {
      name: 'entra.token',
      handle: (request: EmulatorRequest) => tokenEndpoint(settings, tokens, adfs ? settings.tenantId : tenant, request)
    }
  }
  if (method !== 'GET') return undefined
  if (adfs && tail === '.well-known/openid-configuration') {
    return { name: 'entra.adfsOpenidConfiguration', handle: () => adfsOpenIdConfiguration(origin()) }
  }
  if (tail === 'v2.0/.well-known/openid-configuration' || tail === '.well-known/openid-configuration') {
    return { name: 'entra.openidConfiguration', handle: () => openIdConfiguration(settings, origin(), tenant) }
  }
  if (lower[0] === 'common' && rest.join('/').toLowerCase() === 'discovery/instance') {
    return { name: 'entra.instanceDiscovery', handle: () => instanceDiscovery(origin(), settings) }
  }
  return undefined
}

function openIdConfiguration(settings: EntraSettings, origin: string, tenant: string) {
  const known = ['common', 'organizations', settings.tenantId.toLowerCase()].includes(tenant.toLowerCase())
  if (!known) return { status: 400, body: entraError('invalid_tenant', 90002, `Tenant '${tenant}' not found.`) }
  const base = `${origin}/${settings.tenantId}`
  return {
    status: 200,
    body: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${origin}/${settings.tenantId}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'oid'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: new URL(origin).host,
      cloud_graph_host_name: new URL(origin).host,
      msgraph_host: new URL(origin).host,
      rbac_url: origin
    }
  }
}

function instanceDiscovery(origin: string, settings: EntraSettings) {
  const host = new URL(origin).host
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${origin}/${settings.tenantId}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
    }
  }
}

/**
 * The OpenID configuration an AD FS server publishes at `/adfs/.well-known/openid-configuration` (AD FS OpenID Connect
 * discovery, learn.microsoft.com/windows-server/identity/ad-fs/development/ad-fs-openid-connect-oauth-concepts): its
 * endpoints sit under `/adfs/oauth2/`, its issuer is `{origin}/adfs`. MSAL reads `authorization_endpoint` and
 * `token_endpoint` from it.
 */
function adfsOpenIdConfiguration(origin: string) {
  const base = `${origin}/adfs`
  return {
    status: 200,
    body: {
      issuer: base,
      authorization_endpoint: `${base}/oauth2/authorize/`,
      token_endpoint: `${base}/oauth2/token/`,
      jwks_uri: `${base}/discovery/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic', 'private_key_jwt'],
      response_types_supported: [
        'code',
        'id_token',
        'code id_token',
        'id_token token',
        'code token',
        'code id_token token'
      ],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      grant_types_supported: [
        'authorization_code',
        'refresh_token',
        'client_credentials',
        'urn:ietf:params:oauth:grant-type:jwt-bearer'
      ],
      subject_types_supported: ['pairwise'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      id_token_signing_alg_values_supported: ['RS256'],
      access_token_issuer: `http://${new URL(origin).host}/adfs/services/trust`
    }
  }
}
