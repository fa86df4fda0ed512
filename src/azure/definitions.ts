import type { PolicyDefinition } from '@azure/arm-policy'
import { parseScope } from '../config/scope.js'
import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import type { LiveDefinition } from '../plan/plan.js'
import type { AzureClients } from './clients.js'

const DEFINITION_PATH = /\/providers\/Microsoft\.Authorization\/policyDefinitions\/[^/]+$/i

/** The custom definitions made exactly at a management group or subscription (one paged list). */
export async function readCustomDefinitions(clients: AzureClients, scope: string): Promise<LiveDefinition[]> {
  const parsed = parseScope(scope)
  if (parsed?.kind !== 'managementGroup' && parsed?.kind !== 'subscription')
    throw new Error(`Custom definitions live at a management group or subscription, not '${scope}'.`)
  const options = { filter: "policyType eq 'Custom'" }
  const pages =
    parsed.kind === 'managementGroup'
      ? clients.policy().policyDefinitions.listByManagementGroup(parsed.managementGroup!, options)
      : clients.policy(parsed.subscription).policyDefinitions.list(options)
  const found: LiveDefinition[] = []
  for await (const d of pages) {
    const id = d.id ?? ''
    const at = id.replace(DEFINITION_PATH, '')
    if (at.toLowerCase() !== parsed.id.toLowerCase()) continue
    found.push({
      id,
      name: d.name ?? '',
      scope: parsed.id,
      metadata: (d.metadata as Record<string, unknown> | undefined) ?? {},
      policyRule: d.policyRule
    })
  }
  return found
}

/** The built-in definitions, as Azure serves them now, by GUID (lower case). One GET each. */
export async function readBuiltins(
  clients: AzureClients,
  names: readonly string[]
): Promise<Map<string, PolicyDefinitionBody>> {
  const unique = [...new Set(names.map((n) => n.toLowerCase()))]
  const bodies = await Promise.all(
    unique.map(async (name) => [name, toBody(await clients.policy().policyDefinitions.getBuiltIn(name))] as const)
  )
  return new Map(bodies)
}

function toBody(d: PolicyDefinition): PolicyDefinitionBody {
  return {
    displayName: d.displayName,
    description: d.description,
    mode: d.mode,
    metadata: d.metadata as Record<string, unknown>,
    parameters: d.parameters as Record<string, unknown>,
    policyRule: d.policyRule,
    policyType: d.policyType,
    version: d.version
  }
}

export async function putDefinition(
  clients: AzureClients,
  scope: string,
  name: string,
  body: PolicyDefinitionBody
): Promise<void> {
  const parsed = parseScope(scope)!
  const definition = {
    policyType: 'Custom',
    displayName: body.displayName,
    description: body.description,
    mode: body.mode,
    metadata: body.metadata,
    parameters: body.parameters,
    policyRule: body.policyRule
  } as PolicyDefinition
  if (parsed.kind === 'managementGroup')
    await clients.policy().policyDefinitions.createOrUpdateAtManagementGroup(parsed.managementGroup!, name, definition)
  else await clients.policy(parsed.subscription).policyDefinitions.createOrUpdate(name, definition)
}

export async function deleteDefinition(clients: AzureClients, scope: string, name: string): Promise<void> {
  const parsed = parseScope(scope)!
  try {
    if (parsed.kind === 'managementGroup')
      await clients.policy().policyDefinitions.deleteAtManagementGroup(parsed.managementGroup!, name)
    else await clients.policy(parsed.subscription).policyDefinitions.delete(name)
  } catch (error) {
    // arm-policy 7 throws a TypeError on the 204 of a definition already gone: that is success.
    if (!(error instanceof TypeError)) throw error
  }
}
