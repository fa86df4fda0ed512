// The drift query end to end through the Resource Graph engine: every drift kind, the grace period, exclusions,
// both casings of extension rows — and only drift rows (plus one total per source) come back.
import { fluxExtension, gitConfiguration, newCluster } from '../../../emulator/fleet/cluster-factory.js'
import type { Cluster, FleetData } from '../../../emulator/fleet/fleet-model.js'
import { SimulatedFleet } from '../../../emulator/fleet/simulated-fleet.js'
import { answerResourceGraphQuery } from '../../../emulator/resource-graph/index.js'
import { driftQueryText } from '../../../src/audit/drift-query.js'
import { buildDriftReports } from '../../../src/audit/drift-report.js'
import { readDriftRows } from '../../../src/audit/drift-rows.js'
import { judgeBySighting, sightingKey } from '../../../src/audit/first-sighting.js'
import type { SourceExpectation } from '../../../src/audit/expectation.js'
import { changeDiffLines } from '../../../src/render/plan/describe-change.js'
import { planDriftQueries } from '../../../src/audit/query-plan.js'
import { expectation, SUB_1, SUB_2 } from './audit-fixtures.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString()
const MG = '/providers/Microsoft.Management/managementGroups/contoso-prod'
const APPS = expectation({
  team: 'payments',
  source: 'apps',
  scope: `/subscriptions/${SUB_1}/resourceGroups/rg-apps`,
  notScopes: [
    `/subscriptions/${SUB_1}/resourceGroups/rg-apps/providers/Microsoft.ContainerService/managedClusters/excluded`
  ]
})
const BASELINE = expectation({
  team: 'platform',
  source: 'baseline',
  scope: MG,
  namespace: 'flux-system',
  ref: { kind: 'tag', value: 'v2.4.1' },
  kustomizationPath: './',
  notScopes: [`/subscriptions/${SUB_2}/resourceGroups/rg-sandbox`]
})
const SETTLING = expectation({
  team: 'data',
  source: 'pipelines',
  scope: `/subscriptions/${SUB_2}`,
  assignedAt: hoursAgo(0.5)
})

const appsConfiguration = (fields: Parameters<typeof gitConfiguration>[0] extends infer F ? Partial<F> : never = {}) =>
  gitConfiguration({
    name: 'apps',
    url: 'https://github.com/contoso/apps',
    namespace: 'payments',
    kustomizations: { apps: kustomization('./clusters/prod') },
    ...fields
  })
const baselineConfiguration = () =>
  gitConfiguration({
    name: 'baseline',
    url: 'https://github.com/contoso/baseline',
    namespace: 'flux-system',
    repositoryRefTag: 'v2.4.1',
    kustomizations: { apps: kustomization('./') }
  } as never)

function kustomization(path: string) {
  return {
    path,
    timeoutInSeconds: 600,
    syncIntervalInSeconds: 600,
    retryIntervalInSeconds: 600,
    prune: true,
    force: false,
    dependsOn: []
  }
}

function aks(name: string, rg: string, subscriptionId: string, fields: Partial<Cluster> = {}): Cluster {
  return newCluster({
    kind: name.startsWith('arc') ? 'connectedCluster' : 'managedCluster',
    subscriptionId,
    resourceGroup: rg,
    name,
    location: 'westeurope',
    extensions: [fluxExtension()],
    ...fields
  })
}

