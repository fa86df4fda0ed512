import { randomUUID } from 'node:crypto'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import {
  azureClients,
  CONTRIBUTOR,
  failureOf,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS
} from '../../helpers/azure-clients.js'
import { armCall } from '../../helpers/arm-call.js'

const RG = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const READER = '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7'
const OWNER = '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635'

describe('role assignments through @azure/arm-authorization 9 (api-version 2022-04-01)', () => {
  const clock = createSimulatedClock()
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  let principalId: string
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock, simulation: { principalReplicationDelayMs: 30_000 } })
    clients = azureClients(azure, PROD_APPS)
    const assignment = await clients.policy.policyAssignments.create(RG.slice(1), 'flux-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    principalId = assignment.identity?.principalId ?? ''
  })
  afterAll(() => azure.stop())

  const contributorFor = (principal: string) => ({
    principalId: principal,
    roleDefinitionId: CONTRIBUTOR,
    principalType: 'ServicePrincipal' as const
  })

  it('answers 400 PrincipalNotFound until the new identity has replicated, then 201', async () => {
    const name = randomUUID()
    const early = await failureOf(() =>
      clients.authorization.roleAssignments.create(RG, name, contributorFor(principalId))
    )
    expect(early).toMatchObject({ statusCode: 400, code: 'PrincipalNotFound' })
    expect(early.message).toContain('replication delay')
    clock.advance(29_000)
    expect(
      await failureOf(() => clients.authorization.roleAssignments.create(RG, name, contributorFor(principalId)))
    ).toMatchObject({ code: 'PrincipalNotFound' })
    clock.advance(1_000)
    const created = await clients.authorization.roleAssignments.create(RG, name, contributorFor(principalId))
    expect(created).toMatchObject({
      id: `${RG}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      name,
      type: 'Microsoft.Authorization/roleAssignments',
      principalId,
      principalType: 'ServicePrincipal',
      scope: RG,
      roleDefinitionId: CONTRIBUTOR
    })
    expect(azure.requests.forRoute('roleAssignments.create').map((r) => r.status)).toEqual([400, 400, 201])
  })

  it('answers 409 RoleAssignmentExists for the same principal, role and scope under another name', async () => {
    const error = await failureOf(() =>
      clients.authorization.roleAssignments.create(RG, randomUUID(), contributorFor(principalId))
    )
    expect(error).toMatchObject({ statusCode: 409, code: 'RoleAssignmentExists' })
    await expect(
      clients.authorization.roleAssignments.create(RG, randomUUID(), {
        ...contributorFor(principalId),
        roleDefinitionId: READER
      })
    ).resolves.toBeDefined()
  })

  it('rejects a name that is not a GUID and an unknown role', async () => {
    expect(
      await failureOf(() => clients.authorization.roleAssignments.create(RG, 'not-a-guid', contributorFor(principalId)))
    ).toMatchObject({ statusCode: 400, code: 'InvalidRoleAssignmentId' })
    const unknownRole = {
      ...contributorFor(principalId),
      roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000001'
    }
    expect(
      await failureOf(() => clients.authorization.roleAssignments.create(RG, randomUUID(), unknownRole))
    ).toMatchObject({ statusCode: 400, code: 'RoleDefinitionDoesNotExist' })
  })

  it('gets, lists for a scope (with principal filter) and deletes (200, then 204)', async () => {
    const listed = []
    for await (const r of clients.authorization.roleAssignments.listForScope(RG, {
      filter: `principalId eq '${principalId}'`
    }))
      listed.push(r)
    expect(listed.map((r) => r.roleDefinitionId).sort()).toEqual([CONTRIBUTOR, READER].sort())
    const aboveOnly = []
    for await (const r of clients.authorization.roleAssignments.listForSubscription({ filter: 'atScope()' }))
      aboveOnly.push(r)
    // Above the subscription: only the emulator's default role of the signed-in principal (Owner at the top group).
    expect(aboveOnly.map((r) => [r.principalId, r.roleDefinitionId])).toEqual([[azure.servicePrincipalObjectId, OWNER]])
    const contributor = listed.find((r) => r.roleDefinitionId === CONTRIBUTOR)
    await expect(clients.authorization.roleAssignments.get(RG, contributor?.name ?? '')).resolves.toMatchObject({
      principalId
    })
    await expect(clients.authorization.roleAssignments.delete(RG, contributor?.name ?? '')).resolves.toMatchObject({
      principalId
    })
    await clients.authorization.roleAssignments.delete(RG, contributor?.name ?? '')
    expect(await failureOf(() => clients.authorization.roleAssignments.get(RG, contributor?.name ?? ''))).toMatchObject(
      { statusCode: 404, code: 'RoleAssignmentNotFound' }
    )
    expect(azure.requests.forRoute('roleAssignments.delete').map((r) => r.status)).toEqual([200, 204])
  })

  // "Assign Azure roles using the REST API", Prerequisites: "2018-09-01-preview or later to assign an Azure role to a
  // new service principal"; Azure's PrincipalNotFound message: "set the role assignment principalType property".
  it('with principalTypeAvoidsReplicationDelay, skips the replication check for principalType at 2018-09-01-preview+', async () => {
    azure.settings.principalTypeAvoidsReplicationDelay = true
    try {
      const fresh = await clients.policy.policyAssignments.create(RG.slice(1), 'fresh-identity', {
        policyDefinitionId: FLUX_EXTENSION_DEFINITION,
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      })
      const principal = fresh.identity?.principalId ?? ''
      const { principalType: _, ...untyped } = contributorFor(principal)
      expect(
        await failureOf(() => clients.authorization.roleAssignments.create(RG, randomUUID(), untyped))
      ).toMatchObject({ code: 'PrincipalNotFound' })
      const old = await armCall(
        azure,
        'PUT',
        `${RG}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2015-07-01`,
        { properties: contributorFor(principal) }
      )
      expect(old.status).toBe(400)
      const name = randomUUID()
      await expect(
        clients.authorization.roleAssignments.create(RG, name, contributorFor(principal))
      ).resolves.toMatchObject({ principalId: principal, principalType: 'ServicePrincipal' })
      await clients.authorization.roleAssignments.delete(RG, name)
    } finally {
      azure.settings.principalTypeAvoidsReplicationDelay = false
    }
  })

  it('pages role assignments with nextLink', async () => {
    azure.settings.principalReplicationDelayMs = 0
    for (let i = 0; i < 5; i++) {
      const other = await clients.policy.policyAssignments.create(RG.slice(1), `ext-${i}`, {
        policyDefinitionId: FLUX_EXTENSION_DEFINITION,
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      })
      await clients.authorization.roleAssignments.create(
        RG,
        randomUUID(),
        contributorFor(other.identity?.principalId ?? '')
      )
    }
    azure.requests.clear()
    azure.settings.defaultPageSize = 2
    const all = []
    for await (const r of clients.authorization.roleAssignments.listForScope(RG)) all.push(r)
    // Six at the resource group, and the signed-in principal's Owner at the top management group.
    expect(all.filter((r) => r.principalId !== azure.servicePrincipalObjectId)).toHaveLength(6)
    expect(all.length).toBe(7)
    expect(azure.requests.forRoute('roleAssignments.list')).toHaveLength(4)
  })
})
