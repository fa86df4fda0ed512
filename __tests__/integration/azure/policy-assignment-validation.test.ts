import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import {
  azureClients,
  failureOf,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS,
  PUBLIC_GIT_DEFINITION
} from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'

const RG = `subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const dine = { identity: { type: 'SystemAssigned' as const }, location: 'westeurope' }
const required = { configurationName: { value: 'apps' }, repositoryUrl: { value: 'https://github.com/contoso/apps' } }

describe('policy assignment validation, as Azure Policy answers it', () => {
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => ({ azure, clients } = await startAzureWithClients({ clock: createSimulatedClock() })))
  afterAll(() => azure.stop())

  const create = (
    parameters: Record<string, { value: unknown }>,
    extra: Record<string, unknown> = dine,
    scope = RG,
    name = 'apps',
    definition = PUBLIC_GIT_DEFINITION
  ) =>
    failureOf(() =>
      clients.policy.policyAssignments.create(scope, name, { policyDefinitionId: definition, parameters, ...extra })
    )

  it.each([
    [
      'a parameter the definition does not declare',
      'UndefinedPolicyParameter',
      "parameter(s) 'repositoryBranch'",
      { ...required, repositoryBranch: { value: 'main' } }
    ],
    [
      'a required parameter left out',
      'MissingPolicyParameter',
      "missing the parameter 'repositoryUrl'",
      { configurationName: { value: 'apps' } }
    ],
    [
      'an effect in the wrong case (allowed values are case-sensitive)',
      'PolicyParameterValueNotAllowed',
      "The allowed values are 'DeployIfNotExists, Disabled'",
      { ...required, effect: { value: 'deployIfNotExists' } }
    ],
    [
      'an allowed-values miss',
      'PolicyParameterValueNotAllowed',
      "'configurationScope'",
      { ...required, configurationScope: { value: 'Cluster' } }
    ],
    [
      'an integer sent as a string',
      'InvalidPolicyParameterType',
      "expected policy parameter type: 'Integer'",
      { ...required, repositorySyncInterval: { value: '600' } }
    ],
    [
      'a boolean sent as a string',
      'InvalidPolicyParameterType',
      "expected policy parameter type: 'Boolean'",
      { ...required, kustomizationPrune: { value: 'true' } }
    ]
  ])('rejects %s with 400 %s', async (_, code, message, parameters) => {
    const error = await create(parameters)
    expect(error).toMatchObject({ statusCode: 400, code })
    expect(error.message).toContain(message)
  })

  it('requires an identity for DeployIfNotExists (ResourceIdentityRequired), and a location with an identity', async () => {
    expect(await create(required, {})).toMatchObject({ statusCode: 400, code: 'ResourceIdentityRequired' })
    expect(await create(required, { identity: { type: 'SystemAssigned' } })).toMatchObject({
      statusCode: 400,
      code: 'LocationRequired'
    })
    expect(await create(required, { identity: { type: 'UserAssigned' }, location: 'westeurope' })).toMatchObject({
      statusCode: 400,
      code: 'MissingIdentityIds'
    })
  })

  it('needs no identity once the effect is Disabled', async () => {
    const created = await clients.policy.policyAssignments.create(RG, 'disabled-apps', {
      policyDefinitionId: PUBLIC_GIT_DEFINITION,
      parameters: { ...required, effect: { value: 'Disabled' } }
    })
    expect(created.identity).toBeUndefined()
  })

  it('rejects bad names, and names over 24 characters at management-group scope', async () => {
    expect(await create(required, dine, RG, 'bad:name')).toMatchObject({
      statusCode: 400,
      code: 'InvalidPolicyAssignmentName'
    })
    expect(await create(required, dine, RG, 'trailing-space ')).toMatchObject({
      statusCode: 400,
      code: 'InvalidPolicyAssignmentName'
    })
    const longName = 'a-name-of-exactly-25-char'
    const atGroup = await create(
      required,
      dine,
      'providers/Microsoft.Management/managementGroups/contoso-prod',
      longName
    )
    expect(atGroup).toMatchObject({ statusCode: 400, code: 'InvalidPolicyAssignmentName' })
    expect(atGroup.message).toContain("must not exceed '24' characters")
    await expect(
      clients.policy.policyAssignments.create(RG, longName, { policyDefinitionId: FLUX_EXTENSION_DEFINITION, ...dine })
    ).resolves.toBeDefined()
  })

  it('answers 404 for an unknown definition or resource group, with a JSON error body', async () => {
    const unknown = await create(
      required,
      dine,
      RG,
      'apps',
      '/providers/Microsoft.Authorization/policyDefinitions/00000000-0000-0000-0000-000000000000'
    )
    expect(unknown).toMatchObject({ statusCode: 404, code: 'PolicyDefinitionNotFound' })
    const nowhere = await create(required, dine, `subscriptions/${PROD_APPS}/resourceGroups/rg-missing`)
    expect(nowhere).toMatchObject({ statusCode: 404, code: 'ResourceGroupNotFound' })
  })

  it('never stores a rejected assignment', async () => {
    expect(
      azure.context.assignments
        .all()
        .map((a) => a.name)
        .sort()
    ).toEqual(['a-name-of-exactly-25-char', 'disabled-apps'])
  })
})
