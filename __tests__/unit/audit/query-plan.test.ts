import { excludedManagementGroups, planDriftQueries } from '../../../src/audit/query-plan.js'
import { expectation, SUB_1, SUB_2, subscription } from './audit-fixtures.js'

const MG = '/providers/Microsoft.Management/managementGroups/Contoso-Prod'

describe('planning the drift queries', () => {
  it('puts every source of a subscription into one batch, and scopes management-group sources to their group', () => {
    const plans = planDriftQueries(
      [
        expectation({ team: 'payments', source: 'apps', scope: `/subscriptions/${SUB_1}/resourceGroups/RG-Payments` }),
        expectation({ team: 'platform', source: 'baseline', scope: MG }),
        expectation({ team: 'data', source: 'pipelines', scope: `/subscriptions/${SUB_2}` }),
        expectation({ team: 'payments', source: 'jobs', scope: `/subscriptions/${SUB_1}/resourceGroups/rg-payments` })
      ],
      new Map()
    )
    expect(plans.map((p) => [p.scope, p.expectations.map((e) => [e.index, e.scopeKey])])).toEqual([
      [
        { subscriptions: [SUB_1, SUB_2] },
        [
          [0, `/subscriptions/${SUB_1}/resourcegroups/rg-payments`],
          [3, `/subscriptions/${SUB_1}/resourcegroups/rg-payments`],
          [2, `/subscriptions/${SUB_2}`]
        ]
      ],
      [{ managementGroups: ['Contoso-Prod'] }, [[1, '*']]]
    ])
  })

  it('sends at most 1,000 subscriptions per request, and the requests follow the subscriptions, not the sources', () => {
    const sources = Array.from({ length: 2_500 }, (_, i) =>
      expectation({ team: 't', source: `s${i}`, scope: `/subscriptions/${subscription(i)}` })
    )
    const plans = planDriftQueries(sources, new Map(), { subscriptionsPerRequest: 1000, expectationsPerQuery: 5000 })
    expect(plans.map((p) => ('subscriptions' in p.scope ? p.scope.subscriptions.length : -1))).toEqual([
      1000, 1000, 500
    ])
    expect(plans.flatMap((p) => p.expectations.map((e) => e.index)).sort((a, b) => a - b)).toEqual(
      sources.map((_, i) => i)
    )
  })

  it('splits a request whose datatable would grow past the expectation cap, keeping each subscription whole when it fits', () => {
    const sources = [
      ...[0, 1, 2].map((i) => expectation({ team: 'a', source: `a${i}`, scope: `/subscriptions/${SUB_1}` })),
      ...[0, 1].map((i) => expectation({ team: 'b', source: `b${i}`, scope: `/subscriptions/${SUB_2}` })),
      ...[0, 1, 2, 3, 4].map((i) => expectation({ team: 'p', source: `p${i}`, scope: MG }))
    ]
    const plans = planDriftQueries(sources, new Map(), { subscriptionsPerRequest: 1000, expectationsPerQuery: 3 })
    expect(plans.map((p) => [p.scope, p.expectations.length])).toEqual([
      [{ subscriptions: [SUB_1] }, 3],
      [{ subscriptions: [SUB_2] }, 2],
      [{ managementGroups: ['Contoso-Prod'] }, 3],
      [{ managementGroups: ['Contoso-Prod'] }, 2]
    ])
  })

  it('carries exclusions as lower-case ids, with excluded management groups resolved to their subscriptions', () => {
    const source = expectation({
      team: 'platform',
      source: 'baseline',
      scope: MG,
      notScopes: [
        `/subscriptions/${SUB_2}/resourceGroups/RG-Sandbox`,
        '/providers/Microsoft.Management/managementGroups/Labs',
        `/subscriptions/${SUB_1}/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/Edge-1`
      ]
    })
    expect(excludedManagementGroups([source])).toEqual(['Labs'])
    const [plan] = planDriftQueries([source], new Map([['labs', ['AAAA0000-0000-0000-0000-000000000001']]]))
    expect(plan!.expectations[0]!.exclusions).toEqual([
      `/subscriptions/${SUB_1}/resourcegroups/rg/providers/microsoft.kubernetes/connectedclusters/edge-1`,
      `/subscriptions/${SUB_2}/resourcegroups/rg-sandbox`,
      '/subscriptions/aaaa0000-0000-0000-0000-000000000001'
    ])
  })
})