function fleet(): FleetData {
  const tagged = (c: ReturnType<typeof baselineConfiguration>) => {
    c.gitRepository!.repositoryRef = { branch: null, tag: 'v2.4.1', semver: null, commit: null }
    return c
  }
  const withBaseline = (c: Cluster): Cluster => ({
    ...c,
    fluxConfigurations: [...c.fluxConfigurations, tagged(baselineConfiguration())]
  })
  const clusters: Cluster[] = [
    aks('aks-healthy', 'rg-apps', SUB_1, { fluxConfigurations: [appsConfiguration()] }),
    aks('aks-camel', 'rg-apps', SUB_1, { fluxConfigurations: [appsConfiguration()] }),
    aks('aks-no-extension', 'rg-apps', SUB_1, { extensions: [] }),
    aks('arc-failed-extension', 'rg-apps', SUB_1, {
      extensions: [fluxExtension({ provisioningState: 'Failed' })],
      fluxConfigurations: [appsConfiguration()]
    }),
    aks('aks-no-configuration', 'rg-apps', SUB_1),
    aks('aks-other-name', 'rg-apps', SUB_1, { fluxConfigurations: [appsConfiguration({ name: 'apps-by-hand' })] }),
    aks('aks-fork', 'rg-apps', SUB_1, {
      fluxConfigurations: [appsConfiguration({ url: 'https://github.com/someone/apps-fork' })]
    }),
    aks('aks-other-path', 'rg-apps', SUB_1, {
      fluxConfigurations: [appsConfiguration({ kustomizations: { apps: kustomization('./clusters/dev') } })]
    }),
    aks('arc-failed', 'rg-apps', SUB_1, {
      fluxConfigurations: [
        appsConfiguration({
          provisioningState: 'Failed',
          complianceState: 'Non-Compliant',
          errorMessage:
            "unable to clone 'https://bot:ghp_0123456789abcdefghijklmnopqrstuvwxyz@github.com/contoso/apps': authentication required"
        })
      ]
    }),
    aks('aks-non-compliant', 'rg-apps', SUB_1, {
      fluxConfigurations: [
        appsConfiguration({ complianceState: 'Non-Compliant', errorMessage: 'kustomize build failed' })
      ]
    }),
    aks('arc-stuck', 'rg-apps', SUB_1, {
      connectivityStatus: 'Offline',
      fluxConfigurations: [appsConfiguration({ complianceState: 'Pending', createdAt: hoursAgo(3) })]
    }),
    aks('arc-pending', 'rg-apps', SUB_1, {
      fluxConfigurations: [appsConfiguration({ complianceState: 'Pending', createdAt: hoursAgo(0.2) })]
    }),
    aks('aks-newborn', 'rg-apps', SUB_1, { extensions: [], createdAt: hoursAgo(0.5) }),
    aks('excluded', 'rg-apps', SUB_1, { extensions: [] }),
    aks('aks-elsewhere', 'rg-other', SUB_1, { extensions: [] }),
    aks('aks-sandbox', 'rg-sandbox', SUB_2, { extensions: [] }),
    aks('aks-data', 'rg-data', SUB_2, { extensions: [] })
  ].map((c) => (c.subscriptionId === SUB_1 || c.name === 'aks-data' ? withBaseline(c) : c))
  return {
    tenantId: 'tenant',
    managementGroups: [
      { name: 'tenant', displayName: 'Root' },
      { name: 'contoso-prod', displayName: 'Prod', parent: 'tenant' }
    ],
    subscriptions: [SUB_1, SUB_2].map((subscriptionId) => ({
      subscriptionId,
      displayName: subscriptionId,
      managementGroup: 'contoso-prod'
    })),
    resourceGroups: [],
    clusters
  }
}

function audit(expectations: SourceExpectation[], withoutCreationTime: string[] = []) {
  const simulated = new SimulatedFleet(fleet())
  const tables = simulated.tables()
  // Resource Graph does not document `systemData` on its rows: some clusters come without a creation time.
  for (const row of tables.resources) if (withoutCreationTime.includes(String(row.name))) delete row.systemData
  // Extension rows of one cluster in camelCase, as the ARM GET body has them (the fleet writes PascalCase).
  for (const row of tables.kubernetesconfigurationresources) {
    if (String(row.id).includes('/aks-camel/providers/Microsoft.KubernetesConfiguration/extensions/')) {
      const p = row.properties as Record<string, unknown>
      row.properties = { extensionType: p.ExtensionType, provisioningState: p.ProvisioningState }
    }
  }
  const scoping = { subscriptionsOfManagementGroup: (g: string) => simulated.subscriptionIdsUnder(g) }
  const plans = planDriftQueries(expectations, new Map())
  const perPlan = plans.map((plan) => {
    const answer = answerResourceGraphQuery(
      { ...plan.scope, query: driftQueryText(plan, { graceSeconds: 7200, pendingSeconds: 7200 }) },
      tables,
      scoping,
      undefined,
      { now: () => NOW }
    )
    expect(answer.status).toBe(200)
    return (answer.body as { data: unknown[] }).data
  })
  const rows = perPlan.flat()
  const read = readDriftRows(rows, expectations.length)
  if ('error' in read) throw new Error(read.error.message)
  return {
    rows,
    perPlan,
    driftRows: read.rows.drift,
    ...buildDriftReports(expectations, read.rows, { changes: [] }, changeDiffLines)
  }
}

