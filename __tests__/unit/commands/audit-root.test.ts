// auditRoot through its interfaces (AzureReads, ResourceGraphRunner) over an in-memory Azure and Resource Graph.
import { auditError } from '../../../src/audit/audit-error.js'
import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../../../src/resource-graph/cluster-queries.js'
import { applyRoot } from '../../../src/commands/apply.js'
import { auditRoot } from '../../../src/commands/audit.js'
import { InMemoryAzure, inMemoryResourceGraph } from '../../helpers/in-memory-azure.js'
import { REPOSITORY } from './policy-copy.js'

async function appliedAzure(): Promise<InMemoryAzure> {
  const azure = new InMemoryAzure()
  await applyRoot('examples', REPOSITORY, { reads: azure.reads, writes: azure.writes }, { allowManyDeletes: false })
  return azure
}

const driftRow = (source: number) => ({
  row: 'drift',
  source,
  drift: 'missing-configuration',
  clusterId: 'aks-1',
  id: '/subscriptions/s/resourceGroups/rg/providers/x/aks-1',
  name: 'aks-1',
  subscriptionId: 's',
  resourceGroup: 'rg',
  type: 'microsoft.containerservice/managedclusters',
  connectivity: 'Connected'
})

describe('auditRoot', () => {
  it('self-heal completes remediations apply left pending, once Azure has evaluated them, and only once', async () => {
    const azure = await appliedAzure()
    const graph = () => inMemoryResourceGraph(() => ({ rows: [] }))
    const pending = [...azure.assignments.values()].filter((a) => a.scope.includes('managementGroups'))
    expect(pending.length).toBeGreaterThan(0)
    const audit = () =>
      auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: graph(), writes: azure.writes })
    const notYet = await audit()
    if (notYet.kind !== 'audited') throw new Error(notYet.kind)
    expect(notYet.result.remediations?.map((r) => r.path)).toEqual(pending.map(() => 'pending-evaluation'))
    for (const a of pending) azure.evaluated.add(a.id.toLowerCase())
    const started = azure.remediations.length
    const evaluated = await audit()
    if (evaluated.kind !== 'audited') throw new Error(evaluated.kind)
    expect(evaluated.result.remediations?.map((r) => r.path)).toEqual(pending.map(() => 'existing-non-compliant'))
    expect(azure.remediations.length).toBe(started + pending.length)
    const again = await audit()
    if (again.kind !== 'audited') throw new Error(again.kind)
    expect(again.result.remediations).toBeUndefined()
    expect(azure.remediations.length).toBe(started + pending.length)
  })

  it('reports a 403 on a remediation it starts as a permission problem, with the action and the scope', async () => {
    const azure = await appliedAzure()
    for (const a of azure.assignments.values()) azure.evaluated.add(a.id.toLowerCase())
    const pending = [...azure.assignments.values()].filter((a) => a.scope.includes('managementGroups'))
    const refused = (scope: string, name: string) =>
      Object.assign(
        new Error(
          "The client 'c1' with object id 'c1' does not have authorization to perform action " +
            `'Microsoft.PolicyInsights/remediations/write' over scope '${scope}/providers/` +
            `Microsoft.PolicyInsights/remediations/${name}' or the scope is invalid. If access was recently ` +
            'granted, please refresh your credentials.'
        ),
        { statusCode: 403, code: 'AuthorizationFailed' }
      )
    const audit = (startRemediation: typeof azure.writes.startRemediation) =>
      auditRoot('examples', REPOSITORY, {
        reads: azure.reads,
        resourceGraph: inMemoryResourceGraph(() => ({ rows: [] })),
        writes: { ...azure.writes, startRemediation }
      })
    const outcome = await audit(async (_id, scope, name) => {
      throw refused(scope, name)
    })
    if (outcome.kind !== 'audited') throw new Error(outcome.kind)
    expect(outcome.result.remediations).toEqual(
      pending.map((a) =>
        expect.objectContaining({
          scope: a.scope,
          error: expect.stringMatching(
            new RegExp(
              '^403 AuthorizationFailed: may not perform Microsoft\\.PolicyInsights/remediations/write over ' +
                `${a.scope}/providers/Microsoft\\.PolicyInsights/remediations/`
            )
          )
        })
      )
    )
    // Anything else still fails the audit.
    await expect(
      audit(async () => {
        throw new Error('Internal server error')
      })
    ).rejects.toThrow('Internal server error')
  })

  it('starts no remediation with self-heal off', async () => {
    const azure = await appliedAzure()
    for (const a of azure.assignments.values()) azure.evaluated.add(a.id.toLowerCase())
    const started = azure.remediations.length
    const outcome = await auditRoot(
      'examples',
      REPOSITORY,
      { reads: azure.reads, resourceGraph: inMemoryResourceGraph(() => ({ rows: [] })), writes: azure.writes },
      { selfHeal: false }
    )
    if (outcome.kind !== 'audited') throw new Error(outcome.kind)
    expect(outcome.result.remediations).toBeUndefined()
    expect(azure.remediations.length).toBe(started)
  })

  it('finds no drift when the fleet and the assignments match the files', async () => {
    const azure = await appliedAzure()
    const graph = inMemoryResourceGraph(() => ({ rows: [] }))
    const outcome = await auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: graph })
    if (outcome.kind !== 'audited') throw new Error(outcome.kind)
    expect(outcome.result.reports).toEqual([])
    expect(outcome.result.queries).toBeGreaterThan(0)
    expect(graph.queries.length).toBeGreaterThanOrEqual(outcome.result.queries)
    expect(outcome.result.health.length).toBe(outcome.result.expectations.length)
    // Who owns each team (the platform file's owners), for the drift issues (issue #15).
    expect(outcome.result.teamOwners).toMatchObject({ payments: ['@contoso/payments'] })
  })

  it('reports an assignment changed in Azure and a cluster missing its configuration, under their sources', async () => {
    const azure = await appliedAzure()
    const edited = [...azure.assignments.values()].find(
      (a) => (a.metadata.fluxPolicy as { source: string }).source === 'payments-apps'
    )!
    edited.enforcementMode = 'DoNotEnforce'
    const writes = azure.writeCalls().length
    // The first audit finds which expectation is the source; the second answers its first drift query with one row.
    let graph: ReturnType<typeof inMemoryResourceGraph>
    const withDriftOf = (source: number) =>
      inMemoryResourceGraph((query) => {
        const firstDriftQuery =
          query.query !== CLUSTER_SUBSCRIPTIONS_QUERY &&
          graph.queries.filter((q) => q.query !== CLUSTER_SUBSCRIPTIONS_QUERY).length === 1
        return { rows: source >= 0 && firstDriftQuery ? [driftRow(source)] : [] }
      })
    graph = withDriftOf(-1)
    const first = await auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: graph })
    if (first.kind !== 'audited') throw new Error(first.kind)
    graph = withDriftOf(first.result.expectations.findIndex((e) => e.source === 'payments-apps'))
    const outcome = await auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: graph })
    if (outcome.kind !== 'audited') throw new Error(outcome.kind)
    const report = outcome.result.reports.find((r) => r.source === 'payments-apps')!
    expect(report.assignments).toEqual([
      expect.objectContaining({
        action: 'update',
        lines: expect.arrayContaining([expect.stringContaining('enforcementMode')])
      })
    ])
    expect(report.clusters).toEqual([expect.objectContaining({ clusterId: 'aks-1', kind: 'missing-configuration' })])
    expect(outcome.result.counts).toMatchObject({ 'changed-assignment': 1, 'missing-configuration': 1 })
    expect(azure.writeCalls()).toHaveLength(writes)
  })

  it('judges drift of a cluster of unknown age by first sighting, on the clock of Resource Graph (seenAt)', async () => {
    const azure = await appliedAzure()
    const seenAt = (iso: string) => {
      const graph: ReturnType<typeof inMemoryResourceGraph> = inMemoryResourceGraph((query) => {
        const firstDriftQuery =
          query.query !== CLUSTER_SUBSCRIPTIONS_QUERY &&
          graph.queries.filter((q) => q.query !== CLUSTER_SUBSCRIPTIONS_QUERY).length === 1
        return { rows: firstDriftQuery ? [{ ...driftRow(0), seenAt: iso }] : [] }
      })
      return graph
    }
    const audit = (iso: string, firstSightings: Map<string, string>) =>
      auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: seenAt(iso) }, { firstSightings })
    const first = await audit('2030-01-01T00:00:00.000Z', new Map())
    if (first.kind !== 'audited') throw new Error(first.kind)
    expect(first.result.reports.flatMap((r) => r.clusters)).toEqual([])
    expect(first.result.unconfirmedDrift).toBe(1)
    expect([...first.result.firstSightings.values()]).toEqual(['2030-01-01T00:00:00.000Z'])
    const later = await audit('2030-01-01T02:00:00.000Z', first.result.firstSightings)
    if (later.kind !== 'audited') throw new Error(later.kind)
    expect(later.result.unconfirmedDrift).toBe(0)
    expect(later.result.reports.flatMap((r) => r.clusters)).toEqual([expect.objectContaining({ clusterId: 'aks-1' })])
  })

  it('fails the whole audit when one query fails: partial results are never "no drift"', async () => {
    const azure = await appliedAzure()
    const graph = inMemoryResourceGraph(() =>
      graph.queries.length === 2
        ? { error: auditError('resource-graph-throttled', 'Resource Graph query failed (429)') }
        : { rows: [] }
    )
    const outcome = await auditRoot('examples', REPOSITORY, { reads: azure.reads, resourceGraph: graph })
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'resource-graph-throttled' } })
    expect(graph.queries).toHaveLength(2)
  })

  it('self-heal repairs what remediation cannot and drops that drift; a different ref stays reported', async () => {
    const azure = await appliedAzure()
    const probe = await auditRoot('examples', REPOSITORY, {
      reads: azure.reads,
      resourceGraph: inMemoryResourceGraph(() => ({ rows: [] }))
    })
    if (probe.kind !== 'audited') throw new Error(probe.kind)
    const source = probe.result.expectations.findIndex((e) => e.source === 'payments-apps')
    const expected = probe.result.expectations[source]!
    const clusterId = '/subscriptions/s/resourcegroups/rg/providers/microsoft.containerservice/managedclusters/aks-1'
    const graph = (foundRef: string) =>
      inMemoryResourceGraph((query) => {
        if (query.query.startsWith('kubernetesconfigurationresources'))
          return {
            rows: query.query.includes("'payments-apps'")
              ? [
                  {
                    source,
                    id: `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-apps`,
                    clusterId,
                    name: 'payments-apps',
                    provisioningState: 'Succeeded',
                    kustomizations: {
                      apps: {
                        path: './by-hand',
                        timeoutInSeconds: 600,
                        syncIntervalInSeconds: 600,
                        prune: true,
                        force: false,
                        dependsOn: []
                      }
                    }
                  }
                ]
              : []
          }
        const drifting = query.query !== CLUSTER_SUBSCRIPTIONS_QUERY && query.query.includes("'payments-apps'")
        const row = {
          ...driftRow(source),
          clusterId,
          drift: 'changed-configuration',
          foundUrl: expected.url,
          foundRef,
          foundPath: 'by-hand',
          foundNamespace: expected.namespace
        }
        return { rows: drifting ? [row] : [] }
      })
    const reportOnly = await auditRoot(
      'examples',
      REPOSITORY,
      { reads: azure.reads, resourceGraph: graph('branch:main'), writes: azure.writes },
      { selfHeal: false }
    )
    if (reportOnly.kind !== 'audited') throw new Error(reportOnly.kind)
    expect(reportOnly.result.counts['changed-configuration']).toBe(1)
    expect(reportOnly.result.repairs).toBeUndefined()
    expect(azure.configurationPatches).toEqual([])

    const healed = await auditRoot('examples', REPOSITORY, {
      reads: azure.reads,
      resourceGraph: graph('branch:main'),
      writes: azure.writes
    })
    if (healed.kind !== 'audited') throw new Error(healed.kind)
    expect(healed.result.counts['changed-configuration']).toBe(0)
    expect(healed.result.repairs?.outcomes).toEqual([
      expect.objectContaining({
        key: 'payments/payments-apps',
        status: 'updated',
        fields: ['kustomizations.apps.path']
      })
    ])
    expect(azure.configurationPatches.splice(0)).toEqual([
      { id: expect.stringContaining(clusterId), patch: { kustomizations: { apps: { path: './clusters/prod' } } } }
    ])

    const otherRef = await auditRoot('examples', REPOSITORY, {
      reads: azure.reads,
      resourceGraph: graph('tag:v9'),
      writes: azure.writes
    })
    if (otherRef.kind !== 'audited') throw new Error(otherRef.kind)
    expect(otherRef.result.counts['changed-configuration']).toBe(1)
  })
})
