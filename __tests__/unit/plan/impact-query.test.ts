// The plan's impact queries: inside Resource Graph's documented subset, and answered by the emulator's engine over the
// demo fleet with the counts the fleet itself gives (expected counts computed from the fleet, not written down).
import {
  answerResourceGraphQuery,
  diagnoseKql,
  resourceGraphSubsetError
} from '../../../emulator/resource-graph/index.js'
import { demoFleet, DEMO_SUBSCRIPTIONS, SimulatedFleet, type Cluster } from '../../../emulator/index.js'
import { foldImpact, type CountedImpact, type ImpactTarget } from '../../../src/plan/cluster-impact.js'
import { impactQueryText, planImpactRequests } from '../../../src/plan/impact-query.js'
import { countTargets } from '../../../src/plan/fleet-impact.js'
import { inMemoryResourceGraph } from '../../helpers/in-memory-azure.js'
import { ROLE_COUNT_QUERY, roleCountQueries } from '../../../src/plan/role-count-query.js'
import { roleAssignmentRows } from '../../../emulator/authorization/role-assignment-rows.js'

const { prodApps, prodData, nonprod } = DEMO_SUBSCRIPTIONS
const MG = '/providers/Microsoft.Management/managementGroups/contoso-prod'
const fleet = new SimulatedFleet(demoFleet())
const scoping = {
  subscriptionsOfManagementGroup: (g: string) => fleet.subscriptionIdsUnder(g),
  managementGroupsUnder: (g: string) => fleet.managementGroupsUnder(g)
}

function ask(scope: object, query: string): Record<string, unknown>[] {
  const answer = answerResourceGraphQuery({ ...scope, query, options: { top: 1000 } }, fleet.tables(), scoping)
  expect(answer.body && answer.status === 200 ? 200 : JSON.stringify(answer.body)).toBe(200)
  return (answer.body as { data: Record<string, unknown>[] }).data
}

const TARGETS: ImpactTarget[] = [
  {
    key: 'payments',
    scope: `/subscriptions/${prodApps}/resourceGroups/rg-payments`,
    notScopes: [],
    configuration: { name: 'payments-apps', url: 'https://github.com/contoso/payments-gitops' }
  },
  {
    key: 'apps-sub',
    scope: `/subscriptions/${prodApps}`,
    notScopes: [`/subscriptions/${prodApps}/resourceGroups/rg-shared`],
    configuration: { name: 'payments-apps', url: 'https://github.com/someone/payments-gitops-fork' }
  },
  {
    key: 'extension',
    scope: '/providers/Microsoft.Management/managementGroups/contoso',
    notScopes: [`/subscriptions/${prodData}`]
  },
  {
    key: 'prod-wide',
    scope: MG,
    notScopes: ['/providers/Microsoft.Management/managementGroups/contoso-prod'],
    configuration: { name: 'x', url: 'https://example.com/x' }
  },
  { key: 'typo', scope: `/subscriptions/${nonprod.replace('3', '4')}`, notScopes: [] }
]

/** The counts straight from the fleet model. */
function expected(target: ImpactTarget): Omit<CountedImpact, 'status'> {
  const excluded = (c: Cluster) => target.notScopes.some((s) => fleet.containsCluster(s)(c))
  const reached = fleet.clustersIn(target.scope).filter((c) => !excluded(c))
  const bySubscription: Record<string, number> = {}
  for (const c of reached) bySubscription[c.subscriptionId] = (bySubscription[c.subscriptionId] ?? 0) + 1
  const arc = reached.filter((c) => c.kind === 'connectedCluster')
  const configuration = target.configuration
  return {
    clusters: reached.length,
    arc: arc.length,
    aks: reached.length - arc.length,
    disconnected: arc.filter((c) => ['Offline', 'Expired'].includes(c.connectivityStatus)).length,
    bySubscription,
    ...(configuration
      ? {
          carrying: reached.filter((c) =>
            c.fluxConfigurations.some(
              (f) =>
                f.name === configuration.name &&
                (f.gitRepository?.url ?? f.bucket?.url ?? '').toLowerCase() === configuration.url
            )
          ).length
        }
      : {})
  }
}

