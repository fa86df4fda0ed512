import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import type { DesiredAssignment, DesiredState } from '../../src/desired/desired-assignment.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { changeFingerprints } from '../../src/plan/change-fingerprints.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import type { Plan } from '../../src/plan/plan.js'
import { checkAgainstReviewed, reviewRefusal } from '../../src/apply/reviewed-plan.js'
import { renderPlanComment } from '../../src/render/plan/plan-markdown.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const REPO = 'contoso/fleet-policies'

function desiredOf(edit: (text: string, path: string) => string = (t) => t): DesiredState {
  const files = readPolicyRoot('examples').map((f) => ({ ...f, text: edit(f.text, f.path) }))
  const { model, problems } = validatePolicyFiles(files)
  expect(problems).toEqual([])
  return buildDesiredState(model!, { repository: REPO })
}

/** An assignment as a run wrote it (what the plan compares; the round trip itself is plan.test.ts's). */
function written(d: DesiredAssignment): LiveAssignment {
  return {
    id: `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
    name: d.name,
    scope: d.scope,
    policyDefinitionId: d.policyDefinitionId,
    displayName: d.displayName,
    description: d.description,
    notScopes: [...d.notScopes],
    enforcementMode: d.enforcementMode,
    parameters: { ...d.parameters },
    metadata: JSON.parse(JSON.stringify(d.metadata)) as Record<string, unknown>,
    location: d.location,
    identity: { type: 'SystemAssigned', principalId: '00000000-0000-0000-0000-00000000000a' }
  }
}

const reviewedOf = (plan: Plan) => ({ hash: plan.hash, changes: changeFingerprints(plan) })
const desired = desiredOf()
const reviewed = buildPlan(desired, [])

describe('checkAgainstReviewed', () => {
  it('is the same plan when the hashes match', () => {
    expect(checkAgainstReviewed(buildPlan(desired, []), reviewedOf(reviewed))).toEqual({ kind: 'same' })
  })

  it('continues the reviewed plan after a run applied part of it', () => {
    const applied = desired.assignments.slice(0, 4).map(written)
    const rest = buildPlan(desired, applied)
    expect(rest.hash).not.toBe(reviewed.hash)
    expect(checkAgainstReviewed(rest, reviewedOf(reviewed))).toEqual({ kind: 'continues', alreadyLive: 4 })
  })

  it('continues with nothing left when an earlier run applied all of it', () => {
    const all = buildPlan(desired, desired.assignments.map(written))
    expect(checkAgainstReviewed(all, reviewedOf(reviewed))).toEqual({
      kind: 'continues',
      alreadyLive: desired.assignments.length
    })
  })

  it('names a change the reviewed plan had with other target values', () => {
    const changed = desiredOf((text, path) =>
      path.endsWith('pipelines.yaml') ? text.replace('syncInterval: 15m', 'syncInterval: 20m') : text
    )
    const check = checkAgainstReviewed(buildPlan(changed, []), reviewedOf(reviewed))
    expect(check.kind).toBe('differs')
    expect(check.kind === 'differs' && check.unreviewed).toEqual([
      expect.stringMatching(/^create of \S+ at \/subscriptions\/2{8}-.* \(data\/data-pipelines\)$/)
    ])
  })

  it('names an update the reviewed plan did not contain, with its fields', () => {
    const live = desired.assignments.map(written)
    const edited = live.map((a) =>
      a.name.includes('pipelines') ? { ...a, parameters: { ...a.parameters, bucketName: 'by-hand' } } : a
    )
    const reviewedNothing = buildPlan(desired, live)
    const check = checkAgainstReviewed(buildPlan(desired, edited), reviewedOf(reviewedNothing))
    expect(check.kind === 'differs' && check.unreviewed).toEqual([
      expect.stringMatching(/^update of \S+ at .*\(data\/data-pipelines\): parameters\.bucketName$/)
    ])
    expect(reviewRefusal(check, 'abc')).toMatch(
      /^The plan made now \(abc\) has changes the reviewed plan did not: update of .*parameters\.bucketName\. /
    )
  })

  it('refuses by hash alone when the comment recorded no changes, and when nothing was reviewed', () => {
    const rest = buildPlan(desired, desired.assignments.slice(0, 4).map(written))
    expect(checkAgainstReviewed(rest, { hash: reviewed.hash }).kind).toBe('differs')
    expect(checkAgainstReviewed(rest, undefined)).toEqual({ kind: 'none-reviewed' })
    expect(reviewRefusal({ kind: 'none-reviewed' }, rest.hash)).toMatch(/No reviewed plan was found/)
    expect(reviewRefusal({ kind: 'continues', alreadyLive: 4 }, rest.hash)).toBeUndefined()
  })

  it('reads back from the plan comment what the apply compares with', () => {
    const body = renderPlanComment(reviewed, { commit: 'c0ffee' })
    const recorded = /<!-- flux-policy:plan-changes ([0-9a-f,]*) -->/.exec(body)?.[1]?.split(',')
    expect(recorded).toEqual(changeFingerprints(reviewed))
    expect(recorded).toHaveLength(reviewed.changes.length)
  })
})
