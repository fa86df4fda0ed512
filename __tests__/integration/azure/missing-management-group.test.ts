// A management group that does not exist, as Azure answers it: 403 AuthorizationFailed for the group and everything
// under it, whatever the caller's roles (Azure/azure-rest-api-specs#9549, pulumi/pulumi-azure-native#553,
// hashicorp/terraform-provider-azurerm#10645, Azure/Azure-Landing-Zones#3668; emulator-router.ts cites them), and
// Management Groups - Check Name Availability as the way to tell it from a group the caller may not read.
import { createSimulatedClock, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { azureClients, failureOf, PUBLIC_GIT_DEFINITION } from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'

const GONE = '/providers/Microsoft.Management/managementGroups/mg-gone'
const RULE = { if: { field: 'type', equals: 'Microsoft.Kubernetes/connectedClusters' }, then: { effect: 'audit' } }

describe('a management group that does not exist', () => {
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => ({ azure, clients } = await startAzureWithClients({ clock: createSimulatedClock() })))
  afterAll(() => azure.stop())
  afterEach(() => {
    azure.settings.checkCallerPermissions = true
  })

  const refusal = (action: string, scope: string) =>
    `The client '${azure.clientId}' with object id '${azure.servicePrincipalObjectId}' does not have ` +
    `authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was ` +
    'recently granted, please refresh your credentials.'

  it('answers 403 AuthorizationFailed to reads and writes of custom policy definitions there', async () => {
    const definitions = clients.policy.policyDefinitions
    const id = `${GONE}/providers/Microsoft.Authorization/policyDefinitions/flux-custom`
    const read = await failureOf(() => definitions.getAtManagementGroup('mg-gone', 'flux-custom'))
    expect(read).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(read.message).toBe(refusal('Microsoft.Authorization/policyDefinitions/read', id))
    const write = await failureOf(() =>
      definitions.createOrUpdateAtManagementGroup('mg-gone', 'flux-custom', { policyType: 'Custom', policyRule: RULE })
    )
    expect(write).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(write.message).toBe(refusal('Microsoft.Authorization/policyDefinitions/write', id))
    const list = await failureOf(async () => {
      for await (const d of definitions.listByManagementGroup('mg-gone')) void d
    })
    expect(list).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(azure.context.definitions.getAt(GONE, 'flux-custom')).toBeUndefined()
  })

  it('answers 403 to policy assignments and remediations there, also with permission checks off', async () => {
    azure.settings.checkCallerPermissions = false
    const assignment = await failureOf(() =>
      clients.policy.policyAssignments.create(GONE.slice(1), 'flux', {
        policyDefinitionId: PUBLIC_GIT_DEFINITION,
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      })
    )
    expect(assignment).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
    expect(assignment.message).toBe(
      refusal(
        'Microsoft.Authorization/policyAssignments/write',
        `${GONE}/providers/Microsoft.Authorization/policyAssignments/flux`
      )
    )
    const remediation = await failureOf(() =>
      clients.insights.remediations.createOrUpdateAtManagementGroup('mg-gone', 'flux', {
        policyAssignmentId: `${GONE}/providers/Microsoft.Authorization/policyAssignments/flux`
      })
    )
    expect(remediation).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' })
  })

  it('leaves an existing management group as it was: a definition it does not hold is 404 PolicyDefinitionNotFound', async () => {
    const missing = await failureOf(() => clients.policy.policyDefinitions.getAtManagementGroup('contoso-prod', 'x'))
    expect(missing).toMatchObject({ statusCode: 404, code: 'PolicyDefinitionNotFound' })
  })

  it('is told apart by Check Name Availability: available when missing, AlreadyExists when it exists', async () => {
    const check = (name: string) =>
      armCall(azure, 'POST', '/providers/Microsoft.Management/checkNameAvailability?api-version=2021-04-01', {
        name,
        type: 'Microsoft.Management/managementGroups'
      })
    expect(await check('mg-gone')).toMatchObject({ status: 200, body: { nameAvailable: true } })
    expect(await check('CONTOSO-PROD')).toMatchObject({
      status: 200,
      body: { nameAvailable: false, reason: 'AlreadyExists' }
    })
    expect(await check('not valid!')).toMatchObject({ status: 200, body: { nameAvailable: false, reason: 'Invalid' } })
    expect(
      (await armCall(azure, 'POST', '/providers/Microsoft.Management/checkNameAvailability?api-version=2021-04-01', {}))
        .status
    ).toBe(400)
  })
})
