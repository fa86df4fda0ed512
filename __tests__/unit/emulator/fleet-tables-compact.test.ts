import { generateFleet, SimulatedFleet } from '../../../emulator/index.js'
import { answerResourceGraphQuery } from '../../../emulator/resource-graph/index.js'
import type { Row } from '../../../emulator/fleet/tables.js'

/**
 * The fleet's Resource Graph tables at scale (500,000 clusters in the audit bench): rows share the property bags
 * they carry alike, and policy states are built only when a query reads them. What the rows say is guarded by the
 * golden test (__tests__/integration/azure/resource-graph-rows-golden.test.ts).
 */
describe("the fleet's Resource Graph tables", () => {
  const fleetWithStates = () => {
    const fleet = new SimulatedFleet(generateFleet({ clusters: 40, seed: 5, clustersPerSubscription: 10 }))
    const built: string[] = []
    fleet.attachSimulation({
      policyStateRows: () => {
        built.push('policyresources')
        return [{ id: '/subscriptions/x/state', type: 'microsoft.policyinsights/policystates', subscriptionId: 'x' }]
      },
      catchUp: () => undefined
    })
    return { fleet, built }
  }

  it('share one properties object between extension rows that say the same', () => {
    const fleet = new SimulatedFleet(generateFleet({ clusters: 40, seed: 5 }))
    const extensions = fleet
      .tables()
      .kubernetesconfigurationresources.filter((r) => r.type === 'microsoft.kubernetesconfiguration/extensions')
    const healthy = extensions.filter((r) => (r.properties as Row).ProvisioningState === 'Succeeded')
    const byContent = new Map<string, Set<unknown>>()
    for (const row of healthy) {
      const key = JSON.stringify(row.properties)
      byContent.set(key, (byContent.get(key) ?? new Set()).add(row.properties))
    }
    expect(healthy.length).toBeGreaterThan(byContent.size)
    for (const objects of byContent.values()) expect(objects.size).toBe(1)
  })

  it('build policy states only when they are read, once per fleet change', () => {
    const { fleet, built } = fleetWithStates()
    const tables = fleet.tables()
    expect(tables.resources).toHaveLength(40)
    expect(built).toEqual([])
    expect(tables.policyresources).toHaveLength(1)
    expect(fleet.tables().policyresources).toBe(tables.policyresources)
    expect(built).toEqual(['policyresources'])
    expect({ ...fleet.tables() }.policyresources).toHaveLength(1)
    fleet.changed()
    expect(fleet.tables().policyresources).toHaveLength(1)
    expect(built).toEqual(['policyresources', 'policyresources'])
  })

  it('answer a query of `resources` without building policy states, and one of `policyresources` with them', () => {
    const { fleet, built } = fleetWithStates()
    const subscriptionId = fleet.subscriptions[0]!.subscriptionId
    const ask = (query: string) => {
      const answer = answerResourceGraphQuery({ subscriptions: [subscriptionId], query }, fleet.tables(), {
        subscriptionsOfManagementGroup: (g) => fleet.subscriptionIdsUnder(g)
      })
      return (answer.body as { totalRecords: number }).totalRecords
    }
    expect(ask('resources | count')).toBe(1)
    expect(built).toEqual([])
    expect(ask('policyresources | count')).toBe(1)
    expect(built).toEqual(['policyresources'])
  })
})
