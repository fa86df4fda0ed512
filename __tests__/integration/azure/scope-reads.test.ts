// The emulator answers the scope reads a plan makes (does this group, subscription, management group exist?)
// with Azure's bodies and 404 codes.
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { PROD_APPS } from '../../helpers/azure-clients.js'

const MISSING_SUBSCRIPTION = '99999999-9999-9999-9999-999999999999'

describe('scope reads against the emulator', () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock() })
  })
  afterAll(() => azure.stop())

  it('serves a resource group of the fleet, and ResourceGroupNotFound for one that does not exist', async () => {
    const found = await armCall(
      azure,
      'GET',
      `/subscriptions/${PROD_APPS}/resourcegroups/RG-PAYMENTS?api-version=2021-04-01`
    )
    expect(found.status).toBe(200)
    expect(found.body).toMatchObject({ name: 'rg-payments', type: 'Microsoft.Resources/resourceGroups' })
    const missing = await armCall(
      azure,
      'GET',
      `/subscriptions/${PROD_APPS}/resourcegroups/rg-gone?api-version=2021-04-01`
    )
    expect(missing).toMatchObject({
      status: 404,
      body: { error: { code: 'ResourceGroupNotFound', message: "Resource group 'rg-gone' could not be found." } }
    })
  })

  it('lists the groups of a subscription', async () => {
    const list = await armCall(azure, 'GET', `/subscriptions/${PROD_APPS}/resourcegroups?api-version=2021-04-01`)
    expect(list.status).toBe(200)
    expect((list.body as { value: Array<{ name: string }> }).value.map((g) => g.name)).toContain('rg-payments')
  })

  it('serves a subscription, and SubscriptionNotFound for one that does not exist (also under a group path)', async () => {
    expect((await armCall(azure, 'GET', `/subscriptions/${PROD_APPS}?api-version=2022-12-01`)).status).toBe(200)
    for (const path of [
      `/subscriptions/${MISSING_SUBSCRIPTION}`,
      `/subscriptions/${MISSING_SUBSCRIPTION}/resourcegroups/rg-a`
    ])
      expect(await armCall(azure, 'GET', `${path}?api-version=2021-04-01`)).toMatchObject({
        status: 404,
        body: { error: { code: 'SubscriptionNotFound' } }
      })
  })

  it('serves a management group, and 403 AuthorizationFailed for one that does not exist', async () => {
    const group = '/providers/Microsoft.Management/managementGroups'
    const found = await armCall(azure, 'GET', `${group}/contoso-prod?api-version=2021-04-01`)
    expect(found).toMatchObject({
      status: 200,
      body: { name: 'contoso-prod', properties: { displayName: 'Contoso production' } }
    })
    // Azure/azure-rest-api-specs#9549: a GET of a management group that does not exist answers 403, even to an Owner.
    const missing = await armCall(azure, 'GET', `${group}/mg-gone?api-version=2021-04-01`)
    expect(missing).toMatchObject({ status: 403, body: { error: { code: 'AuthorizationFailed' } } })
    expect((missing.body as { error: { message: string } }).error.message).toContain(
      "to perform action 'Microsoft.Management/managementGroups/read' over scope " +
        `'${group}/mg-gone' or the scope is invalid.`
    )
  })

  it('asks for a token like every ARM read', async () => {
    const anonymous = await armCall(azure, 'GET', `/subscriptions/${PROD_APPS}?api-version=2022-12-01`, undefined, null)
    expect(anonymous.status).toBe(401)
  })
})
