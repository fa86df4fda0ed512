import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { demoFleet, DEMO_SUBSCRIPTIONS, generateFleet, SimulatedFleet } from '../../../emulator/index.js'
import { parseScope } from '../../../emulator/fleet/scope.js'

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })

describe('the demo fleet', () => {
  const fleet = new SimulatedFleet(demoFleet())

  it('has every management group, subscription and resource group the example files name', () => {
    const text = filesUnder('examples')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const scopes = [
      ...text.matchAll(/\/(?:subscriptions|providers\/Microsoft\.Management\/managementGroups)\/[\w./-]+/g)
    ].map((m) => m[0])
    expect(scopes.length).toBeGreaterThan(5)
    for (const scope of scopes) {
      const parsed = parseScope(scope)
      if (parsed?.kind === 'managementGroup') expect(fleet.findManagementGroup(parsed.managementGroup)).toBeDefined()
      if (parsed && parsed.kind !== 'tenant' && parsed.kind !== 'managementGroup')
        expect(fleet.findSubscription(parsed.subscriptionId)).toBeDefined()
      if (parsed?.kind === 'resourceGroup' || parsed?.kind === 'resource')
        expect(fleet.findResourceGroup(parsed.subscriptionId, parsed.resourceGroup)).toBeDefined()
    }
    expect(fleet.subscriptionIdsUnder('contoso-prod').sort()).toEqual([
      DEMO_SUBSCRIPTIONS.prodApps,
      DEMO_SUBSCRIPTIONS.prodData
    ])
  })

  it('has a few dozen Arc and AKS clusters, a few of them drifted', () => {
    expect(fleet.clusters.length).toBeGreaterThanOrEqual(24)
    expect(new Set(fleet.clusters.map((c) => c.kind))).toEqual(new Set(['connectedCluster', 'managedCluster']))
    expect(fleet.clusters.filter((c) => c.extensions.length === 0).length).toBeGreaterThan(0)
    expect(
      fleet.clusters.flatMap((c) => c.fluxConfigurations).filter((f) => f.provisioningState === 'Failed')
    ).toHaveLength(1)
    expect(
      fleet.findCluster(
        '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments/providers/Microsoft.ContainerService/managedClusters/canary'
      )
    ).toBeDefined()
  })

  it('exposes Resource Graph rows: lower-case types, ARM-cased ids, PascalCase extension properties', () => {
    const tables = fleet.tables()
    expect(tables.resources).toHaveLength(fleet.clusters.length)
    expect(new Set(tables.resources.map((r) => r.type))).toEqual(
      new Set(['microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters'])
    )
    const extension = tables.kubernetesconfigurationresources.find(
      (r) => r.type === 'microsoft.kubernetesconfiguration/extensions'
    )
    expect(extension).toMatchObject({
      id: expect.stringContaining('/providers/Microsoft.KubernetesConfiguration/extensions/flux'),
      properties: { ExtensionType: 'microsoft.flux', ProvisioningState: 'Succeeded' }
    })
    const configuration = tables.kubernetesconfigurationresources.find(
      (r) => r.type === 'microsoft.kubernetesconfiguration/fluxconfigurations'
    )
    expect(configuration?.properties).toMatchObject({
      complianceState: expect.any(String),
      provisioningState: expect.any(String),
      gitRepository: { url: expect.any(String) }
    })
    expect(tables.policyresources).toEqual([])
  })

  it('knows which clusters sit under a scope, and the chain of scopes above one', () => {
    expect(
      fleet
        .clustersIn('/providers/Microsoft.Management/managementGroups/contoso-prod')
        .every((c) => c.subscriptionId !== DEMO_SUBSCRIPTIONS.nonprod)
    ).toBe(true)
    expect(
      fleet
        .clustersIn(`/subscriptions/${DEMO_SUBSCRIPTIONS.prodData}/resourceGroups/RG-ML`)
        .map((c) => c.name)
        .sort()
    ).toEqual(['aks-ml-cpu-01', 'aks-ml-gpu-01', 'aks-ml-gpu-02'])
    expect(fleet.scopeChain(`/subscriptions/${DEMO_SUBSCRIPTIONS.prodApps}/resourceGroups/rg-payments`)).toEqual([
      `/subscriptions/${DEMO_SUBSCRIPTIONS.prodApps}/resourcegroups/rg-payments`,
      `/subscriptions/${DEMO_SUBSCRIPTIONS.prodApps}`,
      '/providers/microsoft.management/managementgroups/contoso-prod',
      '/providers/microsoft.management/managementgroups/contoso',
      `/providers/microsoft.management/managementgroups/${fleet.tenantId}`
    ])
  })
})

describe('generated fleets', () => {
  it('find the clusters under any scope by subscription, as a scan of every cluster would', () => {
    const fleet = new SimulatedFleet(generateFleet({ clusters: 2_000, seed: 5, clustersPerSubscription: 100 }))
    const [first, second] = fleet.clusters.filter((c, i, all) => i === 0 || c.subscriptionId !== all[0]!.subscriptionId)
    const scopes = [
      '/',
      `/providers/Microsoft.Management/managementGroups/${fleet.tenantId}`,
      '/providers/Microsoft.Management/managementGroups/CONTOSO-NONPROD',
      '/providers/Microsoft.Management/managementGroups/unknown',
      `/subscriptions/${first!.subscriptionId.toUpperCase()}`,
      `/subscriptions/${second!.subscriptionId}/resourceGroups/${second!.resourceGroup.toUpperCase()}`,
      `/subscriptions/${first!.subscriptionId}/resourceGroups/${first!.resourceGroup}/providers/` +
        `Microsoft.Kubernetes/connectedClusters/${first!.name}`,
      '/subscriptions/00000000-0000-0000-0000-000000000000'
    ]
    const sizes = scopes.map((scope) => {
      const found = fleet.clustersIn(scope)
      expect(found).toEqual(fleet.clusters.filter(fleet.containsCluster(scope)))
      return found.length
    })
    expect(sizes.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5)
  })

  it('are deterministic for a seed and differ between seeds', () => {
    expect(generateFleet({ clusters: 500, seed: 'a' })).toEqual(generateFleet({ clusters: 500, seed: 'a' }))
    expect(generateFleet({ clusters: 500, seed: 'a' }).clusters[0]).not.toEqual(
      generateFleet({ clusters: 500, seed: 'b' }).clusters[0]
    )
  })

  it.each([3, 1234, 20_000])('have exactly %i clusters, spread over subscriptions and resource groups', (size) => {
    const data = generateFleet({ clusters: size, seed: 42 })
    expect(data.clusters).toHaveLength(size)
    const fleet = new SimulatedFleet(data)
    for (const cluster of data.clusters.slice(0, 50))
      expect(fleet.findResourceGroup(cluster.subscriptionId, cluster.resourceGroup)).toBeDefined()
    expect(new Set(data.clusters.map((c) => `${c.subscriptionId}/${c.resourceGroup}/${c.name}`)).size).toBe(size)
  })

  it('refuse sizes outside 3..1,000,000', () => {
    expect(() => generateFleet({ clusters: 2 })).toThrow('3 to 1,000,000')
    expect(() => generateFleet({ clusters: 1_000_001 })).toThrow('3 to 1,000,000')
  })
})
