import { createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline'
import { parseScope, type Scope } from '../config/scope.js'
import type { ScopeExistence } from '../plan/scope-existence.js'
import type { AzureClients } from './clients.js'

/**
 * Whether each scope exists, through the authorization client's pipeline (its token, retries and the shared
 * pacer), no new SDK: Management Groups - Get (Microsoft.Management 2021-04-01), Subscriptions - Get
 * (Microsoft.Resources 2022-12-01), Resource Groups - Get for a subscription's only group, and Resource Groups -
 * List (2021-04-01, one paged list) for a subscription with several, so a plan over many groups stays one read
 * per subscription. 404 is a scope that does not exist; 403 one the identity may not read, so unconfirmed — except
 * that Azure also answers 403 for a management group that does not exist (Azure/azure-rest-api-specs#9549), so a
 * 403 there is followed by Management Groups - Check Name Availability (2021-04-01), whose `nameAvailable: true`
 * means no such group.
 */
export async function readScopeExistence(
  clients: AzureClients,
  scopes: readonly string[]
): Promise<Map<string, ScopeExistence>> {
  const parsed = scopes.map((scope) => {
    const p = parseScope(scope)
    if (!p) throw new Error(`Cannot check '${scope}': not a scope id.`)
    return p
  })
  const groupsBySubscription = new Map<string, Scope[]>()
  for (const p of parsed.filter((p) => p.kind === 'resourceGroup'))
    groupsBySubscription.set(p.subscription!, [...(groupsBySubscription.get(p.subscription!) ?? []), p])
  const single = parsed.filter(
    (p) => p.kind !== 'resourceGroup' || groupsBySubscription.get(p.subscription!)!.length === 1
  )
  const listed = [...groupsBySubscription.entries()].filter(([, groups]) => groups.length > 1)
  const answers = await Promise.all([
    ...single.map(async (p) => [[p.id.toLowerCase(), await getScope(clients, p)] as const]),
    ...listed.map(([subscription, groups]) => listGroups(clients, subscription, groups))
  ])
  return new Map(answers.flat())
}

async function getScope(clients: AzureClients, scope: Scope): Promise<ScopeExistence> {
  const name = encodeURIComponent
  const path =
    scope.kind === 'managementGroup'
      ? `/providers/Microsoft.Management/managementGroups/${name(scope.managementGroup!)}?api-version=2021-04-01`
      : scope.kind === 'subscription'
        ? `/subscriptions/${name(scope.subscription!)}?api-version=2022-12-01`
        : `/subscriptions/${name(scope.subscription!)}/resourcegroups/${name(scope.resourceGroup!)}?api-version=2021-04-01`
  const { status } = await get(clients, scope.subscription, `${armEndpoint(clients)}${path}`)
  if (status === 403 && scope.kind === 'managementGroup' && (await nameAvailable(clients, scope.managementGroup!)))
    return 'missing'
  return existence(status, scope.id)
}

/** Whether no management group has this id (Check Name Availability); false when the answer is anything else. */
async function nameAvailable(clients: AzureClients, name: string): Promise<boolean> {
  const request = createPipelineRequest({
    url: `${armEndpoint(clients)}/providers/Microsoft.Management/checkNameAvailability?api-version=2021-04-01`,
    method: 'POST',
    headers: createHttpHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify({ name, type: 'Microsoft.Management/managementGroups' })
  })
  const response = await clients.authorization().sendRequest(request)
  if (response.status !== 200) return false
  try {
    return (JSON.parse(response.bodyAsText ?? '') as { nameAvailable?: unknown }).nameAvailable === true
  } catch {
    return false
  }
}

async function listGroups(
  clients: AzureClients,
  subscription: string,
  groups: readonly Scope[]
): Promise<Array<readonly [string, ScopeExistence]>> {
  const present = new Set<string>()
  let url: string | undefined =
    `${armEndpoint(clients)}/subscriptions/${encodeURIComponent(subscription)}/resourcegroups?api-version=2021-04-01`
  while (url) {
    const { status, body } = await get(clients, subscription, url)
    if (status !== 200) {
      const found = existence(status, `/subscriptions/${subscription}`)
      return groups.map((g) => [g.id.toLowerCase(), found] as const)
    }
    const page = JSON.parse(body) as { value?: Array<{ name?: string }>; nextLink?: string }
    for (const group of page.value ?? []) if (group.name) present.add(group.name.toLowerCase())
    url = page.nextLink
  }
  return groups.map(
    (g) => [g.id.toLowerCase(), present.has(g.resourceGroup!.toLowerCase()) ? 'exists' : 'missing'] as const
  )
}

async function get(clients: AzureClients, subscription: string | undefined, url: string) {
  const response = await clients.authorization(subscription).sendRequest(createPipelineRequest({ url, method: 'GET' }))
  return { status: response.status, body: response.bodyAsText ?? '' }
}

function existence(status: number, scope: string): ScopeExistence {
  if (status === 200) return 'exists'
  if (status === 404) return 'missing'
  if (status === 403) return 'unconfirmed'
  throw new Error(`Checking that ${scope} exists failed: HTTP ${status}.`)
}

const armEndpoint = (clients: AzureClients) => clients.cloud.armEndpoint.replace(/\/+$/, '')
