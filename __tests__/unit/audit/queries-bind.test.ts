// Every Resource Graph query the product can send, parsed and bound by Microsoft's Kusto language service against the
// declared Resource Graph schema (emulator/resource-graph/schema.ts): zero diagnostics, warnings included.
import { diagnoseKql, evaluateKql, resourceGraphSubsetError } from '../../../emulator/resource-graph/index.js'
import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { buildDesiredState } from '../../../src/desired/build-desired-state.js'
import { driftQueryText } from '../../../src/audit/drift-query.js'
import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../../../src/resource-graph/cluster-queries.js'
import { kqlString } from '../../../src/resource-graph/kql-literals.js'
import { sourceExpectations, type SourceExpectation } from '../../../src/audit/expectation.js'
import { planDriftQueries } from '../../../src/audit/query-plan.js'
import { readPolicyRoot } from '../../helpers/policy-root.js'
import { expectation, SUB_1, SUB_2, subscription } from './audit-fixtures.js'

const TIMING = { graceSeconds: 7200, pendingSeconds: 5400 }

function examplesExpectations(files = readPolicyRoot('examples')): SourceExpectation[] {
  const { model, problems } = validatePolicyFiles(files)
  if (!model) throw new Error(JSON.stringify(problems))
  return sourceExpectations(
    buildDesiredState(model, { repository: 'contoso/fleet-policies' }),
    () => '2025-06-01T10:00:00.000Z'
  )
}

/** The examples plus a source with several kustomizations (a generated custom definition) and a tag ref. */
function withCustomDefinition(): SourceExpectation[] {
  const files = readPolicyRoot('examples').map((f) =>
    f.path === 'flux-policy.yaml'
      ? {
          ...f,
          text: `${f.text}\ncustomDefinitions: { scope: /providers/Microsoft.Management/managementGroups/contoso-prod }\n`
        }
      : f
  )
  files.push({
    path: 'teams/data/custom.yaml',
    text: `team: data
sources:
  - name: data-layers
    scope: /subscriptions/22222222-2222-2222-2222-222222222222
    exclude: [/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-lab]
    git: { url: https://github.com/contoso/layers, tag: v1.2.0 }
    namespace: layers
    kustomizations:
      - { name: infra, path: ./infra }
      - { name: apps, path: ./apps, dependsOn: [infra] }
`
  })
  const expectations = examplesExpectations(files)
  expect(expectations.map((e) => e.key)).toContain('data/data-layers')
  return expectations
}

/** Every shape a source can take: each ref kind, a bucket, exclusions of each kind, values that need escaping. */
const CRAFTED: SourceExpectation[] = [
  expectation({
    team: 'a',
    source: 'commit',
    scope: `/subscriptions/${SUB_1}`,
    ref: { kind: 'commit', value: '3f1c2e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e' }
  }),
  expectation({
    team: 'a',
    source: 'semver',
    scope: `/subscriptions/${SUB_1}/resourceGroups/rg-a`,
    ref: { kind: 'semver', value: '>=1.4.0 <2.0.0' }
  }),
  expectation({
    team: 'a',
    source: 'bucket',
    scope: `/subscriptions/${SUB_2}`,
    url: 'http://minio.data.svc:9000',
    ref: { kind: 'bucket', value: 'models' },
    kustomizationPath: ''
  }),
  expectation({
    team: 'b',
    source: 'odd',
    scope: '/providers/Microsoft.Management/managementGroups/contoso',
    url: "https://example.com/it's\\odd\n",
    kustomizationPath: "./a'b",
    notScopes: [
      '/providers/Microsoft.Management/managementGroups/labs',
      `/subscriptions/${SUB_2}`,
      `/subscriptions/${SUB_1}/resourceGroups/rg-x/providers/Microsoft.Kubernetes/connectedClusters/edge`
    ],
    assignedAt: '2025-06-01T10:00:00Z'
  })
]

describe('every Resource Graph query the product sends binds with zero diagnostics', () => {
  it('the subscriptions of an excluded management group', () => {
    expect(diagnoseKql(CLUSTER_SUBSCRIPTIONS_QUERY)).toEqual([])
  })

  it.each([
    ['the examples (DoNotEnforce sources included)', examplesExpectations()],
    ['a custom definition with several kustomizations', withCustomDefinition()],
    ['every ref kind, a bucket, exclusions and escaped values', CRAFTED]
  ])("the drift queries of %s, inside Resource Graph's documented subset", (_name, expectations) => {
    const plans = planDriftQueries(expectations, new Map([['labs', ['aaaa0000-0000-0000-0000-000000000001']]]))
    expect(plans.length).toBeGreaterThan(1)
    expect(plans.some((p) => 'managementGroups' in p.scope) && plans.some((p) => 'subscriptions' in p.scope)).toBe(true)
    for (const plan of plans) {
      const text = driftQueryText(plan, TIMING)
      expect(diagnoseKql(text)).toEqual([])
      expect(resourceGraphSubsetError(text)).toBeUndefined()
    }
  })

  it('full batches stay inside the subset: 250 sources with exclusions per query, management-group sources', () => {
    const sources = Array.from({ length: 260 }, (_, i) =>
      expectation({
        team: 't',
        source: `s${i}`,
        scope:
          i % 3 === 0
            ? `/subscriptions/${subscription(i)}/resourceGroups/rg-${i}`
            : `/subscriptions/${subscription(i)}`,
        notScopes: i % 5 === 0 ? [`/subscriptions/${subscription(i)}/resourceGroups/rg-lab`] : []
      })
    )
    const groups = Array.from({ length: 20 }, (_, i) =>
      expectation({
        team: 'p',
        source: `p${i}`,
        scope: '/providers/Microsoft.Management/managementGroups/contoso',
        notScopes: ['/providers/Microsoft.Management/managementGroups/labs']
      })
    )
    const plans = planDriftQueries(
      [...sources, ...groups],
      new Map([['labs', ['aaaa0000-0000-0000-0000-000000000001']]])
    )
    expect(plans.map((p) => p.expectations.length)).toEqual([250, 10, 20])
    for (const plan of plans) expect(resourceGraphSubsetError(driftQueryText(plan, TIMING))).toBeUndefined()
  })

  it('the subset check can fail: a query with `let` is refused', () => {
    const [plan] = planDriftQueries(CRAFTED, new Map())
    expect(resourceGraphSubsetError(`let x = 1;\n${driftQueryText(plan!, TIMING)}`)?.code).toBe('UnsupportedStatement')
  })

  it('the subscriptions of an excluded management group, inside the subset', () => {
    expect(resourceGraphSubsetError(CLUSTER_SUBSCRIPTIONS_QUERY)).toBeUndefined()
  })

  it('a binding error is reported, so this test can fail', () => {
    const [plan] = planDriftQueries(CRAFTED, new Map())
    expect(
      diagnoseKql(driftQueryText(plan!, TIMING).replace('properties.connectivityStatus', 'connectivityStatus')).length
    ).toBeGreaterThan(0)
  })

  it('values from the files travel as Kusto string literals that read back exactly', () => {
    const values = ["it's", 'back\\slash', 'line\nbreak\ttab', '>=1.4.0 <2.0.0', 'ünïcode ✓', '\u0001']
    const query = `datatable(v:string)[${values.map(kqlString).join(', ')}]`
    expect(diagnoseKql(query)).toEqual([])
    expect(
      evaluateKql(query, { resources: [], kubernetesconfigurationresources: [], policyresources: [] }).rows.map(
        (r) => r.v
      )
    ).toEqual(values)
  })
})
