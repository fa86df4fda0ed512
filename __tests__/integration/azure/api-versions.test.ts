// Every api-version the emulator's table lists for a type is accepted on a real route over HTTPS, and any other is
// refused in the shape ARM uses for that kind of type (sources in emulator/arm/api-versions.ts).
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { API_VERSION_TABLES } from '../../../emulator/arm/api-versions.js'
import { armCall } from '../../helpers/arm-call.js'
import { PROD_APPS } from '../../helpers/azure-clients.js'

/** One read per resource type, as a client makes it. */
const PROBES: Record<string, { method: string; path: string; body?: unknown }> = {
  'Microsoft.Authorization/policyAssignments': {
    method: 'GET',
    path: `/subscriptions/${PROD_APPS}/providers/Microsoft.Authorization/policyAssignments`
  },
  'Microsoft.Authorization/policyDefinitions': {
    method: 'GET',
    path: '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
  },
  'Microsoft.Authorization/roleAssignments': {
    method: 'GET',
    path: `/subscriptions/${PROD_APPS}/providers/Microsoft.Authorization/roleAssignments`
  },
  'Microsoft.PolicyInsights/remediations': {
    method: 'GET',
    path: `/subscriptions/${PROD_APPS}/providers/Microsoft.PolicyInsights/remediations`
  },
  'Microsoft.ResourceGraph/resources': {
    method: 'POST',
    path: '/providers/Microsoft.ResourceGraph/resources',
    body: { subscriptions: [PROD_APPS], query: 'resources | limit 1' }
  },
  'Microsoft.Resources/subscriptions': { method: 'GET', path: `/subscriptions/${PROD_APPS}` },
  'Microsoft.Resources/tenants': { method: 'GET', path: '/tenants' },
  'Microsoft.Resources/resourceGroups': { method: 'GET', path: `/subscriptions/${PROD_APPS}/resourcegroups` },
  'Microsoft.Management/managementGroups': {
    method: 'GET',
    path: '/providers/Microsoft.Management/managementGroups/contoso'
  }
}

const UNKNOWN = '2000-01-01'

describe('api-versions: the table of every stable version in azure-rest-api-specs', () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock(), resourceGraph: { quota: false } })
  })
  afterAll(() => azure.stop())

  it('has a probe for every table', () => {
    expect(Object.keys(PROBES).sort()).toEqual(API_VERSION_TABLES.map((t) => t.resourceType).sort())
  })

  it.each(API_VERSION_TABLES.map((t) => [t.resourceType, t] as const))(
    '%s: every listed version answers 200',
    async (type, table) => {
      const probe = PROBES[type]!
      const statuses: Record<string, number> = {}
      for (const version of table.versions) {
        const answer = await armCall(azure, probe.method, `${probe.path}?api-version=${version}`, probe.body)
        statuses[version] = answer.status
      }
      expect(statuses).toEqual(Object.fromEntries(table.versions.map((v) => [v, 200])))
    }
  )

  it('accepts the version az 2.45 sends for policy assignments and definitions (2021-06-01)', async () => {
    for (const type of ['Microsoft.Authorization/policyAssignments', 'Microsoft.Authorization/policyDefinitions']) {
      const probe = PROBES[type]!
      expect((await armCall(azure, probe.method, `${probe.path}?api-version=2021-06-01`)).status).toBe(200)
    }
  })

  it('refuses an unknown version of a Microsoft.Authorization type with InvalidResourceType, oldest first', async () => {
    const answer = await armCall(
      azure,
      'GET',
      `${PROBES['Microsoft.Authorization/policyAssignments']!.path}?api-version=${UNKNOWN}`
    )
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      error: {
        code: 'InvalidResourceType',
        message:
          `The resource type 'policyAssignments' could not be found in the namespace 'Microsoft.Authorization' for api ` +
          `version '${UNKNOWN}'. The supported api-versions are '2016-04-01,2016-12-01,2018-03-01,2018-05-01,` +
          '2019-01-01,2019-06-01,2019-09-01,2020-03-01,2020-09-01,2021-06-01,2022-06-01,2023-04-01,2024-04-01,' +
          "2024-05-01,2025-01-01,2025-03-01,2025-11-01'."
      }
    })
  })

  it('refuses an unknown version of an ARM-own type with InvalidApiVersionParameter, newest first', async () => {
    const answer = await armCall(azure, 'GET', `/subscriptions?api-version=${UNKNOWN}`)
    expect(answer.status).toBe(400)
    const error = (answer.body as { error: { code: string; message: string } }).error
    expect(error.code).toBe('InvalidApiVersionParameter')
    expect(error.message).toMatch(
      new RegExp(
        `^The api-version '${UNKNOWN}' is invalid\\. The supported versions are '2025-04-01,2025-03-01,.*,2015-11-01'\\.$`
      )
    )
    // One list for everything ARM serves itself: resources.json's 2021-04-01 and subscriptions.json's 2022-12-01.
    expect(error.message).toContain(',2022-12-01,2022-09-01,')
    expect((await armCall(azure, 'GET', `/subscriptions/${PROD_APPS}?api-version=2021-04-01`)).status).toBe(200)
  })

  it('refuses an unknown version of a resource provider type with NoRegisteredProviderFound', async () => {
    const probe = PROBES['Microsoft.PolicyInsights/remediations']!
    const answer = await armCall(azure, 'GET', `${probe.path}?api-version=${UNKNOWN}`)
    expect(answer).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'NoRegisteredProviderFound',
          message:
            `No registered resource provider found for location 'westeurope' and API version '${UNKNOWN}' for type ` +
            "'remediations'. The supported api-versions are '2019-07-01, 2021-10-01, 2024-10-01'. The supported " +
            "locations are ''."
        }
      }
    })
  })

  it('still asks for an api-version when there is none', async () => {
    expect(await armCall(azure, 'GET', '/tenants')).toMatchObject({
      status: 400,
      body: { error: { code: 'MissingApiVersionParameter' } }
    })
  })
})
