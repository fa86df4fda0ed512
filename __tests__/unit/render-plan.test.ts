import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import { GITHUB_BODY_LIMIT } from '../../src/render/markdown/fit-markdown.js'
import { PLAN_MARKER, renderPlanComment } from '../../src/render/plan/plan-markdown.js'
import { renderPlanJson } from '../../src/render/plan/plan-json.js'
import { renderPlanText } from '../../src/render/plan/plan-text.js'
import { renderForkComment, renderValidationComment } from '../../src/render/validation-comment.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const GOLDEN = '__tests__/fixtures/golden'
const COMMIT = '3f1c2e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e'

/** Compares with a committed golden file; UPDATE_GOLDEN=1 rewrites them for review by eye. */
function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN}/${name}`
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(path, actual)
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run the tests with UPDATE_GOLDEN=1, review the file by eye, and commit it.`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

const desired = (() => {
  const { model } = validatePolicyFiles(readPolicyRoot('examples'))
  return buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
})()

function liveCopy(): LiveAssignment[] {
  return desired.assignments.map((d) => ({
    id: `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
    name: d.name,
    scope: d.scope,
    policyDefinitionId: d.policyDefinitionId,
    displayName: d.displayName,
    description: d.description,
    notScopes: d.notScopes,
    enforcementMode: d.enforcementMode,
    parameters: { ...d.parameters },
    metadata: JSON.parse(JSON.stringify(d.metadata)),
    location: d.location,
    identity: { type: 'SystemAssigned' }
  }))
}

describe('plan comment', () => {
  it('renders a first plan (all creates)', () => {
    const comment = renderPlanComment(buildPlan(desired, []), {
      commit: COMMIT,
      owners: { payments: ['@contoso/payments'] }
    })
    expect(comment.startsWith(PLAN_MARKER)).toBe(true)
    expect(comment).toContain('**8 to create.**')
    expectGolden('plan-create.md', comment)
  })

  it('renders updates and deletions with a banner', () => {
    const live = liveCopy()
    live.find((l) => l.name.includes('payments-apps'))!.parameters.repositoryRefBranch = 'develop'
    const dataSubscription = desired.assignments.find((a) => a.metadata.fluxPolicy.source === 'data-pipelines')!.scope
    const removed = {
      ...desired,
      assignments: desired.assignments.filter((a) => !a.scope.startsWith(dataSubscription))
    }
    const comment = renderPlanComment(buildPlan(removed, live), { commit: COMMIT })
    expect(comment).toContain('This plan deletes 2 policy assignments')
    expect(comment).toMatch(/^! parameters\.repositoryRefBranch: "develop" → "main"$/m)
    expectGolden('plan-update-delete.md', comment)
  })

  it('renders a small plan: one parameter of one source', () => {
    const live = liveCopy()
    live.find((l) => l.name.includes('data-pipelines'))!.parameters.bucketSyncInterval = 600
    const comment = renderPlanComment(buildPlan(desired, live), { commit: COMMIT })
    expect(comment).toContain('**1 to update.**')
    expectGolden('plan-small.md', comment)
  })

  it('says "No changes." when Azure matches', () => {
    const comment = renderPlanComment(buildPlan(desired, liveCopy()), { commit: COMMIT })
    expect(comment).toContain('**No changes.**')
    expect(comment).not.toContain('<details>')
  })

  it('never exceeds the limit: keeps the summary, cuts on line boundaries, points to the rest', () => {
    const plan = buildPlan(desired, [])
    for (const limit of [3000, 4000, 6000]) {
      const comment = renderPlanComment(plan, { commit: COMMIT, planFile: 'plan.json', limit })
      expect(comment.length).toBeLessThanOrEqual(limit)
      expect(comment).toContain('**8 to create.**')
      expect(comment).toContain('The full plan is in the job summary')
      expect(comment.split('```').length % 2).toBe(1)
    }
    expectGolden('plan-truncated.md', renderPlanComment(plan, { commit: COMMIT, planFile: 'plan.json', limit: 4000 }))
    expect(renderPlanComment(plan, { commit: COMMIT }).length).toBeLessThan(GITHUB_BODY_LIMIT)
  })
})

describe('plan text and JSON', () => {
  it('colours only when asked', () => {
    const plan = buildPlan(desired, [])
    expect(renderPlanText(plan, { colour: false })).not.toContain('\x1b[')
    expect(renderPlanText(plan, { colour: true })).toContain('\x1b[32m+')
    expect(renderPlanText(plan, { colour: false })).toMatch(/Plan: 8 to create\. \(hash [0-9a-f]{16}\)$/)
  })

  it('writes the documented JSON document', () => {
    const json = JSON.parse(renderPlanJson(buildPlan(desired, []), { commit: COMMIT }))
    expect(json).toMatchObject({
      version: 1,
      repository: 'contoso/fleet-policies',
      commit: COMMIT,
      summary: { create: 8, update: 0, delete: 0, noop: 0 }
    })
    expect(json.changes[0]).toEqual(
      expect.objectContaining({ action: 'create', kind: 'extension', parameters: expect.any(Object) })
    )
  })
})

describe('comments without a plan', () => {
  it('lists validation problems with their places', () => {
    const problems = [
      {
        file: 'teams/data/pipelines.yaml',
        line: 7,
        column: 12,
        rule: 'url-scheme' as const,
        message: '`sources[0].bucket.url` must start with http://, https:// or s3:// (got `ftp://x`).'
      },
      {
        file: 'teams/data/pipelines.yaml',
        line: 9,
        column: 7,
        rule: 'unknown-key' as const,
        message: 'Unknown key `nmae` in `sources[0].bucket`. Did you mean `name`? | pipes are escaped'
      }
    ]
    const comment = renderValidationComment(problems, COMMIT, (f) => `policies/${f}`)
    expect(comment.startsWith(PLAN_MARKER)).toBe(true)
    expect(comment).toContain('| `policies/teams/data/pipelines.yaml:7:12` | `url-scheme` |')
    expect(comment).toContain('\\| pipes are escaped')
    expectGolden('validation-problems.md', comment)
  })

  it('tells a fork pull request why there is no plan', () => {
    const comment = renderForkComment(4, COMMIT)
    expect(comment).toContain('no plan was made')
    expectGolden('fork.md', comment)
  })
})
