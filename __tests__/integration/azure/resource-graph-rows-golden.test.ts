import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import type { ResourceGraphTables } from '../../../emulator/fleet/tables.js'
import { assignPublicGit, azureClients, PROD_APPS } from '../../helpers/azure-clients.js'
import { IDENTITIES_AND_ROLES_AT_ONCE } from '../../helpers/principal-type.js'

const GOLDEN = '__tests__/fixtures/golden/resource-graph-rows.json'
const MINUTE = 60_000

/**
 * The rows the emulator's Resource Graph serves, as they were before the tables were made compact (shared property
 * bags, lazily built policy states): the demo fleet with two evaluated assignments (one drifted cluster among them)
 * and a generated fleet. A change to how rows are stored must not change one of them; UPDATE_GOLDEN=1 rewrites the
 * file for review by eye when the rows are meant to change.
 */
describe('Resource Graph rows served for sample fleets', () => {
  const clock = createSimulatedClock({ start: Date.parse('2026-03-01T08:00:00Z') })
  let demo: AzureEmulator
  let generated: AzureEmulator
  beforeAll(async () => {
    demo = await startAzureEmulator({
      clock,
      simulation: IDENTITIES_AND_ROLES_AT_ONCE
    })
    generated = await startAzureEmulator({ clock, fleet: { clusters: 60, seed: 7, clustersPerSubscription: 20 } })
    const clients = azureClients(demo, PROD_APPS)
    for (const [scope, name] of [
      [`/subscriptions/${PROD_APPS}`, 'apps'],
      ['/providers/Microsoft.Management/managementGroups/contoso-prod', 'baseline']
    ] as const) {
      await assignPublicGit(clients, scope, name)
    }
    clock.advance(10 * MINUTE)
    await clients.insights.remediations.createOrUpdateAtSubscription('apps-1', {
      policyAssignmentId: `/subscriptions/${PROD_APPS}/providers/Microsoft.Authorization/policyAssignments/apps`
    })
    clock.advance(30 * MINUTE)
  })
  afterAll(async () => {
    await demo.stop()
    await generated.stop()
  })

  it('are the rows recorded in the golden file, table by table', () => {
    const actual = JSON.stringify({ demo: plain(demo.fleet.tables()), generated: plain(generated.fleet.tables()) })
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${actual}\n`)
    if (!existsSync(GOLDEN)) throw new Error(`${GOLDEN} is missing: run with UPDATE_GOLDEN=1, review it, commit it.`)
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Record<string, unknown[]>>
    const rows = JSON.parse(actual) as typeof golden
    expect(rows.demo!.policyresources!.length).toBeGreaterThan(0)
    for (const fleet of ['demo', 'generated'])
      for (const table of Object.keys(golden[fleet]!))
        expect([fleet, table, rows[fleet]![table]]).toEqual([fleet, table, golden[fleet]![table]])
  })
})

/** The tables as plain data, in a fixed key order (what a JSON response would carry). */
function plain(tables: ResourceGraphTables): Record<string, unknown[]> {
  const names = ['resources', 'kubernetesconfigurationresources', 'policyresources', 'resourcecontainers'] as const
  return Object.fromEntries(names.map((name) => [name, structuredClone(tables[name] ?? [])]))
}
