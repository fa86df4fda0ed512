import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUILTIN_DEFINITIONS } from '../../../src/desired/catalog.js'
import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { azureClients, CONTRIBUTOR, failureOf, PROD_APPS, PROD_DATA } from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'
import { REFERENCE_DEFINITIONS } from '../../helpers/policy-root.js'

/** The recorded Flux v2 built-ins, file name and parsed JSON. */
const recordedBuiltins = readdirSync(REFERENCE_DEFINITIONS)
  .filter((f) => f.startsWith('flux-') && f.endsWith('.json'))
  .map(
    (file) => [file, JSON.parse(readFileSync(join(REFERENCE_DEFINITIONS, file), 'utf8')) as { name: string }] as const
  )

const customRule = {
  if: { field: 'type', equals: 'Microsoft.Kubernetes/connectedClusters' },
  then: { effect: "[parameters('effect')]" }
}
const customParameters = { effect: { type: 'String', allowedValues: ['Audit', 'Disabled'], defaultValue: 'Audit' } }

describe('policy definitions through @azure/arm-policy 7', () => {
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => ({ azure, clients } = await startAzureWithClients({ clock: createSimulatedClock() })))
  afterAll(() => azure.stop())

  it.each(BUILTIN_DEFINITIONS.map((d) => [d.serves, d] as const))(
    'serves the %s built-in from the project catalog',
    async (_, definition) => {
      const served = await clients.policy.policyDefinitions.getBuiltIn(definition.name)
      expect(served).toMatchObject({
        id: `/providers/Microsoft.Authorization/policyDefinitions/${definition.name}`,
        name: definition.name,
        type: 'Microsoft.Authorization/policyDefinitions',
        policyType: 'BuiltIn',
        mode: 'Indexed',
        displayName: definition.displayName,
        version: definition.version
      })
      expect(Object.keys(served.parameters ?? {})).toEqual(Object.keys(definition.parameters))
      const rule = served.policyRule as { then: { effect: string; details: { roleDefinitionIds: string[] } } }
      expect(rule.then.effect).toBe("[parameters('effect')]")
      expect(rule.then.details.roleDefinitionIds).toEqual([...definition.roleDefinitionIds])
    }
  )

  it.each(recordedBuiltins)(
    'serves %s exactly as recorded from Azure, plus the type a GET adds',
    async (_, recorded) => {
      const response = await armCall(
        azure,
        'GET',
        `/providers/Microsoft.Authorization/policyDefinitions/${recorded.name}?api-version=2023-04-01`
      )
      expect(response.status).toBe(200)
      expect(response.body).toEqual({ ...recorded, type: 'Microsoft.Authorization/policyDefinitions' })
    }
  )

  it('does not find a built-in under a subscription or a management group: built-ins live at tenant scope', async () => {
    const guid = 'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
    expect(await failureOf(() => clients.policy.policyDefinitions.get(guid))).toMatchObject({
      statusCode: 404,
      code: 'PolicyDefinitionNotFound'
    })
    expect(
      await failureOf(() => clients.policy.policyDefinitions.getAtManagementGroup('contoso-prod', guid))
    ).toMatchObject({ statusCode: 404, code: 'PolicyDefinitionNotFound' })
    await expect(clients.policy.policyDefinitions.getBuiltIn(guid)).resolves.toMatchObject({
      name: guid,
      policyType: 'BuiltIn'
    })
  })

  it('answers 404 PolicyDefinitionNotFound for an unknown built-in', async () => {
    const error = await failureOf(() =>
      clients.policy.policyDefinitions.getBuiltIn('00000000-0000-0000-0000-000000000000')
    )
    expect(error).toMatchObject({ statusCode: 404, code: 'PolicyDefinitionNotFound' })
  })

  it('creates, reads and deletes a custom definition at subscription scope', async () => {
    const created = await clients.policy.policyDefinitions.createOrUpdate('flux-custom', {
      policyType: 'Custom',
      mode: 'Indexed',
      displayName: 'Custom Flux',
      parameters: customParameters,
      policyRule: customRule
    })
    expect(created).toMatchObject({
      id: `/subscriptions/${PROD_APPS}/providers/Microsoft.Authorization/policyDefinitions/flux-custom`,
      policyType: 'Custom'
    })
    await expect(clients.policy.policyDefinitions.get('flux-custom')).resolves.toMatchObject({
      displayName: 'Custom Flux'
    })
    await clients.policy.policyDefinitions.delete('flux-custom')
    expect(await failureOf(() => clients.policy.policyDefinitions.get('flux-custom'))).toMatchObject({
      statusCode: 404,
      code: 'PolicyDefinitionNotFound'
    })
    expect(azure.requests.forRoute('policyDefinitions.createOrUpdate').map((r) => r.status)).toEqual([201])
  })

  it('creates a custom definition at a management group that assignments below it can use, and nothing outside can', async () => {
    await clients.policy.policyDefinitions.createOrUpdateAtManagementGroup('contoso-prod', 'flux-mg', {
      policyType: 'Custom',
      mode: 'Indexed',
      parameters: customParameters,
      policyRule: customRule
    })
    const definitionId =
      '/providers/Microsoft.Management/managementGroups/contoso-prod/providers/Microsoft.Authorization/policyDefinitions/flux-mg'
    await expect(
      clients.policy.policyDefinitions.getAtManagementGroup('contoso-prod', 'flux-mg')
    ).resolves.toMatchObject({ id: definitionId })
    await expect(
      clients.policy.policyAssignments.create(`subscriptions/${PROD_DATA}`, 'uses-mg-definition', {
        policyDefinitionId: definitionId
      })
    ).resolves.toMatchObject({ policyDefinitionId: definitionId })
    const outside = await failureOf(() =>
      clients.policy.policyAssignments.create('subscriptions/33333333-3333-3333-3333-333333333333', 'outside', {
        policyDefinitionId: definitionId
      })
    )
    expect(outside).toMatchObject({ statusCode: 400, code: 'InvalidCreatePolicyAssignmentRequest' })
    await clients.policy.policyDefinitions.deleteAtManagementGroup('contoso-prod', 'flux-mg')
  })

  it('validates custom definitions: parameter types, allowed vs default values, at most 20 parameters', async () => {
    const badType = await failureOf(() =>
      clients.policy.policyDefinitions.createOrUpdate('bad', {
        parameters: { p: { type: 'Int' as 'Integer' } },
        policyRule: customRule
      })
    )
    expect(badType).toMatchObject({ statusCode: 400, code: 'InvalidPolicyParameterType' })
    const mismatch = await failureOf(() =>
      clients.policy.policyDefinitions.createOrUpdate('bad', {
        parameters: { effect: { type: 'String', allowedValues: ['Audit'], defaultValue: 'Deny' } },
        policyRule: customRule
      })
    )
    expect(mismatch).toMatchObject({ statusCode: 400, code: 'PolicyParameterAllowedAndDefaultValuesMismatch' })
    const many = Object.fromEntries(
      Array.from({ length: 21 }, (_, i) => [`p${i}`, { type: 'String' as const, defaultValue: '' }])
    )
    expect(
      await failureOf(() =>
        clients.policy.policyDefinitions.createOrUpdate('bad', { parameters: many, policyRule: customRule })
      )
    ).toMatchObject({ statusCode: 400, code: 'PolicyParameterLimitExceeded' })
  })

  it('reads the roles a DeployIfNotExists identity needs from the definition (Contributor for every Flux built-in)', async () => {
    const definition = await clients.policy.policyDefinitions.getBuiltIn('9e980dca-f3e1-8da3-6717-ad37b1ca6b27')
    const roles = (definition.policyRule as { then: { details: { roleDefinitionIds: string[] } } }).then.details
      .roleDefinitionIds
    expect(roles.map((r) => r.toLowerCase())).toEqual([CONTRIBUTOR.toLowerCase()])
  })

  it('lists definitions visible at a scope, filtered by policyType', async () => {
    await clients.policy.policyDefinitions.createOrUpdate('listed', {
      parameters: customParameters,
      policyRule: customRule
    })
    const custom = []
    for await (const d of clients.policy.policyDefinitions.list({ filter: "policyType eq 'Custom'" }))
      custom.push(d.name)
    expect(custom).toEqual(['listed'])
    const builtIn = []
    for await (const d of clients.policy.policyDefinitions.listBuiltIn()) builtIn.push(d.name)
    expect(builtIn.sort()).toEqual(BUILTIN_DEFINITIONS.map((d) => d.name).sort())
  })
})
