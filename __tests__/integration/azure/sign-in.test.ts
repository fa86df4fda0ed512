import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import {
  assertionCredential,
  azureClients,
  failureOf,
  PROD_APPS,
  secretCredential
} from '../../helpers/azure-clients.js'

describe('sign-in against the emulated Entra authority, through @azure/identity itself', () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({
      clock: createSimulatedClock(),
      federatedSubjects: ['repo:contoso/policies:ref:refs/heads/main']
    })
  })
  afterAll(() => azure.stop())
  beforeEach(() => azure.requests.clear())

  it('ClientSecretCredential gets a JWT-shaped token that ARM accepts', async () => {
    const credential = secretCredential(azure)
    const token = await credential.getToken(`${azure.armEndpoint}/.default`)
    expect(token.token.split('.')).toHaveLength(3)
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now() + 50 * 60 * 1000)
    const { policy } = azureClients(azure, PROD_APPS, { credential })
    await expect(policy.policyDefinitions.getBuiltIn('f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1')).resolves.toMatchObject({
      policyType: 'BuiltIn'
    })
    // The SDK pipeline asks with CAE enabled, which MSAL caches apart from the plain getToken above: two token calls.
    expect(azure.requests.forRoute('entra.token').map((r) => r.status)).toEqual([200, 200])
  })

  it('ClientAssertionCredential (the GitHub OIDC path) exchanges a federated assertion for a token', async () => {
    let calls = 0
    const credential = assertionCredential(azure, async () => {
      calls++
      return azure.federatedAssertion('repo:contoso/policies:ref:refs/heads/main')
    })
    const { policy } = azureClients(azure, PROD_APPS, { credential })
    const definition = await policy.policyDefinitions.getBuiltIn('83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')
    expect(definition.displayName).toContain('public Git repository')
    expect(calls).toBeGreaterThan(0)
    expect(azure.requests.forRoute('entra.token').map((r) => r.status)).toEqual([200])
  })

  it('rejects an assertion from a subject with no federated credential, and a wrong secret', async () => {
    const stranger = assertionCredential(azure, async () => azure.federatedAssertion('repo:someone/else:pull_request'))
    const assertionError = await failureOf(() => stranger.getToken(`${azure.armEndpoint}/.default`))
    expect(assertionError.message).toContain('AADSTS70021')
    const wrongSecret = secretCredential(azure, 'not-the-secret')
    const secretError = await failureOf(() => wrongSecret.getToken(`${azure.armEndpoint}/.default`))
    expect(secretError.message).toContain('AADSTS7000215')
  })

  it('answers ARM calls without a valid bearer token with 401 and the ARM error shape', async () => {
    const missing = await armCall(
      azure,
      'GET',
      '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1?api-version=2025-03-01',
      undefined,
      null
    )
    expect(missing.status).toBe(401)
    expect(missing.body).toEqual({
      error: { code: 'AuthenticationFailed', message: expect.stringContaining("'Authorization' header is missing") }
    })
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer authorization_uri=/)
    expect(missing.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const forged = await armCall(
      azure,
      'GET',
      '/subscriptions/x/providers/Microsoft.Authorization/policyAssignments?api-version=2025-03-01',
      undefined,
      `Bearer ${azure.token.slice(0, -4)}AAAA`
    )
    expect(forged.status).toBe(401)
    expect(forged.body).toMatchObject({ error: { code: 'InvalidAuthenticationToken' } })
    const valid = await armCall(
      azure,
      'GET',
      '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1?api-version=2025-03-01'
    )
    expect(valid.status).toBe(200)
  })

  it('surfaces a 401 to the SDK as a RestError with the ARM code', async () => {
    const noToken = { getToken: async () => ({ token: 'not-a-jwt', expiresOnTimestamp: Date.now() + 3_600_000 }) }
    const { policy } = azureClients(azure, PROD_APPS, { credential: noToken })
    const error = await failureOf(() => policy.policyAssignments.get(`subscriptions/${PROD_APPS}`, 'anything'))
    expect(error).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' })
  })

  it('rejects an expired token with ExpiredAuthenticationToken', async () => {
    const shortLived = await startAzureEmulator({ clock: createSimulatedClock(), tokenLifetimeSeconds: 0 })
    try {
      const expired = await armCall(
        shortLived,
        'GET',
        '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1?api-version=2025-03-01'
      )
      expect(expired).toMatchObject({ status: 401, body: { error: { code: 'ExpiredAuthenticationToken' } } })
    } finally {
      await shortLived.stop()
    }
  })

  it('answers a missing api-version and an unknown path with ARM error bodies', async () => {
    const noVersion = await armCall(
      azure,
      'GET',
      '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
    )
    expect(noVersion).toMatchObject({ status: 400, body: { error: { code: 'MissingApiVersionParameter' } } })
    const unknown = await armCall(
      azure,
      'GET',
      '/subscriptions/x/providers/Microsoft.Compute/virtualMachines?api-version=2024-01-01'
    )
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NotFound' } } })
  })
})
