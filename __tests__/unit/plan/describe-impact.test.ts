// The impact line of a change and the team column: deletes name their orphans, lower bounds say so, unknown is unknown.
import type { AssignmentChange } from '../../../src/plan/plan.js'
import type { ChangeImpact } from '../../../src/plan/cluster-impact.js'
import { impactLine, teamReach } from '../../../src/render/plan/describe-impact.js'

const change = (action: 'create' | 'delete', impact: ChangeImpact, kind = 'configuration', team = 'payments') =>
  ({ action, kind, team, key: `${team}|${action}`, name: 'a', scope: '/s', source: 's', impact }) as AssignmentChange
const counted = (over: Partial<ChangeImpact> = {}): ChangeImpact =>
  ({
    status: 'exact',
    clusters: 37,
    arc: 12,
    aks: 25,
    disconnected: 3,
    bySubscription: { a: 30, b: 7 },
    carrying: 30,
    ...over
  }) as ChangeImpact

describe('impactLine', () => {
  it('says what a create reaches', () => {
    expect(impactLine(change('create', counted()))).toBe(
      'reaches 37 clusters (12 Arc, 25 AKS) in 2 subscriptions; 3 disconnected; 30 already carry it'
    )
    expect(impactLine(change('create', counted({ carrying: 1, disconnected: 0 })))).toBe(
      'reaches 37 clusters (12 Arc, 25 AKS) in 2 subscriptions; 1 already carries it'
    )
  })

  it('says how many clusters keep a deleted configuration', () => {
    expect(impactLine(change('delete', counted({ carrying: 1 })))).toContain(
      '1 cluster keeps its Flux configuration after the delete (orphaned'
    )
  })

  it('says when counts are lower bounds, when nothing is reached, and when the impact is unknown', () => {
    expect(impactLine(change('create', counted({ status: 'lower-bound' })))).toMatch(
      /^reaches at least 37 clusters .*lower bounds: the identity cannot read every scope involved\)$/
    )
    expect(impactLine(change('create', counted({ clusters: 0, arc: 0, aks: 0, bySubscription: {} })))).toBe(
      'reaches no cluster — check the scope for a typo'
    )
    expect(impactLine(change('create', { status: 'unknown', reason: 'x' }))).toBe(
      'impact unknown: Resource Graph did not answer'
    )
  })

  it('sums a team’s reach, with ≥ for lower bounds and ? when unknown', () => {
    const changes = [change('create', counted()), change('delete', counted({ status: 'lower-bound', clusters: 5 }))]
    expect(teamReach(changes, 'payments')).toBe('≥42')
    expect(teamReach([...changes, change('create', { status: 'unknown', reason: '' })], 'payments')).toBe('?')
  })
})
