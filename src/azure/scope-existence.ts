import { createPipelineRequest } from '@azure/core-rest-pipeline'
import { parseScope } from '../config/scope.js'
import type { ScopeExistence } from '../plan/scope-existence.js'
import type { AzureClients } from './clients.js'

/**
 * One GET per scope through the authorization client's pipeline (its token, retries and the shared pacer), no
 * new SDK:
 * Resource Groups - Get (Microsoft.Resources 2021-04-01), Subscriptions - Get (2022-12-01) and Management
 * Groups - Get (Microsoft.Management 2021-04-01). 404 is a scope that does not exist; 403 one the identity may
 * not read (for a management group Azure also answers 403 when it does not exist), so unconfirmed.
 */
export async function readScopeExistence(
  clients: AzureClients,
  scopes: readonly string[]
): Promise<Map<string, ScopeExistence>> {
  const found = await Promise.all(
    scopes.map(async (scope) => [scope.toLowerCase(), await exists(clients, scope)] as const)
  )
  return new Map(found)
}

async function exists(clients: AzureClients, scope: string): Promise<ScopeExistence> {
  const parsed = parseScope(scope)
  if (!parsed) throw new Error(`Cannot check '${scope}': not a scope id.`)
  const name = encodeURIComponent
  const [path, apiVersion] =
    parsed.kind === 'managementGroup'
      ? [`/providers/Microsoft.Management/managementGroups/${name(parsed.managementGroup!)}`, '2021-04-01']
      : parsed.kind === 'subscription'
        ? [`/subscriptions/${name(parsed.subscription!)}`, '2022-12-01']
        : [`/subscriptions/${name(parsed.subscription!)}/resourcegroups/${name(parsed.resourceGroup!)}`, '2021-04-01']
  const client = clients.authorization(parsed.subscription)
  const url = `${clients.cloud.armEndpoint.replace(/\/+$/, '')}${path}?api-version=${apiVersion}`
  const response = await client.sendRequest(createPipelineRequest({ url, method: 'GET' }))
  if (response.status === 200) return 'exists'
  if (response.status === 404) return 'missing'
  if (response.status === 403) return 'unconfirmed'
  throw new Error(
    `Checking that ${parsed.id} exists failed: HTTP ${response.status} ${armErrorCode(response.bodyAsText)}`
  )
}

function armErrorCode(body: string | undefined | null): string {
  try {
    const code = (JSON.parse(body ?? '') as { error?: { code?: unknown } }).error?.code
    return typeof code === 'string' ? code.replace(/[^\w.-]/g, '').slice(0, 80) : ''
  } catch {
    return ''
  }
}
