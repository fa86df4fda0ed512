// The routes azure-cli 2.45 stops at before it reaches policy: ARM's cloud metadata (`az cloud register`), the AD FS-
// style authority (`az login`, which cannot skip MSAL's instance discovery), and the subscriptions and tenants lists
// `az login` reads. azure-cli itself is not needed: MSAL (through @azure/identity) and raw HTTPS make the same calls.
import { request } from 'node:https'
import { ClientSecretCredential } from '@azure/identity'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { PROD_APPS } from '../../helpers/azure-clients.js'

function anonymousGet(azure: AzureEmulator, path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const url = new URL(azure.armEndpoint)
    request({ host: url.hostname, port: url.port, path, ca: azure.caPem }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('routes real clients (azure-cli 2.45) need before policy', () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock() })
  })
  afterAll(() => azure.stop())
  beforeEach(() => azure.requests.clear())

  it('serves the Azure Stack metadata msrestazure reads for `az cloud register --endpoint-resource-manager`', async () => {
    // msrestazure appends the suffix to the endpoint as given, so `https://host:port/` asks for `//metadata/…`.
    const metadata = await anonymousGet(azure, '//metadata/endpoints?api-version=2015-01-01')
    expect(metadata).toEqual({
      status: 200,
      body: {
        galleryEndpoint: `${azure.armEndpoint}/`,
        graphEndpoint: `${azure.armEndpoint}/`,
        portalEndpoint: `${azure.armEndpoint}/`,
        authentication: {
          loginEndpoint: `${azure.armEndpoint}/adfs`,
          audiences: ['https://management.core.windows.net/', `${azure.armEndpoint}/`]
        }
      }
    })
  })

  it('serves the cloud list of api-version 2019-05-01 (ARM_CLOUD_METADATA_URL) and the single cloud of 2022-09-01', async () => {
    const list = await anonymousGet(azure, '/metadata/endpoints?api-version=2019-05-01')
    expect(list.status).toBe(200)
    const clouds = list.body as Array<Record<string, unknown>>
    expect(clouds).toHaveLength(1)
    expect(clouds[0]).toMatchObject({
      name: 'FluxPolicyEmulator',
      resourceManager: `${azure.armEndpoint}/`,
      authentication: { loginEndpoint: `${azure.armEndpoint}/adfs`, tenant: 'adfs' },
      microsoftGraphResourceId: `${azure.armEndpoint}/`
    })
    expect(await anonymousGet(azure, '/metadata/endpoints?api-version=2022-09-01')).toEqual({
      status: 200,
      body: clouds[0]
    })
    expect(await anonymousGet(azure, '/metadata/endpoints?api-version=2000-01-01')).toMatchObject({
      status: 400,
      body: { error: { code: 'InvalidApiVersionParameter' } }
    })
  })

  it('signs MSAL in at the AD FS-style authority without instance discovery, and ARM accepts the token', async () => {
    // No disableInstanceDiscovery: MSAL skips it for an AD FS authority by itself, as MSAL for Python does for az.
    const credential = new ClientSecretCredential('adfs', azure.clientId, azure.clientSecret, {
      authorityHost: azure.authorityHost,
      tlsOptions: { ca: azure.caPem }
    })
    const token = await credential.getToken('https://management.core.windows.net//.default')
    expect(azure.requests.forRoute('entra.adfsOpenidConfiguration').map((r) => r.status)).toEqual([200])
    expect(azure.requests.forRoute('entra.token').map((r) => r.path)).toEqual(['/adfs/oauth2/token'])
    expect(azure.requests.forRoute('entra.instanceDiscovery')).toEqual([])
    const subscription = await armCall(
      azure,
      'GET',
      `/subscriptions/${PROD_APPS}?api-version=2022-12-01`,
      undefined,
      `Bearer ${token.token}`
    )
    expect(subscription.status).toBe(200)
  })

  it('lists subscriptions with the fields az login keeps, and pages them', async () => {
    const list = await armCall(azure, 'GET', '/subscriptions?api-version=2019-11-01')
    expect(list.status).toBe(200)
    const value = (list.body as { value: Array<Record<string, unknown>> }).value
    expect(value.map((s) => s.subscriptionId)).toEqual([
      '11111111-1111-1111-1111-111111111111',
      '22222222-2222-2222-2222-222222222222',
      '33333333-3333-3333-3333-333333333333'
    ])
    expect(value[0]).toEqual({
      id: `/subscriptions/${PROD_APPS}`,
      authorizationSource: 'RoleBased',
      managedByTenants: [],
      subscriptionId: PROD_APPS,
      tenantId: azure.tenantId,
      displayName: 'contoso-prod-apps',
      state: 'Enabled',
      subscriptionPolicies: {
        locationPlacementId: 'Public_2014-09-01',
        quotaId: 'PayAsYouGo_2014-09-01',
        spendingLimit: 'Off'
      }
    })
    const first = await armCall(azure, 'GET', '/subscriptions?api-version=2022-12-01&$top=2')
    const page = first.body as { value: unknown[]; nextLink?: string }
    expect(page.value).toHaveLength(2)
    const next = new URL(page.nextLink!)
    const rest = await armCall(azure, 'GET', `${next.pathname}${next.search}`)
    expect((rest.body as { value: Array<{ subscriptionId: string }> }).value.map((s) => s.subscriptionId)).toEqual([
      '33333333-3333-3333-3333-333333333333'
    ])
  })

  it('lists the tenant', async () => {
    const tenants = await armCall(azure, 'GET', '/tenants?api-version=2022-12-01')
    expect(tenants).toMatchObject({
      status: 200,
      body: { value: [{ id: `/tenants/${azure.tenantId}`, tenantId: azure.tenantId, tenantCategory: 'Home' }] }
    })
    expect((await armCall(azure, 'GET', '/tenants?api-version=2022-12-01', undefined, null)).status).toBe(401)
  })
})
