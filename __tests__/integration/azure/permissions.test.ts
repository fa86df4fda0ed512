import { randomUUID } from 'node:crypto'
import { ResourceGraphClient } from '@azure/arm-resourcegraph'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import {
  azureClients,
  CONTRIBUTOR,
  failureOf,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS,
  PROD_DATA,
  secretCredential
} from '../../helpers/azure-clients.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from '../../helpers/principal-type.js'

const RG = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const SUBSCRIPTION = `/subscriptions/${PROD_APPS}`
const CONTOSO = '/providers/Microsoft.Management/managementGroups/contoso'
const TEN_MINUTES = 10 * 60_000
const messageFor = (azure: AzureEmulator, action: string, scope: string) =>
  `The client '${azure.clientId}' with object id '${azure.servicePrincipalObjectId}' does not have authorization to ` +
  `perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please ` +
  'refresh your credentials.'

/** Gives the signed-in principal one more role, made at simulated `now` (so the propagation window applies). */
function grant(azure: AzureEmulator, role: string, scope: string, condition?: string): void {
  azure.context.roleAssignments.put({
    scope,
    name: randomUUID(),
    roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${role}`,
    principalId: azure.servicePrincipalObjectId,
    ...(condition !== undefined ? { condition } : {}),
    now: azure.clock.iso(),
    nowMs: azure.clock.now(),
    caller: azure.servicePrincipalObjectId
  })
}
const RBAC_ADMINISTRATOR = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'
const RESOURCE_POLICY_CONTRIBUTOR = '36243c78-bf99-498c-9df9-86d9f8d28608'

describe('ARM authorization: every call checks the caller against its role assignments', () => {
  const clock = createSimulatedClock()
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => {
    azure = await startAzureEmulator({
      clock,
      principalRoles: [
        { role: 'Reader', scope: CONTOSO },
        { role: 'Resource Policy Contributor', scope: RG },
        { role: 'Contributor', scope: `/subscriptions/${PROD_DATA}` }
      ],
      simulation: PRINCIPAL_TYPE_SKIPS_REPLICATION
    })
    clients = azureClients(azure, PROD_APPS)
  })
  afterAll(() => azure.stop())

  // "Understand Azure role definitions", Actions/NotActions: Reader's `*/read` reads everything below its scope but
  // writes nothing; ARM answers 403 AuthorizationFailed ("Troubleshoot Azure RBAC", "Symptom - Authorization failed").
  it('lets a Reader read and refuses its writes with 403 AuthorizationFailed naming action and scope', async () => {
    const listed = []
    for await (const a of clients.policy.policyAssignments.list()) listed.push(a)
    expect(listed).toEqual([])
    const error = await failureOf(() =>
      clients.policy.policyAssignments.create(SUBSCRIPTION.slice(1), 'flux-extension', {
        policyDefinitionId: FLUX_EXTENSION_DEFINITION
      })
    )
    expect(error).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(error.message).toBe(
      messageFor(
        azure,
        'Microsoft.Authorization/policyAssignments/write',
        `${SUBSCRIPTION}/providers/Microsoft.Authorization/policyAssignments/flux-extension`
      )
    )
  })

  // Resource Policy Contributor (recorded definition: `Microsoft.Authorization/policyassignments/*`, lower case) at
  // the resource group: wildcards match case-insensitively; it may not assign roles.
  it('matches wildcards case-insensitively and grants only what the role lists, only at and below its scope', async () => {
    const created = await clients.policy.policyAssignments.create(RG.slice(1), 'flux-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    const roleError = await failureOf(() =>
      clients.authorization.roleAssignments.create(RG, randomUUID(), {
        principalId: created.identity?.principalId ?? '',
        roleDefinitionId: CONTRIBUTOR,
        principalType: 'ServicePrincipal'
      })
    )
    expect(roleError).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(roleError.message).toContain("action 'Microsoft.Authorization/roleAssignments/write'")
    const remediation = await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-payments', 'fix-1', {
      policyAssignmentId: created.id ?? ''
    })
    expect(remediation.provisioningState).toBeDefined()
    await expect(
      clients.policy.policyAssignments.delete(RG.slice(1), 'flux-extension').then(() => 'deleted')
    ).resolves.toBe('deleted')
  })

  // Contributor's notActions (`Microsoft.Authorization/*/Write`) take policy-assignment writes away from its `*`.
  it('subtracts notActions from actions', async () => {
    const data = azureClients(azure, PROD_DATA)
    const error = await failureOf(() =>
      data.policy.policyAssignments.create(`subscriptions/${PROD_DATA}`, 'flux-extension', {
        policyDefinitionId: FLUX_EXTENSION_DEFINITION
      })
    )
    expect(error).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
  })

  // Permissions_ListForResourceGroup (authorization-RoleDefinitionsCalls.json, 2022-04-01): the caller's own
  // permissions at the resource group, one entry per permission block of each role assignment in effect there.
  it('lists the caller’s permissions for a resource group through the SDK, and at a subscription', async () => {
    const permissions = []
    for await (const p of clients.authorization.permissions.listForResourceGroup('rg-payments')) permissions.push(p)
    expect(permissions).toEqual(
      expect.arrayContaining([
        { actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] },
        expect.objectContaining({ actions: expect.arrayContaining(['Microsoft.Authorization/policyassignments/*']) })
      ])
    )
    expect(permissions).toHaveLength(2)
    const atSubscription = await armCall(
      azure,
      'GET',
      `${SUBSCRIPTION}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`
    )
    expect(atSubscription).toMatchObject({ status: 200, body: { value: [{ actions: ['*/read'] }] } })
    const atGroup = await armCall(
      azure,
      'GET',
      `${CONTOSO}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`
    )
    expect(atGroup.status).toBe(404)
  })

  // RoleDefinitions_List with `$filter=roleName eq '…'` and RoleDefinitions_GetById, parsed by arm-authorization 9.
  it('serves the recorded built-in role definitions: list with a roleName filter, get, get by id', async () => {
    const found = []
    for await (const r of clients.authorization.roleDefinitions.list(SUBSCRIPTION, {
      filter: "roleName eq 'Resource Policy Contributor'"
    }))
      found.push(r)
    expect(found).toEqual([
      expect.objectContaining({
        id: `${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/${RESOURCE_POLICY_CONTRIBUTOR}`,
        name: RESOURCE_POLICY_CONTRIBUTOR,
        roleName: 'Resource Policy Contributor',
        roleType: 'BuiltInRole',
        assignableScopes: ['/'],
        permissions: [expect.objectContaining({ actions: expect.arrayContaining(['Microsoft.PolicyInsights/*']) })]
      })
    ])
    const owner = await clients.authorization.roleDefinitions.getById(
      '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635'
    )
    expect(owner).toMatchObject({ roleName: 'Owner', permissions: [{ actions: ['*'], notActions: [] }] })
    const rbac = await clients.authorization.roleDefinitions.get(CONTOSO, RBAC_ADMINISTRATOR)
    expect(rbac.roleName).toBe('Role Based Access Control Administrator')
    const all = []
    for await (const r of clients.authorization.roleDefinitions.list(RG)) all.push(r.roleName)
    expect(all).toEqual(
      expect.arrayContaining([
        'Owner',
        'Contributor',
        'Reader',
        'Resource Policy Contributor',
        'User Access Administrator',
        'Role Based Access Control Administrator'
      ])
    )
  })

  // "Permissions in Azure Resource Graph" (Resource Graph overview): no 403; rows the caller may not read are left
  // out. The principal reads everything under contoso, so narrow it to one group by a principal with no Reader.
  it('leaves out of Resource Graph what the caller may not read, without a 403', async () => {
    const graph = new ResourceGraphClient(secretCredential(azure), {
      endpoint: azure.armEndpoint,
      tlsOptions: { ca: azure.caPem }
    })
    const query = "resources | where type =~ 'microsoft.kubernetes/connectedclusters' | project id"
    const everything = await graph.resources({ query, subscriptions: [PROD_APPS, PROD_DATA] })
    expect(everything.totalRecords).toBeGreaterThan(0)
    const narrow = await startAzureEmulator({ clock, principalRoles: [{ role: 'Reader', scope: RG }] })
    try {
      const narrowGraph = new ResourceGraphClient(secretCredential(narrow), {
        endpoint: narrow.armEndpoint,
        tlsOptions: { ca: narrow.caPem }
      })
      const seen = await narrowGraph.resources({ query, subscriptions: [PROD_APPS, PROD_DATA] })
      const ids = (seen.data as Array<{ id: string }>).map((r) => r.id.toLowerCase())
      expect(ids.length).toBeGreaterThan(0)
      expect(ids.every((id) => id.startsWith(`${RG.toLowerCase()}/`))).toBe(true)
      expect(ids.length).toBeLessThan(everything.totalRecords)
    } finally {
      await narrow.stop()
    }
  })

  // "Troubleshoot Azure RBAC", "Role assignment changes are not being detected": up to 10 minutes to take effect.
  it('counts a new role assignment of the caller only once the propagation delay has passed', async () => {
    const scope = `/subscriptions/${PROD_DATA}/resourceGroups/rg-ml`
    const data = azureClients(azure, PROD_DATA)
    const write = () =>
      data.policy.policyAssignments.create(scope.slice(1), 'flux-extension', {
        policyDefinitionId: FLUX_EXTENSION_DEFINITION,
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      })
    grant(azure, RESOURCE_POLICY_CONTRIBUTOR, scope)
    expect(await failureOf(write)).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    clock.advance(TEN_MINUTES - 1)
    expect(await failureOf(write)).toMatchObject({ statusCode: 403 })
    clock.advance(1)
    await expect(write()).resolves.toMatchObject({ name: 'flux-extension' })
  })

  // "Azure conditions format", Actions: a condition constrains the actions its ActionMatches clauses name; the
  // emulator cannot evaluate it, so it grants none of them (the strict side), and everything else the role allows.
  it('grants nothing for the actions a role assignment’s condition names', async () => {
    const scope = `/subscriptions/${PROD_DATA}/resourceGroups/rg-sandbox`
    grant(
      azure,
      RBAC_ADMINISTRATOR,
      scope,
      "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR " +
        '(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {acdd72a7-3385-48ef-bd42-f606fba81ae7}))'
    )
    clock.advance(TEN_MINUTES)
    const data = azureClients(azure, PROD_DATA)
    const error = await failureOf(() =>
      data.authorization.roleAssignments.create(scope, randomUUID(), {
        principalId: azure.servicePrincipalObjectId,
        roleDefinitionId: CONTRIBUTOR,
        principalType: 'ServicePrincipal'
      })
    )
    expect(error).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    const raw = await armCall(
      azure,
      'GET',
      `${scope}/providers/Microsoft.Authorization/permissions?api-version=2022-04-01`
    )
    expect(raw.body).toMatchObject({
      value: expect.arrayContaining([
        expect.objectContaining({
          actions: expect.arrayContaining(['Microsoft.Authorization/roleAssignments/write']),
          condition: expect.stringContaining('ActionMatches'),
          conditionVersion: '2.0'
        })
      ])
    })
  })
})

describe('DeployIfNotExists deployments inside the role propagation window', () => {
  const clock = createSimulatedClock({ start: Date.parse('2026-02-01T08:00:00Z') })
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock, simulation: PRINCIPAL_TYPE_SKIPS_REPLICATION })
  })
  afterAll(() => azure.stop())

  // "Troubleshoot Azure RBAC", "Role assignment changes are not being detected": the assignment's identity gets its
  // role just before the remediation, so the first deployments fail AuthorizationFailed; once the role has
  // propagated, a new remediation succeeds.
  it('fails deployments whose identity’s role is younger than the delay, and succeeds after it', async () => {
    const clients = azureClients(azure, PROD_DATA)
    const assignment = await clients.policy.policyAssignments.create(`subscriptions/${PROD_DATA}`, 'flux-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    await clients.authorization.roleAssignments.create(`/subscriptions/${PROD_DATA}`, randomUUID(), {
      principalId: assignment.identity?.principalId ?? '',
      roleDefinitionId: CONTRIBUTOR,
      principalType: 'ServicePrincipal'
    })
    const deploymentOutcomes = async (name: string) => {
      // ReEvaluateCompliance: the assignment is new, so only a remediation that evaluates first finds the clusters
      // (policy-evaluation.test.ts); it evaluates for 3 minutes, then deploys for 2.
      await clients.insights.remediations.createOrUpdateAtSubscription(name, {
        policyAssignmentId: assignment.id ?? '',
        resourceDiscoveryMode: 'ReEvaluateCompliance'
      })
      for (let minute = 0; minute < 6; minute++) clock.advance(60_000)
      const outcomes = []
      for await (const d of clients.insights.remediations.listDeploymentsAtSubscription(name))
        outcomes.push(d.status === 'Succeeded' ? 'Succeeded' : (d.error?.code ?? d.status))
      return outcomes
    }
    expect(await deploymentOutcomes('early')).toEqual(['AuthorizationFailed', 'AuthorizationFailed'])
    clock.advance(TEN_MINUTES)
    expect(await deploymentOutcomes('later')).toEqual(['Succeeded', 'Succeeded'])
  })
})
