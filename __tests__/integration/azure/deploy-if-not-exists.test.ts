import { randomUUID } from 'node:crypto'
import { createSimulatedClock, type AzureEmulator, type Cluster } from '../../../emulator/index.js'
import { gitConfiguration } from '../../../emulator/fleet/cluster-factory.js'
import {
  azureClients,
  CONTRIBUTOR,
  FLUX_EXTENSION_DEFINITION,
  PROD_APPS,
  PROD_DATA
} from '../../helpers/azure-clients.js'
import { startAzureWithClients } from '../../helpers/emulators.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from '../../helpers/principal-type.js'

const HTTPS_DEFINITION = '/providers/Microsoft.Authorization/policyDefinitions/bf1a31be-3b79-5ba8-c9e0-9a8c9ad9f749'
const RG_PAYMENTS = `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const CANARY = `${RG_PAYMENTS}/providers/Microsoft.ContainerService/managedClusters/canary`
const paymentsParameters = {
  configurationName: { value: 'payments-apps' },
  configurationNamespace: { value: 'payments' },
  configurationScope: { value: 'namespace' },
  repositoryUrl: { value: 'https://github.com/contoso/payments-gitops' },
  repositoryRefBranch: { value: 'main' },
  repositorySyncInterval: { value: 300 },
  repositoryHttpsUser: { value: 'flux-bot' },
  httpsKeyKeyVaultSecretName: { value: 'git-pat' },
  keyVaultName: { value: `${RG_PAYMENTS}/providers/Microsoft.KeyVault/vaults/kv-payments` },
  kustomizationName: { value: 'apps' },
  kustomizationPath: { value: './clusters/prod' },
  kustomizationPrune: { value: true }
}
// These tests are about what deployments do; evaluation delays are policy-evaluation.test.ts's subject, so here an
// assignment is evaluated as soon as it is written.
const settings = {
  ...PRINCIPAL_TYPE_SKIPS_REPLICATION,
  assignmentEvaluationDelayMs: 0,
  evaluationDurationMs: 0,
  remediationStartDelayMs: 5_000,
  deploymentDurationMs: 10_000,
  defaultParallelDeployments: 10,
  // These tests are about what deployments do; the role propagation window has its own (permissions.test.ts).
  roleAssignmentPropagationDelayMs: 0
}

describe('DeployIfNotExists simulated: assignment + identity role + remediation change the fleet', () => {
  const clock = createSimulatedClock({ start: Date.parse('2026-02-01T08:00:00Z') })
  let azure: AzureEmulator
  let clients: ReturnType<typeof azureClients>
  beforeAll(async () => ({ azure, clients } = await startAzureWithClients({ clock, simulation: settings })))
  afterAll(() => azure.stop())

  const cluster = (name: string): Cluster => {
    const found = azure.fleet.clusters.find((c) => c.name === name)
    if (!found) throw new Error(name)
    return found
  }
  const statesOf = (assignmentName: string) =>
    azure.fleet
      .tables()
      .policyresources.map(
        (row) => row.properties as Record<string, string> & { resourceId: string; complianceState: string }
      )
      .filter((p) => p.policyAssignmentName === assignmentName)
  const dataClients = () => azureClients(azure, PROD_DATA)
  const grantContributor = (scope: string, principalId: string) =>
    clients.authorization.roleAssignments.create(scope, randomUUID(), {
      principalId,
      roleDefinitionId: CONTRIBUTOR,
      principalType: 'ServicePrincipal'
    })

  it('installs the Flux extension only where it is missing, and only once the identity holds Contributor', async () => {
    const data = dataClients()
    const assignment = await data.policy.policyAssignments.create(`subscriptions/${PROD_DATA}`, 'flux-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    const before = statesOf('flux-extension')
    expect(before).toHaveLength(12)
    expect(
      before
        .filter((s) => s.complianceState === 'NonCompliant')
        .map((s) => s.resourceId.split('/').pop())
        .sort()
    ).toEqual(['aks-ml-cpu-01', 'arc-plant-0203'])

    const withoutRole = await data.insights.remediations.createOrUpdateAtSubscription('ext-no-role', {
      policyAssignmentId: assignment.id
    })
    expect(withoutRole).toMatchObject({
      provisioningState: 'Accepted',
      deploymentStatus: { totalDeployments: 2, successfulDeployments: 0, failedDeployments: 0 }
    })
    clock.advance(15_000)
    const failed = await data.insights.remediations.getAtSubscription('ext-no-role')
    expect(failed).toMatchObject({
      provisioningState: 'Failed',
      deploymentStatus: { totalDeployments: 2, failedDeployments: 2 }
    })
    const deployments = []
    for await (const d of data.insights.remediations.listDeploymentsAtSubscription('ext-no-role')) deployments.push(d)
    expect(deployments.map((d) => d.error?.code)).toEqual(['AuthorizationFailed', 'AuthorizationFailed'])

    await grantContributor(`/subscriptions/${PROD_DATA}`, assignment.identity?.principalId ?? '')
    const remediation = await data.insights.remediations.createOrUpdateAtSubscription('ext', {
      policyAssignmentId: assignment.id
    })
    expect(remediation.id).toBe(`/subscriptions/${PROD_DATA}/providers/microsoft.policyinsights/remediations/ext`)
    clock.advance(5_000)
    expect((await data.insights.remediations.getAtSubscription('ext')).provisioningState).toBe('Evaluating')
    clock.advance(10_000)
    const done = await data.insights.remediations.getAtSubscription('ext')
    expect(done).toMatchObject({
      provisioningState: 'Succeeded',
      deploymentStatus: { totalDeployments: 2, successfulDeployments: 2, failedDeployments: 0 }
    })
    expect(cluster('arc-plant-0203').extensions).toEqual([
      expect.objectContaining({
        name: 'flux',
        extensionType: 'microsoft.flux',
        provisioningState: 'Succeeded',
        releaseTrain: 'Stable',
        autoUpgradeMinorVersion: true
      })
    ])
    expect(statesOf('flux-extension').every((s) => s.complianceState === 'Compliant')).toBe(true)
    const extensionRow = azure.fleet
      .tables()
      .kubernetesconfigurationresources.find((r) =>
        String(r.id).includes('arc-plant-0203/providers/Microsoft.KubernetesConfiguration/extensions/flux')
      )
    expect(extensionRow?.properties).toMatchObject({ ExtensionType: 'microsoft.flux', ProvisioningState: 'Succeeded' })
  })

  it('deploys exactly what the HTTPS template deploys, skips notScopes, and judges compliance without comparing names', async () => {
    // A hand-made configuration under another name that matches every checked field: compliant, left alone.
    cluster('arc-store-0101').fluxConfigurations.push(
      gitConfiguration({
        name: 'made-by-hand',
        url: 'https://github.com/contoso/payments-gitops',
        namespace: 'payments',
        scope: 'namespace',
        gitRepository: {
          url: 'https://github.com/contoso/payments-gitops',
          timeoutInSeconds: 600,
          syncIntervalInSeconds: 300,
          repositoryRef: { branch: 'main', tag: null, semver: null, commit: null },
          httpsUser: 'flux-bot',
          httpsCACert: null
        }
      })
    )
    azure.fleet.changed()
    const assignment = await clients.policy.policyAssignments.create(RG_PAYMENTS.slice(1), 'payments-apps', {
      policyDefinitionId: HTTPS_DEFINITION,
      parameters: paymentsParameters,
      notScopes: [CANARY],
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    const states = statesOf('payments-apps')
    expect(states.map((s) => s.resourceId)).not.toContain(CANARY.toLowerCase())
    expect(states.filter((s) => s.complianceState === 'Compliant').map((s) => s.resourceId.split('/').pop())).toEqual([
      'arc-store-0101'
    ])
    await grantContributor(RG_PAYMENTS, assignment.identity?.principalId ?? '')
    const remediation = await clients.insights.remediations.createOrUpdateAtResourceGroup(
      'rg-payments',
      'payments-apps',
      {
        policyAssignmentId: assignment.id,
        parallelDeployments: 4
      }
    )
    expect(remediation.deploymentStatus?.totalDeployments).toBe(6)
    clock.advance(5_000 + 10_000)
    expect(
      (await clients.insights.remediations.getAtResourceGroup('rg-payments', 'payments-apps')).deploymentStatus
    ).toEqual({ totalDeployments: 6, successfulDeployments: 4, failedDeployments: 0 })
    clock.advance(10_000)
    expect(
      (await clients.insights.remediations.getAtResourceGroup('rg-payments', 'payments-apps')).provisioningState
    ).toBe('Succeeded')

    const replaced = cluster('aks-payments-weu-02').fluxConfigurations
    expect(replaced.map((c) => c.name)).toEqual(['payments-apps'])
    expect(replaced[0]).toMatchObject({
      scope: 'namespace',
      namespace: 'payments',
      sourceKind: 'GitRepository',
      suspend: false,
      provisioningState: 'Succeeded',
      createdBy: 'policy',
      gitRepository: {
        url: 'https://github.com/contoso/payments-gitops',
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 300,
        httpsUser: 'flux-bot',
        httpsCACert: null,
        repositoryRef: { branch: 'main', tag: null, semver: null, commit: null }
      },
      kustomizations: {
        apps: {
          path: './clusters/prod',
          timeoutInSeconds: 600,
          syncIntervalInSeconds: 600,
          retryIntervalInSeconds: 600,
          prune: true,
          force: false
        }
      }
    })
    expect(cluster('canary').fluxConfigurations).toEqual([])
    expect(cluster('arc-store-0101').fluxConfigurations.map((c) => c.name)).toEqual(['made-by-hand'])
    expect(statesOf('payments-apps').every((s) => s.complianceState === 'Compliant')).toBe(true)
  })

  it('fails a configuration deployment on a cluster without the Flux extension', async () => {
    const data = dataClients()
    azure.fleet.clusters
      .filter((c) => c.resourceGroup === 'rg-ml')
      .forEach((c) => {
        c.extensions = c.name === 'aks-ml-gpu-01' ? [] : c.extensions
      })
    azure.fleet.changed()
    const assignment = await data.policy.policyAssignments.create(
      `subscriptions/${PROD_DATA}/resourceGroups/rg-ml`,
      'ml',
      {
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6',
        parameters: {
          configurationName: { value: 'ml' },
          repositoryUrl: { value: 'https://github.com/contoso/ml' },
          repositoryRefBranch: { value: 'main' }
        },
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      }
    )
    await grantContributor(`/subscriptions/${PROD_DATA}`, assignment.identity?.principalId ?? '')
    await data.insights.remediations.createOrUpdateAtResourceGroup('rg-ml', 'ml', { policyAssignmentId: assignment.id })
    clock.advance(15_000)
    const result = await data.insights.remediations.getAtResourceGroup('rg-ml', 'ml')
    expect(result).toMatchObject({
      provisioningState: 'Failed',
      deploymentStatus: { totalDeployments: 3, successfulDeployments: 2, failedDeployments: 1 }
    })
    expect(cluster('aks-ml-gpu-01').fluxConfigurations).toEqual([])
  })

  it('cancels a running remediation: deployments not yet run never run', async () => {
    const assignment = await clients.policy.policyAssignments.create(
      `subscriptions/${PROD_APPS}/resourceGroups/rg-shared`,
      'shared',
      {
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6',
        parameters: {
          configurationName: { value: 'shared' },
          repositoryUrl: { value: 'https://github.com/contoso/shared' }
        },
        identity: { type: 'SystemAssigned' },
        location: 'westeurope'
      }
    )
    await grantContributor(`/subscriptions/${PROD_APPS}`, assignment.identity?.principalId ?? '')
    await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-shared', 'shared', {
      policyAssignmentId: assignment.id
    })
    await clients.insights.remediations.cancelAtResourceGroup('rg-shared', 'shared')
    clock.advance(60_000)
    expect((await clients.insights.remediations.getAtResourceGroup('rg-shared', 'shared')).provisioningState).toBe(
      'Canceled'
    )
    expect(cluster('aks-shared-weu-01').fluxConfigurations).toEqual([])
  })

  it('lists and deletes remediations, and remediates from a management group', async () => {
    const group = 'providers/Microsoft.Management/managementGroups/contoso-prod'
    const assignment = await clients.policy.policyAssignments.create(group, 'mg-extension', {
      policyDefinitionId: FLUX_EXTENSION_DEFINITION,
      parameters: { autoUpgradeMinorVersion: { value: false }, version: { value: '1.13.3' } },
      identity: { type: 'SystemAssigned' },
      location: 'westeurope'
    })
    await grantContributor(`/${group}`, assignment.identity?.principalId ?? '')
    const remediation = await clients.insights.remediations.createOrUpdateAtManagementGroup(
      'contoso-prod',
      'pin-flux',
      { policyAssignmentId: assignment.id, parallelDeployments: 30 }
    )
    const prodClusters = azure.fleet.clustersIn(`/${group}`)
    expect(remediation.deploymentStatus?.totalDeployments).toBe(prodClusters.length)
    clock.advance(15_000)
    expect(
      prodClusters.every((c) =>
        c.extensions.some((e) => e.name === 'flux' && e.version === '1.13.3' && !e.autoUpgradeMinorVersion)
      )
    ).toBe(true)
    const listed = []
    for await (const r of clients.insights.remediations.listForManagementGroup('contoso-prod')) listed.push(r.name)
    expect(listed).toContain('pin-flux')
    expect(listed).toContain('payments-apps')
    await clients.insights.remediations.deleteAtManagementGroup('contoso-prod', 'pin-flux')
    const after = []
    for await (const r of clients.insights.remediations.listForManagementGroup('contoso-prod')) after.push(r.name)
    expect(after).not.toContain('pin-flux')
  })

  it('fails Key Vault variants whose identity has no role on the vault', async () => {
    const vaultElsewhere = `/subscriptions/${PROD_APPS}/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-shared`
    const assignment = await clients.policy.policyAssignments.create(RG_PAYMENTS.slice(1), 'payments-kv', {
      policyDefinitionId: HTTPS_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope',
      parameters: {
        ...paymentsParameters,
        configurationName: { value: 'payments-kv' },
        repositoryUrl: { value: 'https://github.com/contoso/other' },
        keyVaultName: { value: vaultElsewhere }
      }
    })
    await grantContributor(RG_PAYMENTS, assignment.identity?.principalId ?? '')
    await clients.insights.remediations.createOrUpdateAtResourceGroup('rg-payments', 'payments-kv', {
      policyAssignmentId: assignment.id
    })
    clock.advance(15_000)
    const deployments = []
    for await (const d of clients.insights.remediations.listDeploymentsAtResourceGroup('rg-payments', 'payments-kv'))
      deployments.push(d)
    expect(deployments.length).toBeGreaterThan(0)
    expect(new Set(deployments.map((d) => d.error?.code))).toEqual(
      new Set(['KeyVaultParameterReferenceSecretRetrieveFailed'])
    )
  })
})