describe('the drift query', () => {
  const { rows, perPlan, reports, health } = audit([APPS, BASELINE, SETTLING])
  const apps = reports.find((r) => r.key === 'payments/apps')!

  it('finds each kind of drift on each cluster, the first that applies, and nothing on healthy clusters', () => {
    expect(apps.clusters.map((c) => [c.name, c.kind])).toEqual([
      ['aks-fork', 'changed-configuration'],
      ['aks-no-configuration', 'missing-configuration'],
      ['aks-no-extension', 'missing-extension'],
      ['aks-non-compliant', 'failed-configuration'],
      ['aks-other-name', 'missing-configuration'],
      ['aks-other-path', 'changed-configuration'],
      ['arc-failed', 'failed-configuration'],
      ['arc-failed-extension', 'missing-extension'],
      ['arc-stuck', 'failed-configuration']
    ])
  })

  it('says what differs, with the error Azure reports and no secret in it', () => {
    const detail = Object.fromEntries(apps.clusters.map((c) => [c.name, c.detail]))
    expect(detail['aks-fork']).toBe('source https://github.com/someone/apps-fork')
    expect(detail['aks-other-path']).toBe('path ./clusters/dev')
    expect(detail['arc-failed-extension']).toBe('Flux extension Failed')
    expect(detail['aks-no-extension']).toBe('Flux extension not installed')
    expect(detail['aks-other-name']).toBe("no Flux configuration 'apps'")
    expect(detail['arc-stuck']).toBe('Pending too long (cluster Offline)')
    expect(detail['aks-non-compliant']).toBe('Non-Compliant: kustomize build failed')
    expect(detail['arc-failed']).toBe("provisioning Failed: unable to clone '[secret hidden]': authentication required")
    expect(apps.clusters.find((c) => c.name === 'arc-failed')?.since).toBe(
      new Date('2025-02-01T10:00:00Z').toISOString()
    )
  })

  it('leaves out clusters younger than the grace period, excluded clusters and clusters outside the scope', () => {
    const names = reports.flatMap((r) => r.clusters.map((c) => c.name))
    for (const name of ['aks-newborn', 'aks-sandbox', 'aks-healthy', 'aks-camel', 'arc-pending'])
      expect(names).not.toContain(name)
    expect(apps.clusters.map((c) => c.name)).not.toContain('excluded')
    expect(apps.clusters.map((c) => c.name)).not.toContain('aks-elsewhere')
  })

  it('matches management-group sources on every cluster of the group, tag refs and root paths included', () => {
    const baseline = reports.find((r) => r.key === 'platform/baseline')!
    expect(baseline.clusters.map((c) => c.name)).toEqual([
      'aks-no-extension',
      'excluded',
      'arc-failed-extension',
      'aks-elsewhere',
      'aks-data'
    ])
    expect(new Set(baseline.clusters.map((c) => c.kind))).toEqual(new Set(['missing-extension']))
  })

  it('reports no cluster drift for a source whose assignment was written within the grace period, but counts its clusters', () => {
    expect(reports.map((r) => r.key)).not.toContain('data/pipelines')
    expect(health).toEqual([
      {
        key: 'payments/apps',
        team: 'payments',
        source: 'apps',
        clusters: 12,
        drifted: 9,
        settling: false,
        settlingClusters: 0
      },
      {
        key: 'platform/baseline',
        team: 'platform',
        source: 'baseline',
        clusters: 15,
        drifted: 5,
        settling: false,
        settlingClusters: 0
      },
      {
        key: 'data/pipelines',
        team: 'data',
        source: 'pipelines',
        clusters: 2,
        drifted: 0,
        settling: true,
        settlingClusters: 2
      }
    ])
  })

  it('returns only drift rows and one total per source, not the fleet', () => {
    expect(rows).toHaveLength(9 + 5 + 3)
  })

  it('sorts the rows by a unique key (source, row, clusterId), so paging is stable', () => {
    expect(perPlan).toHaveLength(2)
    for (const planRows of perPlan) {
      const keys = (planRows as Array<{ source: number; row: string; clusterId: string }>).map(
        (r) => [r.source, r.row, r.clusterId] as const
      )
      expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(keys.length)
      const sorted = [...keys].sort(
        (a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)
      )
      expect(keys).toEqual(sorted)
    }
  })
})

describe('clusters of unknown age (no creation time on their Resource Graph row)', () => {
  const { driftRows } = audit([APPS], ['aks-no-configuration', 'aks-newborn'])
  const keyOf = () => 'payments/apps'
  const at = (h: number) => new Date(NOW + h * 3_600_000).toISOString()
  const judge = (previous: Map<string, string> | undefined, now: string) =>
    judgeBySighting(driftRows, keyOf, previous, now, 7200)
  const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name).sort()

  it('come back with their drift but no creation time; a newborn one is no longer hidden by the query', () => {
    expect(driftRows.find((r) => r.name === 'aks-no-configuration')?.createdAt).toBeUndefined()
    expect(driftRows.find((r) => r.name === 'aks-newborn')?.createdAt).toBeUndefined()
    expect(driftRows.find((r) => r.name === 'aks-fork')?.createdAt).toMatch(/^\d{4}-/)
  })

  it('count as drift only once two audits at least the grace period apart have seen them', () => {
    const first = judge(new Map(), at(0))
    expect(names(first.unconfirmed)).toEqual(['aks-newborn', 'aks-no-configuration'])
    expect(names(first.confirmed)).not.toContain('aks-no-configuration')
    expect(names(first.confirmed)).toContain('aks-fork')
    const tooSoon = judge(first.sightings, at(1.5))
    expect(names(tooSoon.unconfirmed)).toEqual(['aks-newborn', 'aks-no-configuration'])
    expect(tooSoon.sightings).toEqual(first.sightings)
    const later = judge(tooSoon.sightings, at(2))
    expect(later.unconfirmed).toEqual([])
    expect(names(later.confirmed)).toEqual(expect.arrayContaining(['aks-newborn', 'aks-no-configuration']))
    expect(
      later.sightings.get(sightingKey('payments/apps', driftRows.find((r) => r.name === 'aks-newborn')!.clusterId))
    ).toBe(at(0))
  })

  it('count at once when nothing can be remembered (no earlier state), as before', () => {
    expect(judge(undefined, at(0)).unconfirmed).toEqual([])
  })
})
