// planRoot with Resource Graph (issue #14): the clusters each change reaches, counted by the emulator's query engine
// over the demo fleet behind the runner interface; the plan hash never depends on them.
import { answerResourceGraphQuery } from '../../../emulator/resource-graph/index.js'
import { demoFleet, SimulatedFleet } from '../../../emulator/index.js'
import type { QueryOutcome, ResourceGraphQuery } from '../../../src/resource-graph/resource-graph-runner.js'
import { planRoot } from '../../../src/commands/plan.js'
import type { AssignmentChange, Plan } from '../../../src/plan/plan.js'
import { renderPlanComment } from '../../../src/render/plan/plan-markdown.js'
import { renderPlanJson } from '../../../src/render/plan/plan-json.js'
import { renderPlanText } from '../../../src/render/plan/plan-text.js'
import { InMemoryAzure, inMemoryResourceGraph } from '../../helpers/in-memory-azure.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

const fleet = new SimulatedFleet(demoFleet())
const scoping = {
  subscriptionsOfManagementGroup: (g: string) => fleet.subscriptionIdsUnder(g),
  managementGroupsUnder: (g: string) => fleet.managementGroupsUnder(g)
}

function engine(extra: Record<string, unknown[]> = {}) {
  return (query: ResourceGraphQuery): QueryOutcome => {
    const answer = answerResourceGraphQuery(
      { ...query.scope, query: query.query, options: { top: 1000 } },
      { ...fleet.tables(), ...extra } as ReturnType<SimulatedFleet['tables']>,
      scoping
    )
    if (answer.status !== 200) return { error: { code: 'resource-graph-failed', message: JSON.stringify(answer.body) } }
    return { rows: (answer.body as { data: unknown[] }).data }
  }
}

async function planned(root = 'examples', answer = engine()): Promise<{ plan: Plan; requests: number }> {
  const resourceGraph = inMemoryResourceGraph(answer)
  const outcome = await planRoot(root, REPOSITORY, new InMemoryAzure().reads, { resourceGraph })
  if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
  return { plan: outcome.plan, requests: resourceGraph.stats.requests }
}

async function withoutResourceGraph(root = 'examples'): Promise<Plan> {
  const outcome = await planRoot(root, REPOSITORY, new InMemoryAzure().reads)
  if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
  return outcome.plan
}

/** The clusters a create reaches, from the fleet model. */
function reached(change: AssignmentChange) {
  if (change.action !== 'create') throw new Error('creates only')
  const out = (c: (typeof fleet.clusters)[number]) => change.desired.notScopes.some((s) => fleet.containsCluster(s)(c))
  return fleet.clustersIn(change.scope).filter((c) => !out(c))
}

describe('planRoot with Resource Graph', () => {
  it('counts the clusters each change reaches as the fleet holds them, in ≤ 2 requests per batch', async () => {
    const { plan, requests } = await planned()
    expect(plan.changes.length).toBeGreaterThan(0)
    for (const change of plan.changes) {
      const clusters = reached(change)
      const arc = clusters.filter((c) => c.kind === 'connectedCluster')
      expect(change.impact).toMatchObject({
        status: 'exact',
        clusters: clusters.length,
        arc: arc.length,
        aks: clusters.length - arc.length,
        disconnected: arc.filter((c) => c.connectivityStatus === 'Offline').length
      })
    }
    expect(plan.changes.some((c) => c.impact?.status === 'exact' && c.impact.clusters > 0)).toBe(true)
    // Examples: one subscription batch, one management group; the role counts: one subscription batch, one group.
    expect(requests).toBeLessThanOrEqual(4)
    expect(plan.hash).toBe((await withoutResourceGraph()).hash)
  })

  it('when Resource Graph cannot answer, the plan still works, says the impact is unknown, and hashes the same', async () => {
    const { plan } = await planned('examples', () => ({
      error: { code: 'resource-graph-throttled', message: 'Resource Graph query failed (429 RateLimiting)' }
    }))
    expect(plan.changes.every((c) => c.impact?.status === 'unknown')).toBe(true)
    expect(plan.warnings.map((w) => w.code)).toContain('impact-unknown')
    expect(plan.errors).toEqual([])
    expect(plan.hash).toBe((await withoutResourceGraph()).hash)
    expect(renderPlanComment(plan, { commit: 'abc' })).toContain('impact unknown: Resource Graph did not answer')
  })

  it('renders the impact in the comment (line and team column), the text plan and the JSON plan', async () => {
    const { plan } = await planned()
    const payments = plan.changes.find((c) => c.team === 'payments' && c.impact?.status === 'exact')!
    const impact = payments.impact as { clusters: number; arc: number; aks: number }
    const comment = renderPlanComment(plan, { commit: 'abc' })
    expect(comment).toContain(`Fleet: reaches ${impact.clusters} clusters (${impact.arc} Arc, ${impact.aks} AKS)`)
    expect(comment).toContain('| clusters reached |')
    const text = renderPlanText(plan, { colour: false })
    expect(text).toContain(`fleet: reaches ${impact.clusters} clusters`)
    const json = JSON.parse(renderPlanJson(plan)) as { changes: Array<{ impact?: unknown }> }
    expect(json.changes.every((c) => c.impact !== undefined)).toBe(true)
  })

  it('warns about a change that reaches no cluster (a likely typo in a scope)', async () => {
    const copy = copyOfExamples()
    copy.edit('teams/data/pipelines.yaml', (t) => t.replace('resourceGroups/rg-ml', 'resourceGroups/rg-mll'))
    copy.edit('flux-policy.yaml', (t) => t.replaceAll('resourceGroups/rg-ml', 'resourceGroups/rg-mll'))
    const { plan } = await planned(copy.root)
    const typo = plan.warnings.filter((w) => w.code === 'no-clusters')
    expect(typo).toHaveLength(1)
    expect(typo[0]!.message).toContain('rg-mll')
    const change = plan.changes.find((c) => c.key === typo[0]!.assignmentKey)!
    expect(renderPlanComment(plan, { commit: 'abc' })).toContain('reaches no cluster — check the scope for a typo')
    expect(change.impact).toMatchObject({ clusters: 0 })
  })

  it('checks role-assignment limits against the role assignments already there', async () => {
    const { plan: clean } = await planned()
    expect(clean.errors).toEqual([])
    const sub = '/subscriptions/11111111-1111-1111-1111-111111111111'
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${sub}/providers/Microsoft.Authorization/roleAssignments/${i}`,
        name: String(i),
        type: 'microsoft.authorization/roleassignments',
        subscriptionId: '11111111-1111-1111-1111-111111111111',
        properties: { scope: sub }
      }))
    const planned1111 = clean.roleAssignments.filter((r) => r.scope.startsWith(sub)).length
    expect(planned1111).toBeGreaterThan(0)
    const full = await planned('examples', engine({ authorizationresources: rows(4000 - planned1111 + 1) }))
    expect(full.plan.errors.map((e) => e.code)).toEqual(['azure-limit'])
    expect(full.plan.errors[0]!.message).toContain(`holds ${4000 - planned1111 + 1} role assignments`)
    const fits = await planned('examples', engine({ authorizationresources: rows(4000 - planned1111) }))
    expect(fits.plan.errors).toEqual([])
  })
})
