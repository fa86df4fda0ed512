import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { buildDesiredState } from '../../../src/desired/build-desired-state.js'
import { buildPlan } from '../../../src/plan/build-plan.js'
import type { ApplyOutcome } from '../../../src/commands/apply.js'
import type { ApplyResult } from '../../../src/apply/apply-result.js'
import type { ReviewCheck } from '../../../src/apply/reviewed-plan.js'
import { applyRefusal, applyStepResult, type ApplyStepFacts } from '../../../src/action/apply-step.js'
import { auditRefusal } from '../../../src/action/audit-step.js'
import { validateStepResult } from '../../../src/action/validate-step.js'
import type { RunContext } from '../../../src/github/run-context.js'
import { readPolicyRoot } from '../../helpers/policy-root.js'

const repository = { owner: 'contoso', repo: 'fleet-policies' }
const settings = { workspace: '/w', root: '.' } as const
const { model } = validatePolicyFiles(readPolicyRoot('examples'))
const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
const plan = buildPlan(desired, [])

function facts(result: ApplyResult, review: ReviewCheck, extra: Partial<ApplyStepFacts> = {}): ApplyStepFacts {
  const outcome: ApplyOutcome = {
    kind: 'applied',
    planned: { kind: 'planned', plan, desired, scopesRead: [], teamOwners: {} },
    result,
    review
  }
  return {
    outcome,
    settings,
    context: { repository, sha: 'a'.repeat(40) },
    pr: { number: 7, labels: [] },
    reviewed: { hash: 'feedface' },
    remediations: [],
    ...extra
  }
}

const succeeded: ApplyResult = {
  succeeded: true,
  outcomes: [
    {
      key: 'k',
      name: 'fp-payments-apps',
      scope: '/subscriptions/1',
      team: 'payments',
      source: 'apps',
      action: 'create',
      status: 'succeeded',
      rolesGranted: []
    }
  ]
}

describe('the apply step result', () => {
  it('records outputs and a summary, and the same report as the comment on the merged pull request', () => {
    const result = applyStepResult(facts(succeeded, { kind: 'same' }))
    expect(result.outputs).toMatchObject({ 'plan-hash': plan.hash, applied: '1', failed: '0' })
    expect(JSON.parse(result.outputs.result!)).toEqual({ outcomes: succeeded.outcomes })
    expect(result.summary).toContain('**✓ Applied** 1 change.')
    expect(result.comment?.target).toMatchObject({
      ...repository,
      issueNumber: 7,
      marker: `<!-- flux-policy:apply --><!-- ${'a'.repeat(40)} -->`
    })
    expect(result.comment?.body).toContain('**✓ Applied** 1 change.')
    expect(result.failure).toBeUndefined()
    expect(result.messages).toEqual([])
  })

  it('says an earlier run applied the reviewed changes when nothing was left to do', () => {
    const result = applyStepResult(facts({ succeeded: true, outcomes: [] }, { kind: 'continues', alreadyLive: 11 }))
    expect(result.summary).toContain('the reviewed changes were applied by an earlier run')
    expect(result.summary).toContain('11 of its changes were applied by an earlier run')
    expect(result.summary).not.toMatch(/differs|already matched/)
    expect(result.messages).toEqual([])
  })

  it('warns, naming the changes, when the plan applied had changes the reviewed plan did not (require-reviewed-plan off)', () => {
    const result = applyStepResult(
      facts(succeeded, { kind: 'differs', unreviewed: ['update of fp-x at /s (t/x): parameters.url'] })
    )
    expect(result.messages).toEqual([
      { level: 'warning', text: expect.stringContaining('update of fp-x at /s (t/x): parameters.url') }
    ])
  })

  it('fails with the refusal, and with a partial failure says a re-run converges', () => {
    expect(
      applyStepResult(
        facts({ refused: 'No reviewed plan was found', outcomes: [], succeeded: false }, { kind: 'none-reviewed' })
      ).failure
    ).toBe('No reviewed plan was found')
    const partial: ApplyResult = {
      succeeded: false,
      outcomes: [{ ...succeeded.outcomes[0]!, status: 'failed', reason: 'boom' }]
    }
    const result = applyStepResult(facts(partial, { kind: 'same' }))
    expect(result.failure).toBe('1 assignment(s) failed; see the summary. Re-running converges.')
    expect(result.outputs.failed).toBe('1')
  })

  it('comments nowhere when no merged pull request was found, but still records outputs and summary', () => {
    const result = applyStepResult(facts(succeeded, { kind: 'none-reviewed' }, { pr: undefined, reviewed: undefined }))
    expect(result.comment).toBeUndefined()
    expect(result.summary).toContain('no reviewed plan was found')
    expect(result.outputs.applied).toBe('1')
  })

  it('reports invalid files as annotations and fails, writing nothing', () => {
    const problems = [{ file: 'teams/a.yaml', line: 3, column: 5, rule: 'url-scheme', message: 'bad url' }]
    const result = applyStepResult({
      ...facts(succeeded, { kind: 'same' }),
      outcome: { kind: 'invalid', problems, fileCount: 4 } as ApplyOutcome
    })
    expect(result.messages).toEqual([
      {
        level: 'error',
        text: 'bad url',
        properties: { title: 'flux-policy url-scheme', file: 'teams/a.yaml', startLine: 3, startColumn: 5 }
      }
    ])
    expect(result.failure).toMatch(/^1 problems in the policy files; nothing was written/)
    expect(result.comment).toBeUndefined()
  })
})

