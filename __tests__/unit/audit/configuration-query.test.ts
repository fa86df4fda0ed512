// The query that finds the Flux configurations a source owns (for apply's direct update): inside Resource Graph's
// documented subset, bound with zero diagnostics, and — run by the emulator's KQL engine — listing exactly the
// configurations of the source's name and URL inside its scope and outside its exclusions.
import { diagnoseKql, evaluateKql, resourceGraphSubsetError } from '../../../emulator/resource-graph/index.js'
import { ownedConfigurationsQueryText } from '../../../src/audit/configuration-query.js'
import { planDriftQueries } from '../../../src/audit/query-plan.js'
import { expectation, SUB_1, SUB_2, subscription } from './audit-fixtures.js'

const TYPE = 'Microsoft.KubernetesConfiguration/fluxConfigurations'

function configuration(sub: string, group: string, cluster: string, name: string, url: string) {
  const clusterId = `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.Kubernetes/connectedClusters/${cluster}`
  return {
    id: `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${name}`,
    name,
    type: TYPE,
    subscriptionId: sub,
    resourceGroup: group,
    properties: {
      gitRepository: { url, timeoutInSeconds: 600 },
      kustomizations: { apps: { path: './clusters/prod' } },
      provisioningState: 'Succeeded'
    }
  }
}

const PAYMENTS = expectation({
  team: 'payments',
  source: 'payments-apps',
  scope: `/subscriptions/${SUB_1}`,
  url: 'https://github.com/contoso/payments-apps',
  notScopes: [
    `/subscriptions/${SUB_1}/resourceGroups/rg-lab`,
    `/subscriptions/${SUB_1}/resourceGroups/rg-a/providers/Microsoft.Kubernetes/connectedClusters/edge`
  ]
})
const PLATFORM = expectation({
  team: 'platform',
  source: 'baseline',
  scope: '/providers/Microsoft.Management/managementGroups/contoso',
  url: "https://example.com/it's\\odd",
  notScopes: ['/providers/Microsoft.Management/managementGroups/labs']
})

describe('the owned-configurations query', () => {
  const plans = planDriftQueries([PAYMENTS, PLATFORM], new Map([['labs', [SUB_2]]]))

  it("stays inside Resource Graph's documented subset and binds with zero diagnostics", () => {
    expect(plans).toHaveLength(2)
    for (const plan of plans) {
      const text = ownedConfigurationsQueryText(plan)
      expect(diagnoseKql(text)).toEqual([])
      expect(resourceGraphSubsetError(text)).toBeUndefined()
    }
  })

  it('full batches stay inside the subset too', () => {
    const many = Array.from({ length: 260 }, (_, i) =>
      expectation({ team: 't', source: `s${i}`, scope: `/subscriptions/${subscription(i)}/resourceGroups/rg-${i}` })
    )
    for (const plan of planDriftQueries(many, new Map()))
      expect(resourceGraphSubsetError(ownedConfigurationsQueryText(plan))).toBeUndefined()
  })

  it('lists only configurations of the source name and URL, in scope, outside exclusions', () => {
    const url = 'https://github.com/contoso/payments-apps'
    const rows = [
      configuration(SUB_1, 'rg-a', 'c1', 'payments-apps', url),
      configuration(SUB_1, 'rg-a', 'c2', 'Payments-Apps', 'https://GitHub.com/contoso/payments-apps'),
      configuration(SUB_1, 'rg-a', 'c3', 'payments-apps', 'https://github.com/someone/else'),
      configuration(SUB_1, 'rg-a', 'c4', 'other', url),
      configuration(SUB_1, 'rg-lab', 'c5', 'payments-apps', url),
      configuration(SUB_1, 'rg-a', 'edge', 'payments-apps', url),
      configuration(SUB_2, 'rg-a', 'c6', 'payments-apps', url)
    ]
    const [subscriptionPlan] = plans.filter((p) => 'subscriptions' in p.scope)
    const found = evaluateKql(ownedConfigurationsQueryText(subscriptionPlan!), {
      resources: [],
      kubernetesconfigurationresources: rows,
      policyresources: []
    }).rows
    expect(found.map((r) => r.id)).toEqual([rows[0]!.id, rows[1]!.id])
    expect(found[0]).toEqual(
      expect.objectContaining({
        clusterId: `/subscriptions/${SUB_1}/resourcegroups/rg-a/providers/microsoft.kubernetes/connectedclusters/c1`,
        sourceTimeout: 600,
        provisioningState: 'Succeeded',
        kustomizations: { apps: { path: './clusters/prod' } }
      })
    )
  })

  it('follows management-group sources and their excluded subscriptions', () => {
    const url = "https://example.com/it's\\odd"
    const rows = [
      configuration(SUB_1, 'rg-a', 'c1', 'baseline', url),
      configuration(SUB_2, 'rg-a', 'c2', 'baseline', url)
    ]
    const [groupPlan] = plans.filter((p) => 'managementGroups' in p.scope)
    const found = evaluateKql(ownedConfigurationsQueryText(groupPlan!), {
      resources: [],
      kubernetesconfigurationresources: rows,
      policyresources: []
    }).rows
    expect(found.map((r) => r.id)).toEqual([rows[0]!.id])
  })
})
