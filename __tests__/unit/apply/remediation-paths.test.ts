// How apply reaches existing clusters: ReEvaluateCompliance below a management group; at a management group the
// remediation waits for Azure's evaluation (pending, or evaluate the subscriptions below, then remediate).
import type { AssignmentOutcome } from '../../../src/apply/apply-result.js'
import { evaluateThenRemediate, type SubscriptionEvaluations } from '../../../src/apply/evaluate-then-remediate.js'
import { applyRoot } from '../../../src/commands/apply.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { REPOSITORY } from '../commands/policy-copy.js'

const MG = '/providers/Microsoft.Management/managementGroups/contoso-prod'
const apply = async (azure: InMemoryAzure) => {
  const outcome = await applyRoot('examples', REPOSITORY, azure, { allowManyDeletes: false })
  if (outcome.kind !== 'applied') throw new Error('invalid')
  return outcome.result.outcomes.filter((o) => o.kind !== 'definition')
}

describe('remediation paths in apply', () => {
  it('re-evaluates at subscription and resource-group scope, and leaves management-group ones pending evaluation', async () => {
    const azure = new InMemoryAzure()
    const outcomes = await apply(azure)
    const below = outcomes.filter((o) => o.scope !== MG && o.remediationId)
    expect(below.length).toBeGreaterThan(0)
    expect(below.every((o) => o.remediationPath === 're-evaluate')).toBe(true)
    expect(azure.discoveries.every((d) => d === 'ReEvaluateCompliance')).toBe(true)
    const atGroup = outcomes.filter((o) => o.scope === MG)
    expect(atGroup.length).toBeGreaterThan(0)
    for (const o of atGroup) {
      expect(o).toMatchObject({
        remediationPath: 'pending-evaluation',
        pendingRemediation: { name: expect.any(String) }
      })
      expect(o.remediationId).toBeUndefined()
    }
  })

  it('the next run starts the pending remediation (ExistingNonCompliant) once Azure has evaluated the assignment', async () => {
    const azure = new InMemoryAzure()
    await apply(azure)
    const started = azure.discoveries.length
    const again = await apply(azure)
    expect(again.filter((o) => o.scope === MG).every((o) => o.remediationPath === 'pending-evaluation')).toBe(true)
    expect(azure.discoveries.length).toBe(started)

    for (const a of azure.assignments.values()) if (a.scope === MG) azure.evaluated.add(a.id.toLowerCase())
    const third = await apply(azure)
    const atGroup = third.filter((o) => o.scope === MG)
    expect(atGroup.every((o) => o.remediationPath === 'existing-non-compliant' && o.remediationId)).toBe(true)
    expect(azure.discoveries.slice(started)).toEqual(atGroup.map(() => 'ExistingNonCompliant'))
  })
})

describe('evaluateThenRemediate', () => {
  const pending = (name: string): AssignmentOutcome => ({
    key: name,
    name,
    scope: MG,
    team: 'platform',
    source: name,
    action: 'create',
    status: 'succeeded',
    rolesGranted: [],
    remediationPath: 'pending-evaluation',
    pendingRemediation: { assignmentId: `${MG}/providers/Microsoft.Authorization/policyAssignments/${name}`, name }
  })
  const simulated = (evaluationMs: number, fails: string[] = []) => {
    let now = 0
    const triggered: string[] = []
    const started: string[] = []
    const azure: SubscriptionEvaluations = {
      subscriptionsBelow: async () => ['s1', 's2'],
      trigger: async (subscription) => {
        if (fails.includes(subscription)) throw new Error('403 AuthorizationFailed')
        triggered.push(subscription)
        const doneAt = now + evaluationMs
        return async () => now >= doneAt
      },
      startRemediation: async (assignmentId, scope, name, discovery) => {
        started.push(`${name} ${discovery}`)
        return `${scope}/providers/Microsoft.PolicyInsights/remediations/${name}`
      },
      sleep: async (ms) => void (now += ms),
      now: () => now
    }
    return { azure, triggered, started, now: () => now }
  }

  it('evaluates each subscription once, then starts an ExistingNonCompliant remediation per assignment', async () => {
    const world = simulated(3 * 60_000)
    const outcomes = [pending('a'), pending('b')]
    await evaluateThenRemediate(outcomes, world.azure, 30 * 60_000)
    expect(world.triggered).toEqual(['s1', 's2'])
    expect(world.started).toEqual(['a ExistingNonCompliant', 'b ExistingNonCompliant'])
    expect(world.now()).toBeGreaterThanOrEqual(3 * 60_000)
    expect(outcomes[0]).toMatchObject({ remediationPath: 'evaluate-subscriptions', evaluatedSubscriptions: 2 })
    expect(outcomes[0]!.pendingRemediation).toBeUndefined()
  })

  it('leaves the remediation pending, with the reason, when the evaluation does not finish in time or fails', async () => {
    const slow = simulated(60 * 60_000)
    const late = [pending('a')]
    await evaluateThenRemediate(late, slow.azure, 10 * 60_000)
    expect(slow.started).toEqual([])
    expect(late[0]).toMatchObject({ remediationPath: 'pending-evaluation', reason: expect.stringContaining('in time') })

    const refused = simulated(60_000, ['s2'])
    const failed = [pending('b')]
    await evaluateThenRemediate(failed, refused.azure, 10 * 60_000)
    expect(refused.started).toEqual([])
    expect(failed[0]!.reason).toContain('AuthorizationFailed')
  })
})
