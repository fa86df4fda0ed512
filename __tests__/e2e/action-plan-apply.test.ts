import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent, pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { PLAN_MARKER } from '../../src/render/plan/plan-markdown.js'
import { stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { actionInputs, runBundledAction, runnerEnv as runnerEnvOf } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  // Frozen simulated time: a new identity stays unreplicated (PrincipalNotFound) until the first refusal moves the
  // clock past the replication delay, so the apply waits and retries exactly once, however fast this machine is.
  azure = await startAzureEmulator({ fleet: 'demo', clock: createSimulatedClock() })
  azure.requests.onRecord((r) => {
    if (r.route === 'roleAssignments.create' && r.status === 400)
      azure.clock.advance(azure.settings.principalReplicationDelayMs)
  })
  github = await startGitHubEmulator()
  workspace = copyPolicyRoot('fp-e2e-', 'fleet-policies')
})

afterAll(() => stopAll(azure, github))

/** What a workflow with `id-token: write` and the repository's Azure variables gives the action. */
const runnerEnv = (token: string): NodeJS.ProcessEnv => runnerEnvOf(azure, github, { GITHUB_TOKEN: token })

const inputs = (token: string, extra: Record<string, string> = {}) =>
  actionInputs(azure, github, {
    mode: 'auto',
    root: '.',
    'github-token': token,
    'plan-file': 'out/plan.json',
    ...extra
  })

/** The action on `event` with the bot's token, as the workflow runs it on the repository's own events. */
const runWithBot = (eventName: string, event: unknown) =>
  runBundledAction({
    workspace,
    inputs: inputs(github.tokens.bot),
    env: runnerEnv(github.tokens.bot),
    eventName,
    event
  })

const planComments = (number: number) =>
  github.state.comments.filter((c) => c.issueNumber === number && c.body.includes(PLAN_MARKER))
const azureWrites = () =>
  azure.requests.filter(
    (r) => r.method !== 'GET' && !r.path.includes('/oauth2/') && r.route !== 'resourceGraph.resources'
  )

describe('the action on a pull request, then on the merge (dist/index.js against both emulators)', () => {
  it('plans a pull request into one sticky comment, writing nothing to Azure', async () => {
    const event = pullRequestEvent(github, { action: 'opened', number: 1 })
    const run = await runWithBot('pull_request', event)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({
      'has-changes': 'true',
      creates: '8',
      updates: '0',
      deletes: '0',
      'plan-file': 'out/plan.json'
    })
    const [comment] = planComments(1)
    expect(planComments(1)).toHaveLength(1)
    expect(comment!.body).toContain('**8 to create.**')
    expect(comment!.body).toContain('@contoso/payments')
    expect(run.summary).toContain('## flux-policy plan')
    expect(azureWrites()).toEqual([])
  })

  it('updates the same comment on the next push', async () => {
    const event = pullRequestEvent(github, { action: 'synchronize', number: 1 })
    const run = await runWithBot('pull_request', event)
    expect(run.status).toBe(0)
    expect(planComments(1)).toHaveLength(1)
    expect(planComments(1)[0]!.body).toContain(event.pull_request.head.sha.slice(0, 12))
  })

  it('validates a fork pull request without credentials and without failing', async () => {
    const event = pullRequestEvent(github, { action: 'opened', number: 2 })
    const env = {
      ...runnerEnv(github.tokens.readOnlyBot),
      ACTIONS_ID_TOKEN_REQUEST_URL: '',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
    }
    const run = await runBundledAction({
      workspace,
      inputs: inputs(github.tokens.readOnlyBot, { 'tenant-id': '', 'client-id': '' }),
      env,
      eventName: 'pull_request',
      event
    })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('fork')
    expect(run.summary).toContain('policy files valid')
  })

  it('applies on the push of the merge, then a second apply changes nothing', async () => {
    github.mergePullRequest(1)
    const event = pushEvent(github)
    const first = await runWithBot('push', event)
    expect(first.stdout).not.toContain('::error')
    expect(first.status).toBe(0)
    expect(first.outputs.applied).toBe('8')
    expect(first.summary).toContain('✓ the same plan that was reviewed')
    const created = azureWrites().filter((r) => r.method === 'PUT' && r.path.includes('policyAssignments'))
    expect(created).toHaveLength(8)
    expect(azure.requests.forRoute('roleAssignments.create').filter((r) => r.status === 400).length).toBeGreaterThan(0)

    const second = await runWithBot('push', event)
    expect(second.status).toBe(0)
    expect(second.summary).toContain('the reviewed changes were applied by an earlier run')
    expect(second.summary).toContain('8 of its changes were applied by an earlier run')
    expect(second.summary).not.toContain('differs')
  })

  it('comments the problems instead of a plan when the files are invalid, without reading Azure', async () => {
    const broken = copyPolicyRoot('fp-e2e-bad-', 'fleet-policies')
    writeFileSync(
      join(broken, 'teams/data/extra.yaml'),
      'team: data\nsources:\n  - name: extra\n    scope: /subscriptions/22222222-2222-2222-2222-222222222222\n    git: { url: ftp://example.com/r, branch: main }\n'
    )
    const before = azure.requests.length
    const event = pullRequestEvent(github, { action: 'synchronize', number: 1 })
    const run = await runBundledAction({
      workspace: broken,
      inputs: inputs(github.tokens.bot),
      env: runnerEnv(github.tokens.bot),
      eventName: 'pull_request',
      event
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error title=flux-policy url-scheme,file=teams\/data\/extra\.yaml,line=5,/)
    expect(planComments(1)).toHaveLength(1)
    expect(planComments(1)[0]!.body).toContain('| `teams/data/extra.yaml:5:')
    expect(azure.requests.length).toBe(before)
  })

  it('refuses to apply from a pull request event', async () => {
    const event = pullRequestEvent(github, { action: 'synchronize', number: 1 })
    const run = await runBundledAction({
      workspace,
      inputs: inputs(github.tokens.bot, { mode: 'apply' }),
      env: runnerEnv(github.tokens.bot),
      eventName: 'pull_request',
      event
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Apply runs only on a push to the default branch')
  })
})
