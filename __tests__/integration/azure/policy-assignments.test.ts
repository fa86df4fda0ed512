import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import {
  azureClients,
  failureOf,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS,
  PROD_DATA,
  PUBLIC_GIT_DEFINITION
} from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'

const RG_PAYMENTS = `subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const MG_PROD = 'providers/Microsoft.Management/managementGroups/contoso-prod'
const GIT_PARAMETERS = {
  configurationName: { value: 'payments-apps' },
  repositoryUrl: { value: 'https://github.com/contoso/payments-gitops' },
  repositoryRefBranch: { value: 'main' },
  configurationScope: { value: 'namespace' },
  repositorySyncInterval: { value: 300 }
}
const dine = { identity: { type: 'SystemAssigned' as const }, location: 'westeurope' }

describe('policy assignments through @azure/arm-policy 7 (api-version 2025-03-01)', () => {
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(
    async () =>
      ({ azure, clients } = await startAzureWithClients({
        clock: createSimulatedClock({ start: Date.parse('2026-01-05T10:00:00Z') })
      }))
  )
  afterAll(() => azure.stop())

  it('creates with 201 and the 2025-03-01 body: identity with a fresh principalId, scope, instanceId, systemData', async () => {
    const created = await clients.policy.policyAssignments.create(RG_PAYMENTS, 'payments-apps', {
      policyDefinitionId: PUBLIC_GIT_DEFINITION,
      displayName: 'payments-apps',
      parameters: GIT_PARAMETERS,
      metadata: { managedBy: 'flux-policy' },
      ...dine
    })
    expect(created).toMatchObject({
      id: `/${RG_PAYMENTS}/providers/Microsoft.Authorization/policyAssignments/payments-apps`,
      name: 'payments-apps',
      type: 'Microsoft.Authorization/policyAssignments',
      location: 'westeurope',
      scope: `/${RG_PAYMENTS}`,
      enforcementMode: 'Default',
      notScopes: [],
      definitionVersion: '1.*.*',
      metadata: { managedBy: 'flux-policy' },
      identity: {
        type: 'SystemAssigned',
        tenantId: azure.tenantId,
        principalId: expect.stringMatching(/^[0-9a-f-]{36}$/)
      },
      systemData: { createdBy: azure.servicePrincipalObjectId, createdAt: new Date('2026-01-05T10:00:00Z') }
    })
    expect(created.instanceId).toMatch(/^[0-9a-f-]{36}$/)
    const [put] = azure.requests.forRoute('policyAssignments.create')
    expect(put?.status).toBe(201)
  })

  it('keeps the identity when an assignment is replaced, and gives a new assignment a new one', async () => {
    const first = await clients.policy.policyAssignments.get(RG_PAYMENTS, 'payments-apps')
    const replaced = await clients.policy.policyAssignments.create(RG_PAYMENTS, 'payments-apps', {
      policyDefinitionId: PUBLIC_GIT_DEFINITION,
      parameters: { ...GIT_PARAMETERS, repositoryRefBranch: { value: 'release' } },
      ...dine
    })
    expect(replaced.identity?.principalId).toBe(first.identity?.principalId)
    expect(replaced.parameters?.repositoryRefBranch).toEqual({ value: 'release' })
    const other = await clients.policy.policyAssignments.create(RG_PAYMENTS, 'flux-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      ...dine
    })
    expect(other.identity?.principalId).not.toBe(first.identity?.principalId)
  })

  it('serves a scope given with a leading slash (the SDK then sends //subscriptions/...)', async () => {
    const found = await clients.policy.policyAssignments.get(`/${RG_PAYMENTS}`, 'payments-apps')
    expect(found.name).toBe('payments-apps')
    expect(azure.requests.at(-1)?.rawPath).toMatch(/^\/\/subscriptions\//)
  })

  it('answers 404 PolicyAssignmentNotFound for an unknown assignment', async () => {
    const error = await failureOf(() => clients.policy.policyAssignments.get(RG_PAYMENTS, 'nope'))
    expect(error).toMatchObject({ statusCode: 404, code: 'PolicyAssignmentNotFound' })
  })

  it('deletes with 200 and the body, then 204 when already gone (arm-policy 7 throws a TypeError on that 204)', async () => {
    await clients.policy.policyAssignments.create(RG_PAYMENTS, 'short-lived', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      ...dine
    })
    const deleted = await clients.policy.policyAssignments.delete(RG_PAYMENTS, 'short-lived')
    expect(deleted.name).toBe('short-lived')
    const again = await failureOf(() => clients.policy.policyAssignments.delete(RG_PAYMENTS, 'short-lived'))
    expect(again.name).toBe('TypeError')
    expect(azure.requests.forRoute('policyAssignments.delete').map((r) => r.status)).toEqual([200, 204])
  })

  it('updates an assignment with PATCH (identity and location only)', async () => {
    await clients.policy.policyAssignments.create(RG_PAYMENTS, 'patched', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      parameters: { effect: { value: 'Disabled' } }
    })
    const updated = await clients.policy.policyAssignments.update(RG_PAYMENTS, 'patched', {
      identity: { type: 'SystemAssigned' },
      location: 'northeurope'
    })
    expect(updated).toMatchObject({
      location: 'northeurope',
      identity: { type: 'SystemAssigned', principalId: expect.any(String) },
      parameters: { effect: { value: 'Disabled' } }
    })
    await clients.policy.policyAssignments.delete(RG_PAYMENTS, 'patched')
  })

  describe('listing with $filter and nextLink paging', () => {
    beforeAll(async () => {
      const ext = { policyDefinitionId: FLUX_EXTENSION_DEFINITION, ...dine }
      await clients.policy.policyAssignments.create(MG_PROD, 'ext-mg', ext)
      await clients.policy.policyAssignments.create(`subscriptions/${PROD_APPS}`, 'ext-sub', ext)
      await clients.policy.policyAssignments.create(
        `subscriptions/${PROD_APPS}/resourceGroups/rg-shared`,
        'ext-shared',
        ext
      )
      await clients.policy.policyAssignments.create(`subscriptions/${PROD_DATA}`, 'ext-data', ext)
    })
    const names = async (pages: AsyncIterable<{ name?: string }>): Promise<string[]> => {
      const found: string[] = []
      for await (const item of pages) found.push(item.name ?? '')
      return found.sort()
    }

    it('atScope() at a resource group: the group and everything above it, nothing beside it', async () => {
      expect(
        await names(clients.policy.policyAssignments.listForResourceGroup('rg-payments', { filter: 'atScope()' }))
      ).toEqual(['ext-mg', 'ext-sub', 'flux-extension', 'payments-apps'])
    })

    it('atExactScope(), policyDefinitionId eq, and no filter (which adds assignments below)', async () => {
      expect(
        await names(clients.policy.policyAssignments.listForResourceGroup('rg-payments', { filter: 'atExactScope()' }))
      ).toEqual(['flux-extension', 'payments-apps'])
      expect(
        await names(
          clients.policy.policyAssignments.listForResourceGroup('rg-payments', {
            filter: `policyDefinitionId eq '${PUBLIC_GIT_DEFINITION}'`
          })
        )
      ).toEqual(['payments-apps'])
      expect(await names(clients.policy.policyAssignments.list())).toEqual([
        'ext-mg',
        'ext-shared',
        'ext-sub',
        'flux-extension',
        'payments-apps'
      ])
      expect(
        await names(clients.policy.policyAssignments.listForManagementGroup('contoso-prod', { filter: 'atScope()' }))
      ).toEqual(['ext-mg'])
      expect(await names(clients.policy.policyAssignments.listForManagementGroup('contoso-prod'))).toEqual([
        'ext-data',
        'ext-mg',
        'ext-shared',
        'ext-sub',
        'flux-extension',
        'payments-apps'
      ])
    })

    it('pages by $top with absolute nextLinks that the SDK follows', async () => {
      azure.requests.clear()
      const all = await names(clients.policy.policyAssignments.listForManagementGroup('contoso-prod', { top: 2 }))
      expect(all).toHaveLength(6)
      const calls = azure.requests.forRoute('policyAssignments.list')
      expect(calls).toHaveLength(3)
      expect(calls[1]?.query.$skiptoken).toBeDefined()
      expect(calls.every((c) => c.query['api-version'] === '2025-03-01' && c.query.$top === '2')).toBe(true)
    })

    it('rejects a filter it does not support', async () => {
      const error = await failureOf(() =>
        names(clients.policy.policyAssignments.list({ filter: "displayName eq 'x'" }))
      )
      expect(error).toMatchObject({ statusCode: 400, code: 'InvalidFilterInQueryString' })
    })
  })
})
