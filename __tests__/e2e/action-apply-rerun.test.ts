// Re-runs of the apply job as the runner runs it (dist/index.js against both emulators): after a cancelled run, after
// a run whose comment GitHub refused, and after live state changed since review. Also: the audit only on main.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSimulatedClock, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent, pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { APPLY_MARKER } from '../../src/render/apply-markdown.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { actionInputs, runBundledAction, runnerEnv, type ActionRun } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeEach(async () => {
  // Simulated time that follows real time (the emulator's default clock).
  azure = await startDemoAzure({ clock: createSimulatedClock({ rate: 1 }) })
  github = await startGitHubEmulator()
  workspace = copyPolicyRoot('fp-e2e-rerun-', 'fleet-policies')
})

afterEach(() => stopAll(azure, github))

const env = () => runnerEnv(azure, github, { GITHUB_TOKEN: github.tokens.bot })
const inputs = (extra: Record<string, string> = {}) =>
  actionInputs(azure, github, { root: '.', 'require-reviewed-plan': 'true', ...extra })
const ourAssignments = () =>
  azure.context.assignments
    .all()
    .filter((a) => (a.properties.metadata as { managedBy?: string } | undefined)?.managedBy === 'flux-policy')
const applyComments = () => github.state.comments.filter((c) => c.issueNumber === 1 && c.body.includes(APPLY_MARKER))

/** Pull request #1 is planned (the plan comment is the review), then merged; returns the push event of the merge. */
async function reviewAndMerge(): Promise<ReturnType<typeof pushEvent>> {
  const plan = await runBundledAction({
    workspace,
    inputs: inputs(),
    env: env(),
    eventName: 'pull_request',
    event: pullRequestEvent(github, { action: 'opened', number: 1 })
  })
  expect(plan.status).toBe(0)
  github.mergePullRequest(1)
  return pushEvent(github)
}

const apply = (event: unknown, signal?: AbortSignal): Promise<ActionRun> =>
  runBundledAction({ workspace, inputs: inputs({ mode: 'apply' }), env: env(), eventName: 'push', event, signal })

describe('re-running the apply job for the same merge', () => {
  it('finishes what the reviewed plan started after the job was killed mid-apply', async () => {
    const event = await reviewAndMerge()
    // The fifth assignment write on is dropped before Azure writes it, so the kill lands mid-apply however loaded the
    // machine is (the product's retries of a dropped request take seconds; the watch below aborts within milliseconds).
    azure.faults.add({
      method: 'PUT',
      path: '/policyAssignments/',
      sequence: ['pass', 'pass', 'pass', 'pass', ...Array<{ kind: 'drop' }>(100).fill({ kind: 'drop' })]
    })
    const abort = new AbortController()
    const watch = setInterval(() => {
      if (
        azure.requests.filter((r) => r.method === 'PUT' && r.path.includes('/policyAssignments/') && r.status > 0)
          .length >= 4
      )
        abort.abort()
    }, 2)
    const killed = await apply(event, abort.signal).finally(() => clearInterval(watch))
    expect(killed.status).toBeNull()
    expect(ourAssignments()).toHaveLength(4)

    azure.faults.clear()
    const rerun = await apply(event)

    expect(rerun.stdout).not.toContain('::error')
    expect(rerun.status).toBe(0)
    expect(rerun.summary).toContain('the rest of the plan reviewed on the pull request')
    expect(ourAssignments()).toHaveLength(8)
    const again = await apply(event)
    expect(again.status).toBe(0)
    expect(again.summary).toContain('8 of its changes were applied by an earlier run')
  })

  it('keeps the record when GitHub refuses the comment after Azure was written, and the re-run reports it truthfully', async () => {
    const event = await reviewAndMerge()
    github.faults.inject('issues.createComment', {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })

    const first = await apply(event)

    expect(ourAssignments()).toHaveLength(8)
    expect(first.status).toBe(1)
    expect(first.outputs.applied).toBe('8')
    expect(first.outputs.failed).toBe('0')
    expect(first.summary).toContain('**✓ Applied** 8 changes.')
    expect(first.stdout).toMatch(
      /::error::The comment on #1 could not be posted .*what the step did is in its outputs and job summary/
    )
    expect(applyComments()).toEqual([])

    const rerun = await apply(event)

    expect(rerun.status).toBe(0)
    expect(rerun.summary).toContain('the reviewed changes were applied by an earlier run')
    expect(rerun.summary).not.toContain('differs')
    expect(rerun.stdout).not.toContain('::warning')
    expect(applyComments()).toHaveLength(1)
    expect(applyComments()[0]!.body).toContain('8 of its changes were applied by an earlier run')
  })

  it('refuses changes the reviewed plan did not contain, naming them, and writes nothing', async () => {
    const event = await reviewAndMerge()
    const file = join(workspace, 'teams/data/pipelines.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('syncInterval: 15m', 'syncInterval: 20m'))

    const run = await apply(event)

    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /::error::The plan made now \([0-9a-f]+\) has changes the reviewed plan did not: create of \S+ at \/subscriptions\/22222222-2222-2222-2222-222222222222 \(data\/data-pipelines\)\./
    )
    expect(run.stdout).not.toMatch(/payments-apps/)
    expect(ourAssignments()).toEqual([])
  })
})

describe('the audit', () => {
  const dispatch = (ref: string) =>
    runBundledAction({
      workspace,
      inputs: inputs({ mode: 'auto' }),
      env: env(),
      eventName: 'workflow_dispatch',
      event: { ref, inputs: {}, repository: { full_name: 'contoso/fleet-policies', default_branch: 'main' } }
    })

  it('refuses a workflow_dispatch from another branch than the default, touching no issue and reading no Azure', async () => {
    const run = await dispatch('refs/heads/feature/try-things')

    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'The audit runs only on the default branch (main), not on refs/heads/feature/try-things'
    )
    expect(github.state.issues.filter((i) => i.labels.includes('flux-drift'))).toEqual([])
    expect(azure.requests.filter((r) => !r.path.includes('/oauth2/'))).toEqual([])
  })
})