describe('impact queries', () => {
  const under = new Map([['contoso-prod', fleet.subscriptionIdsUnder('contoso-prod')]])
  const requests = planImpactRequests(TARGETS, under)

  it('are bound with no diagnostics and stay inside the subset', () => {
    expect(requests.map((r) => Object.keys(r.scope)[0])).toEqual([
      'subscriptions',
      'managementGroups',
      'managementGroups'
    ])
    for (const request of requests) {
      expect(diagnoseKql(request.query)).toEqual([])
      expect(resourceGraphSubsetError(request.query)).toBeUndefined()
    }
    expect(resourceGraphSubsetError(impactQueryText([TARGETS[2]!]))).toBeUndefined()
    expect(diagnoseKql(ROLE_COUNT_QUERY)).toEqual([])
    expect(resourceGraphSubsetError(ROLE_COUNT_QUERY)).toBeUndefined()
    expect(resourceGraphSubsetError(`let x = 1;\n${requests[0]!.query}`)?.code).toBe('UnsupportedStatement')
  })

  it('count what the fleet holds per target, exact where the scope is readable (a missing subscription is not)', async () => {
    const runner = inMemoryResourceGraph((query) => ({ rows: ask(query.scope, query.query) }))
    const counted = await countTargets(TARGETS, runner)
    if ('error' in counted) throw new Error(counted.error)
    const { impacts } = counted
    // Excluded groups resolved with one query, then one per subscription batch and one per management group.
    expect(runner.stats.requests).toBe(1 + requests.length)
    for (const target of TARGETS)
      expect(impacts.get(target.key)).toEqual({
        status: target.key === 'typo' ? 'lower-bound' : 'exact',
        ...expected(target)
      })
    // The fixture exercises what it claims: clusters reached, Arc and AKS, a disconnected one, carriers, nothing.
    expect(impacts.get('payments')).toMatchObject({ arc: 4, aks: 4, carrying: 1 })
    expect(impacts.get('apps-sub')).toMatchObject({ carrying: 1 })
    expect((impacts.get('extension') as { disconnected: number }).disconnected).toBeGreaterThan(0)
    expect(impacts.get('prod-wide')).toMatchObject({ clusters: 0 })
    expect(impacts.get('typo')).toMatchObject({ clusters: 0 })
  })

  it('a scope the identity cannot read makes the counts a lower bound', () => {
    const impacts = foldImpact(TARGETS, new Map(), (key) => key !== 'typo')
    expect(impacts.get('typo')?.status).toBe('lower-bound')
    expect(impacts.get('payments')?.status).toBe('exact')
  })
})

describe('role-assignment counts (authorizationresources)', () => {
  const record = (scope: string, i: number) => ({
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/0000000${i}-0000-0000-0000-000000000000`,
    name: `0000000${i}-0000-0000-0000-000000000000`,
    properties: {
      roleDefinitionId: '/providers/Microsoft.Authorization/roleDefinitions/r',
      principalId: 'p',
      principalType: 'ServicePrincipal',
      scope,
      createdOn: '',
      updatedOn: '',
      createdBy: '',
      updatedBy: ''
    },
    createdAtMs: 0
  })
  const assignments = [
    record(`/subscriptions/${prodApps}`, 1),
    record(`/subscriptions/${prodApps}/resourceGroups/rg-payments`, 2),
    record(`/subscriptions/${prodData}`, 3),
    record(MG, 4),
    record('/providers/Microsoft.Management/managementGroups/contoso', 5)
  ]
  const tables = { ...fleet.tables(), authorizationresources: roleAssignmentRows('tenant', assignments) }
  const count = (scope: object): Record<string, number> => {
    const answer = answerResourceGraphQuery({ ...scope, query: ROLE_COUNT_QUERY }, tables, scoping)
    const rows = (answer.body as { data: Array<{ key: string; assignments: number }> }).data
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.assignments)]))
  }

  it('counts per subscription (every scope in it) and per management group, each where the request sees it', () => {
    expect(count({ subscriptions: [prodApps] })).toEqual({ [`/subscriptions/${prodApps}`]: 2 })
    expect(count({ managementGroups: ['contoso-prod'] })).toEqual({
      [MG.toLowerCase()]: 1,
      [`/subscriptions/${prodApps}`]: 2,
      [`/subscriptions/${prodData}`]: 1
    })
  })

  it('asks only where the plan creates role assignments', () => {
    const role = (scope: string) => ({ assignmentKey: 'k', assignmentName: 'n', scope, roleDefinitionId: 'r' })
    expect(roleCountQueries([])).toEqual([])
    const queries = roleCountQueries([role(`/subscriptions/${prodApps}/resourceGroups/rg`), role(MG)])
    expect(queries.map((q) => [q.scope, [...q.keys]])).toEqual([
      [{ subscriptions: [prodApps] }, [`/subscriptions/${prodApps}`]],
      [{ managementGroups: ['contoso-prod'] }, [MG.toLowerCase()]]
    ])
  })
})
