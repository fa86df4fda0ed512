import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { armCall } from '../../helpers/arm-call.js'
import { PROD_APPS } from '../../helpers/azure-clients.js'
import { lowerCaseKeys, shapeMismatches } from '../../helpers/json-shape.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from '../../helpers/principal-type.js'

/** The example bodies Microsoft publishes, recorded in the repository (fixtures/azure/README.md says from where). */
const EXAMPLES = fileURLToPath(new URL('../../../fixtures/azure/arm-examples/', import.meta.url))

interface Example {
  parameters: Record<string, unknown>
  responses: Record<string, { body?: unknown }>
}

/** An example with its subscriptions, groups and ids moved into the demo fleet (JSON text replacement). */
function example(file: string): Example {
  const text = readFileSync(join(EXAMPLES, file), 'utf8')
    .replaceAll(
      /ae640e6b-ba3e-4256-9d62-2993eecfa6f2|a925f2f7-5c63-4b7b-8799-25a5f97bc3b2|35ee058e-5fa0-414c-8145-3ebb8d09b6e2/g,
      PROD_APPS
    )
    .replaceAll(/testResourceGroup|TestResourceGroup|testrg/g, 'rg-payments')
    .replaceAll('TestManagementGroup', 'contoso-prod')
    .replaceAll('policySetDefinitions/securityInitiative', 'policyDefinitions/ResourceNaming')
    .replaceAll('0b5fe924-9a61-425c-96af-cfe6e287ca2d', 'b24988ac-6180-42a0-ab88-20f7382dd24c')
  return JSON.parse(text) as Example
}

const ASSIGNMENT_MAPS = ['properties.parameters', 'properties.metadata', 'identity.userAssignedIdentities']
const RESOURCE_NAMING = {
  properties: {
    mode: 'All',
    displayName: 'Resource naming',
    parameters: { prefix: { type: 'String', defaultValue: 'Dept' }, suffix: { type: 'String', defaultValue: '-X' } },
    policyRule: {
      if: { not: { field: 'name', like: "[concat(parameters('prefix'), '*', parameters('suffix'))]" } },
      then: { effect: 'deny' }
    }
  }
}

