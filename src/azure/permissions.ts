import { parseScope, type Scope } from '../config/scope.js'
import type { PermissionGrant, ScopePermissions } from '../plan/permission-preflight.js'
import type { AzureClients } from './clients.js'

/**
 * The signed-in identity's permissions at each scope, one read each:
 * - a resource group: Permissions - List For Resource Group (`@azure/arm-authorization` 9
 *   `permissions.listForResourceGroup`, api-version 2022-04-01), "all permissions the caller has" there. The SDK's
 *   `Permission` model has no `condition`, so the raw body is read too (`onResponse`) for the later api-versions'
 *   `condition` of a conditional role assignment;
 * - a subscription or management group (the SDK and the REST specs have no permissions API there): the role
 *   assignments at or above the scope (Role Assignments - List For Scope, `$filter=atScope()`), those of the
 *   signed-in principal (the access token's `oid`), and their role definitions (Role Definitions - Get By Id).
 * A 403 or 404 leaves the scope unreadable (a warning, not an error: the plan cannot confirm).
 */
export async function readPermissions(
  clients: AzureClients,
  scopes: readonly string[]
): Promise<Map<string, ScopePermissions>> {
  const principal = lazy(() => principalObjectId(clients))
  const definitions = new Map<string, Promise<PermissionGrant[]>>()
  const answers = await Promise.all(
    scopes.map(async (scope) => {
      const parsed = parseScope(scope)
      if (!parsed) throw new Error(`Cannot read permissions at '${scope}': not a scope id.`)
      try {
        const grants =
          parsed.kind === 'resourceGroup'
            ? await resourceGroupGrants(clients, parsed)
            : await assignedGrants(clients, parsed, await principal(), definitions)
        return [scope.toLowerCase(), { kind: 'read', grants }] as const
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode
        if (status !== 403 && status !== 404) throw error
        const code = (error as { code?: string }).code
        return [scope.toLowerCase(), { kind: 'unreadable', reason: `HTTP ${status}${code ? ` ${code}` : ''}` }] as const
      }
    })
  )
  return new Map<string, ScopePermissions>(answers)
}

async function resourceGroupGrants(clients: AzureClients, scope: Scope): Promise<PermissionGrant[]> {
  const grants: PermissionGrant[] = []
  const onResponse = (raw: { parsedBody?: unknown }): void => {
    const value = (raw.parsedBody as { value?: unknown } | undefined)?.value
    if (Array.isArray(value)) for (const entry of value) grants.push(grantOf(entry))
  }
  const pages = clients.authorization(scope.subscription).permissions.listForResourceGroup(scope.resourceGroup!, {
    onResponse
  })
  for await (const page of pages.byPage()) void page
  return grants
}

async function assignedGrants(
  clients: AzureClients,
  scope: Scope,
  principalId: string,
  definitions: Map<string, Promise<PermissionGrant[]>>
): Promise<PermissionGrant[]> {
  const authorization = clients.authorization(scope.subscription)
  const grants: PermissionGrant[] = []
  for await (const assignment of authorization.roleAssignments.listForScope(scope.id.replace(/^\//, ''), {
    filter: 'atScope()'
  })) {
    if (assignment.principalId?.toLowerCase() !== principalId.toLowerCase() || !assignment.roleDefinitionId) continue
    const id = assignment.roleDefinitionId
    if (!definitions.has(id.toLowerCase()))
      definitions.set(
        id.toLowerCase(),
        authorization.roleDefinitions.getById(id).then((d) => (d.permissions ?? []).map(grantOf))
      )
    const condition = assignment.condition ?? undefined
    for (const grant of await definitions.get(id.toLowerCase())!)
      grants.push(condition ? { ...grant, condition } : grant)
  }
  return grants
}

function grantOf(entry: unknown): PermissionGrant {
  const e = (entry ?? {}) as Record<string, unknown>
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  const grant: PermissionGrant = { actions: strings(e.actions), notActions: strings(e.notActions) }
  if (typeof e.condition === 'string' && e.condition !== '') grant.condition = e.condition
  return grant
}

/**
 * The signed-in principal's object id: the `oid` claim of its ARM access token (read, not verified). The token is
 * asked for as the SDK clients' bearer policy asks (core-rest-pipeline: `enableCae: true`), so the credential
 * answers with the token it already holds for them; asked otherwise, MSAL keeps a separate cache and signs in again.
 */
async function principalObjectId(clients: AzureClients): Promise<string> {
  const scope = `${clients.cloud.armEndpoint.replace(/\/+$/, '')}/.default`
  const token = await clients.credential.getToken(scope, { enableCae: true })
  const payload = token?.token.split('.')[1]
  const claims = payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { oid?: unknown }) : {}
  if (typeof claims.oid !== 'string') throw new Error('The access token names no object id (oid) for the identity.')
  return claims.oid
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => (value ??= make())
}
