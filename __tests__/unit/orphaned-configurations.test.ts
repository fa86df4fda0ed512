// The pure part of #14's delete side: which sources a plan deletes, the Resource Graph query that finds what they left
// on the clusters (inside Resource Graph's documented subset, run here on the emulator's engine), and the selection of
// the rows that are really the deleted assignment's.
import { evaluateKql, resourceGraphSubsetError, diagnoseKql } from '../../emulator/resource-graph/index.js'
import {
  deletedSources,
  oldScopeReadableQuery,
  orphanQueryScope,
  orphanQueryText,
  selectOrphans,
  type DeletedSource
} from '../../src/apply/orphaned-configurations.js'
import type { AssignmentChange } from '../../src/plan/plan.js'
import { cluster, fluxConfiguration, SUB_A, SUB_B, tables } from './resource-graph/fleet-rows.js'

const URL = 'https://github.com/contoso/payments-gitops'
const live = (parameters: Record<string, unknown>, notScopes: string[] = []) => ({
  id: `/subscriptions/${SUB_A}/providers/Microsoft.Authorization/policyAssignments/x`,
  name: 'x',
  scope: `/subscriptions/${SUB_A}`,
  policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6',
  notScopes,
  enforcementMode: 'Default',
  parameters,
  metadata: {}
})
const change = (
  kind: 'configuration' | 'extension',
  action: 'delete' | 'no-op',
  parameters: Record<string, unknown>
): AssignmentChange =>
  ({
    key: `subscriptions/${SUB_A}|x`,
    name: 'x',
    scope: `/subscriptions/${SUB_A}`,
    kind,
    team: 'payments',
    source: 'payments-apps',
    action,
    live: live(parameters),
    ...(action === 'no-op' ? { desired: {} } : {})
  }) as AssignmentChange

describe('deletedSources', () => {
  it("reads the name and URL of each deleted configuration assignment's source, and nothing else", () => {
    const sources = deletedSources({
      changes: [
        change('configuration', 'delete', { configurationName: 'payments-apps', repositoryUrl: URL }),
        change('configuration', 'delete', { configurationName: 'data', bucketUrl: 'https://s3.example/data' }),
        change('configuration', 'no-op', { configurationName: 'kept', repositoryUrl: URL }),
        change('extension', 'delete', {}),
        change('configuration', 'delete', { configurationName: 'no-url' })
      ]
    })
    expect(sources.map((s) => [s.configurationName, s.url])).toEqual([
      ['payments-apps', URL],
      ['data', 'https://s3.example/data']
    ])
  })
})

describe('the orphan query and selection', () => {
  const inScope = cluster('aks-in', SUB_A, 'aks')
  const otherRepo = cluster('aks-fork', SUB_A, 'aks')
  const otherName = cluster('arc-renamed', SUB_A, 'arc')
  const excludedCluster = cluster('aks-excluded', SUB_A, 'aks')
  const otherSubscription = cluster('aks-elsewhere', SUB_B, 'aks')
  const fleet = tables(
    [inScope, otherRepo, otherName, excludedCluster, otherSubscription],
    [
      fluxConfiguration(inScope, 'payments-apps', { url: URL.toUpperCase(), branch: 'main' }),
      fluxConfiguration(otherRepo, 'payments-apps', { url: 'https://github.com/someone/fork', branch: 'main' }),
      fluxConfiguration(otherName, 'payments-apps-by-hand', { url: URL, branch: 'main' }),
      fluxConfiguration(excludedCluster, 'payments-apps', { url: URL, branch: 'main' }),
      fluxConfiguration(otherSubscription, 'payments-apps', { url: URL, branch: 'main' })
    ]
  )
  const source: DeletedSource = {
    assignmentKey: 'k',
    team: 'payments',
    source: 'payments-apps',
    scope: `/subscriptions/${SUB_A}`,
    notScopes: [`/subscriptions/${SUB_A}/resourceGroups/rg-aks-excluded`],
    configurationName: 'Payments-Apps',
    url: URL
  }

  it('is documented KQL that binds without diagnostics, hostile values included', () => {
    const hostile = { ...source, configurationName: "x' or 1==1 //", url: "https://e.example/\\'" }
    for (const query of [orphanQueryText(source), orphanQueryText(hostile)]) {
      expect(resourceGraphSubsetError(query)).toBeUndefined()
      expect(diagnoseKql(query)).toEqual([])
    }
    expect(evaluateKql(orphanQueryText(hostile), fleet).rows).toEqual([])
  })

  it("asks, in documented KQL, whether the old scope's container is readable (the audit's guard before closing)", () => {
    const group = { scope: '/providers/Microsoft.Management/managementGroups/contoso-prod' }
    const queries = [source, group, { scope: `/subscriptions/${SUB_A}/resourceGroups/rg-x` }].map(oldScopeReadableQuery)
    for (const query of queries) {
      expect(resourceGraphSubsetError(query!)).toBeUndefined()
      expect(diagnoseKql(query!)).toEqual([])
    }
    expect(queries[0]).toContain(`where id =~ '/subscriptions/${SUB_A}'`)
    expect(queries[1]).toContain("where id =~ '/providers/microsoft.management/managementgroups/contoso-prod'")
    expect(queries[2]).toBe(queries[0])
    const containers = {
      ...fleet,
      resourcecontainers: [
        { id: `/subscriptions/${SUB_A}`, type: 'microsoft.resources/subscriptions', subscriptionId: SUB_A }
      ]
    }
    expect(evaluateKql(queries[0]!, containers).rows).toEqual([{ id: `/subscriptions/${SUB_A}` }])
    expect(evaluateKql(queries[1]!, containers).rows).toEqual([])
    expect(oldScopeReadableQuery({ scope: 'nonsense' })).toBeUndefined()
  })

  it('selects only configurations of that name and URL on clusters in the old scope and outside its exclusions', () => {
    const rows = evaluateKql(orphanQueryText(source), fleet).rows
    expect(orphanQueryScope(source)).toEqual({ subscriptions: [SUB_A] })
    expect(selectOrphans(rows, source).map((o) => o.clusterId)).toEqual([String(inScope.id).toLowerCase()])
    expect(
      selectOrphans(rows, { ...source, notScopes: [] })
        .map((o) => o.clusterId)
        .sort()
    ).toEqual([String(inScope.id).toLowerCase(), String(excludedCluster.id).toLowerCase()].sort())
    expect(selectOrphans(rows, source, [SUB_A])).toEqual([])
  })

  it('never selects a row of another scope, even when the query was scoped wider', () => {
    const everywhere = evaluateKql(orphanQueryText({ ...source, notScopes: [] }), fleet).rows
    expect(everywhere.some((r) => String((r as { subscriptionId: string }).subscriptionId) === SUB_B)).toBe(true)
    expect(selectOrphans(everywhere, source).every((o) => o.subscriptionId === SUB_A)).toBe(true)
  })
})