describe("emulator responses have the fields and types of Microsoft's example bodies", () => {
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ clock: createSimulatedClock(), simulation: PRINCIPAL_TYPE_SKIPS_REPLICATION })
    await armCall(
      azure,
      'PUT',
      `/subscriptions/${PROD_APPS}/providers/Microsoft.Authorization/policyDefinitions/ResourceNaming?api-version=2025-03-01`,
      RESOURCE_NAMING
    )
    azure.context.directory.add('ce2ce14e-85d7-4629-bdbc-454d0519d987')
  })
  afterAll(() => azure.stop())

  const replay = async (file: string, method: string, path: string, status: string, maps: string[] = []) => {
    const ex = example(file)
    const response = await armCall(azure, method, path, ex.parameters.parameters)
    expect({ file, status: response.status }).toEqual({ file, status: Number(status) })
    expect(shapeMismatches(ex.responses[status]?.body, response.body, maps)).toEqual([])
    return response
  }
  const assignmentPath = (scope: string, name: string, query = '') =>
    `/${scope}/providers/Microsoft.Authorization/policyAssignments/${name}?api-version=2025-03-01${query}`
  const sub = `subscriptions/${PROD_APPS}`

  it.each([
    ['policy-createPolicyAssignment.json', 'EnforceNaming'],
    ['policy-createPolicyAssignmentWithIdentity.json', 'EnforceNaming'],
    ['policy-createPolicyAssignmentWithUserAssignedIdentity.json', 'EnforceNamingUami'],
    ['policy-createPolicyAssignmentNonComplianceMessages.json', 'securityInitAssignment']
  ])('%s', async (file, name) => {
    await replay(file, 'PUT', assignmentPath(sub, name), '201', ASSIGNMENT_MAPS)
  })

  it('policy-getPolicyAssignmentWithIdentity.json', async () => {
    await replay(
      'policy-getPolicyAssignmentWithIdentity.json',
      'GET',
      assignmentPath(sub, 'EnforceNaming'),
      '200',
      ASSIGNMENT_MAPS
    )
  })

  it.each([
    ['policy-listPolicyAssignments.json', `/${sub}`],
    ['policy-listPolicyAssignmentsForResourceGroup.json', `/${sub}/resourceGroups/rg-payments`],
    [
      'policy-listPolicyAssignmentsForManagementGroup.json',
      '/providers/Microsoft.Management/managementGroups/contoso-prod'
    ]
  ])('%s', async (file, scope) => {
    const described = { displayName: 'First', description: 'Sorted first', metadata: { category: 'Test' } }
    const withIdentity = {
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      properties: {
        ...described,
        policyDefinitionId: `/${sub}/providers/Microsoft.Authorization/policyDefinitions/ResourceNaming`
      }
    }
    if (!scope.endsWith(PROD_APPS)) {
      const target = scope.includes('managementGroups')
        ? 'providers/Microsoft.Management/managementGroups/contoso-prod'
        : scope.slice(1)
      const definition = scope.includes('managementGroups')
        ? '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
        : withIdentity.properties.policyDefinitionId
      await armCall(azure, 'PUT', assignmentPath(target, 'AAA-first'), {
        ...withIdentity,
        properties: { ...described, policyDefinitionId: definition }
      })
    }
    await replay(
      file,
      'GET',
      `${scope}/providers/Microsoft.Authorization/policyAssignments?api-version=2025-03-01&$filter=atScope()&$expand=LatestDefinitionVersion,%20EffectiveDefinitionVersion`,
      '200',
      ASSIGNMENT_MAPS
    )
  })

  it('policy-deletePolicyAssignment.json (200 with the body, then 204 without one)', async () => {
    await replay(
      'policy-deletePolicyAssignment.json',
      'DELETE',
      assignmentPath(sub, 'EnforceNaming'),
      '200',
      ASSIGNMENT_MAPS
    )
    const again = await armCall(azure, 'DELETE', assignmentPath(sub, 'EnforceNaming'))
    expect({ status: again.status, body: again.body }).toEqual({ status: 204, body: undefined })
  })

  it.each([
    [
      'policy-getBuiltinPolicyDefinition.json',
      'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1',
      ['properties.parameters', 'properties.policyRule']
    ],
    [
      'policy-builtin-Deploy-GitOps-Flux2-Extension-to-Kubernetes-cluster_DINE.json',
      'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1',
      ['properties.policyRule']
    ],
    [
      'policy-builtin-Deploy-GitOps-Flux2-to-Kubernetes-cluster-no-secrets_DINE.json',
      '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6',
      ['properties.policyRule']
    ]
  ])('%s', async (file, name, maps) => {
    const ex = example(file)
    const expected = ex.responses ? ex.responses['200']?.body : ex
    const response = await armCall(
      azure,
      'GET',
      `/providers/Microsoft.Authorization/policyDefinitions/${name}?api-version=2025-03-01`
    )
    expect(shapeMismatches(expected, response.body, maps)).toEqual([])
  })

  it.each([
    ['authorization-RoleAssignments_CreateForSubscription.json', sub],
    ['authorization-RoleAssignments_CreateForResourceGroup.json', `${sub}/resourceGroups/rg-payments`]
  ])('%s', async (file, scope) => {
    await replay(
      file,
      'PUT',
      `/${scope}/providers/Microsoft.Authorization/roleAssignments/05c5a614-a7d6-4502-b150-c2fb455033ff?api-version=2022-04-01`,
      '201'
    )
  })

  it('authorization-RoleAssignments_Get.json and _Delete.json', async () => {
    const path = `/${sub}/providers/Microsoft.Authorization/roleAssignments/05c5a614-a7d6-4502-b150-c2fb455033ff?api-version=2022-04-01`
    await replay('authorization-RoleAssignments_Get.json', 'GET', path, '200')
    await replay('authorization-RoleAssignments_Delete.json', 'DELETE', path, '200')
  })

  it.each([
    'policyinsights-Remediations_CreateSubscriptionScope.json',
    'policyinsights-Remediations_CreateSubscriptionScope_AllProperties.json'
  ])('%s', async (file) => {
    await armCall(azure, 'PUT', assignmentPath(sub, 'b101830944f246d8a14088c5'), {
      location: 'westeurope',
      identity: { type: 'SystemAssigned' },
      properties: {
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1'
      }
    })
    azure.clock.advance(60_000)
    await replay(
      file,
      'PUT',
      `/${sub}/providers/Microsoft.PolicyInsights/remediations/storageRemediation?api-version=2024-10-01`,
      '201',
      ['properties.filters']
    )
  })

  it('policyinsights-Remediations_GetSubscriptionScope.json', async () => {
    await replay(
      'policyinsights-Remediations_GetSubscriptionScope.json',
      'GET',
      `/${sub}/providers/Microsoft.PolicyInsights/remediations/storageRemediation?api-version=2024-10-01`,
      '200'
    )
  })

  it("kubernetesconfiguration-GetFluxConfiguration.json: Flux configuration rows carry the GET body's properties", () => {
    const row = azure.fleet
      .tables()
      .kubernetesconfigurationresources.find((r) => r.type === 'microsoft.kubernetesconfiguration/fluxconfigurations')
    const expected = example('kubernetesconfiguration-GetFluxConfiguration.json').responses['200']?.body as {
      properties: unknown
    }
    expect(shapeMismatches(expected.properties, row?.properties, ['kustomizations'])).toEqual([])
  })

  it('kubernetesconfiguration-GetExtension.json: extension rows carry the same properties, in PascalCase', () => {
    const row = azure.fleet
      .tables()
      .kubernetesconfigurationresources.find((r) => r.type === 'microsoft.kubernetesconfiguration/extensions')
    const expected = example('kubernetesconfiguration-GetExtension.json').responses['200']?.body as {
      properties: unknown
    }
    expect(
      shapeMismatches(lowerCaseKeys(expected.properties), lowerCaseKeys(row?.properties), ['configurationsettings'])
    ).toEqual([])
    expect(Object.keys(row?.properties as object)).toContain('ExtensionType')
  })
})