describe('the validate step result', () => {
  it('is outputs and a summary, and fails with the count', () => {
    const ok = validateStepResult([], 4, { workspace: '/w', root: '.' } as never)
    expect(ok).toMatchObject({ outputs: { valid: 'true', 'problem-count': '0' }, failure: undefined })
    const bad = validateStepResult([{ file: 'a.yaml', line: 1, column: 1, rule: 'r', message: 'm' }] as never, 4, {
      workspace: '/w',
      root: 'p'
    } as never)
    expect(bad.outputs).toEqual({ valid: 'false', 'problem-count': '1' })
    expect(bad.messages[0]?.properties?.file).toBe('p/a.yaml')
    expect(bad.failure).toBe('1 problem in the policy files; see the annotations and the job summary.')
  })
})

describe('which runs may act', () => {
  const context = (eventName: string, ref: string, defaultBranch?: string): RunContext => ({
    eventName,
    ref,
    defaultBranch,
    repository,
    sha: 'a',
    apiUrl: 'https://api.github.com'
  })

  it('audits on schedule, and on workflow_dispatch only from the default branch', () => {
    expect(auditRefusal(context('schedule', 'refs/heads/main'))).toBeUndefined()
    expect(auditRefusal(context('workflow_dispatch', 'refs/heads/main', 'main'))).toBeUndefined()
    expect(auditRefusal(context('workflow_dispatch', 'refs/heads/feature', 'main'))).toMatch(
      /^The audit runs only on the default branch \(main\), not on refs\/heads\/feature;/
    )
    expect(auditRefusal(context('workflow_dispatch', 'refs/heads/main'))).toMatch(
      /only on the default branch, not on refs\/heads\/main/
    )
    expect(auditRefusal(context('push', 'refs/tags/v1', 'main'))).toMatch(/not on refs\/tags\/v1/)
  })

  it('applies only on a push to the default branch', () => {
    expect(applyRefusal(context('push', 'refs/heads/main', 'main'))).toBeUndefined()
    expect(applyRefusal(context('push', 'refs/heads/feature', 'main'))).toMatch(/not on refs\/heads\/feature/)
    expect(applyRefusal(context('workflow_dispatch', 'refs/heads/main', 'main'))).toMatch(
      /not on 'workflow_dispatch' events/
    )
  })
})
