// Values from Azure are attacker-influenced (anyone with Contributor on one subscription names things and writes
// Flux configurations there; a cluster's agent writes its error messages; ARM's errors may echo the request). The
// bundled action against both emulators: plan on a pull request, apply on the merge (the direct update fails with
// an ARM error holding hostile text and secrets), then the nightly audit (drift of configurations whose URL and
// error message are hostile). Every comment, issue and job summary it writes keeps only the tool's own markers,
// mentions and links, and shows no secret; no log line starts a workflow command from a value.
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent, pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { fleetWithHostileNames, stopAll } from '../helpers/emulators.js'
import {
  FLUX_UPDATES_FAIL_ECHOING_SECRETS,
  HOSTILE,
  PROTECTED_KEY as KEY,
  prose,
  SOURCE_PAT as PAT
} from '../helpers/hostile-values.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { IDENTITIES_AND_ROLES_AT_ONCE } from '../helpers/principal-type.js'
import { actionInputs, runBundledAction, runnerEnv, type ActionRun } from '../helpers/run-action.js'

const DAY = 24 * 3_600_000
const clock = createSimulatedClock()
let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string
const runs: ActionRun[] = []

beforeAll(async () => {
  azure = await startAzureEmulator({ fleet: fleetWithHostileNames(), clock, simulation: IDENTITIES_AND_ROLES_AT_ONCE })
  azure.faults.add(FLUX_UPDATES_FAIL_ECHOING_SECRETS)
  github = await startGitHubEmulator()
  workspace = copyPolicyRoot('fp-hostile-action-', 'fleet-policies')
}, 300_000)

afterAll(() => stopAll(azure, github))

async function run(eventName: string, event: object, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  clock.advance(10_000)
  const result = await runBundledAction({
    workspace,
    inputs: actionInputs(azure, github, { mode: 'auto', root: '.' }),
    env: runnerEnv(azure, github, { GITHUB_TOKEN: github.tokens.bot, ...env }),
    eventName,
    event
  })
  runs.push(result)
  return result
}

/** The handles the examples' owners name: the only mentions the tool means. */
const OWNERS = /^@contoso\/[a-z-]+$/

/** What every Markdown body the tool writes must hold to, whatever Azure said. */
function expectInertBody(body: string): void {
  expect(body).not.toContain(KEY)
  expect(body).not.toContain(PAT)
  // Hidden comments only on the tool's marker lines.
  const markerLines = body.split('\n').filter((l) => l.includes('<!--'))
  expect(markerLines.every((l) => l.startsWith('<!-- flux-policy:'))).toBe(true)
  expect(body).not.toMatch(/<script|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
  const text = prose(body)
  const mentions = [...text.matchAll(/@[A-Za-z0-9][A-Za-z0-9/_-]*/g)].map((m) => m[0])
  expect(mentions.filter((m) => !OWNERS.test(m))).toEqual([])
  expect(text).not.toMatch(/org\/repo#2|GH-3|https?:\/\/evil|www\.evil|(?<!\\)\]\(javascript|(?<!\\)\*bold/)
}

describe('hostile values from Azure through the action (plan, apply, audit)', () => {
  it('plans the pull request', async () => {
    const plan = await run('pull_request', pullRequestEvent(github, { action: 'opened', number: 1 }))
    expect(plan.status).toBe(0)
  })

  it('applies the merge; the direct update fails with the hostile ARM error', async () => {
    github.mergePullRequest(1)
    const apply = await run('push', pushEvent(github))
    expect(apply.status).toBe(1)
    expect(apply.summary).toContain('### Flux configurations updated on clusters')
    expect(apply.summary).toMatch(/secret hidden/)
    expect(apply.outputs.result).not.toContain(PAT)
    expect(apply.outputs.result).not.toContain(KEY)
  })

  it('audits the fleet nightly: drift issues for the hostile configurations', async () => {
    clock.advance(DAY)
    // Remediation replaced the configurations; their owners change them again: an agent's error, a URL.
    const apps = (name: string) =>
      azure.fleet.clusters.find((c) => c.name === name)!.fluxConfigurations.find((f) => f.name === 'payments-apps')!
    Object.assign(apps('arc-store-0101'), {
      provisioningState: 'Failed',
      complianceState: 'Non-Compliant',
      errorMessage: `unable to clone 'https://flux-bot:${PAT}@github.com/x': ${HOSTILE}`
    })
    apps('arc-store-0102').gitRepository!.url = `https://someone:${PAT}@github.com/someone/fork?${HOSTILE}`
    azure.fleet.changed()
    const repository = github.state.repositories[0]!
    const audit = await run(
      'schedule',
      { schedule: '17 3 * * *' },
      { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: repository.defaultBranchSha }
    )
    expect(audit.summary).toContain('## flux-policy audit')
    expect(github.state.issues.filter((i) => i.labels.includes('flux-drift')).length).toBeGreaterThan(0)
  })

  it('wrote only inert comments, issues and summaries, and no secret anywhere', () => {
    const bodies = [
      ...github.state.comments.map((c) => c.body),
      ...github.state.issues.map((i) => i.body ?? ''),
      ...runs.map((r) => r.summary)
    ]
    expect(bodies.length).toBeGreaterThan(5)
    // The hostile values did reach them: the apply comment (the ARM error) and a drift issue (the agent's error).
    const applyComment = github.state.comments.find((c) => c.body.startsWith('<!-- flux-policy:apply -->'))!
    expect(applyComment.body).toContain('spoofed')
    expect(github.state.issues.filter((i) => i.body?.includes('evil.example')).map((i) => i.title)).not.toEqual([])
    for (const body of bodies) expectInertBody(body)
    for (const issue of github.state.issues) expect(issue.title).not.toMatch(/[\n\u202e\x1b]|@[a-z]/)
    for (const r of runs) {
      const log = r.stdout + r.stderr
      expect(log).not.toContain(PAT)
      expect(log).not.toContain(KEY)
      // Workflow commands only from the tool (@actions/core escapes a value's line breaks).
      expect(log.split('\n').filter((l) => /^::/.test(l) && /spoofed/.test(l.split('::')[1] ?? ''))).toEqual([])
      expect(log).not.toMatch(/[\u001b\u202e]/)
    }
  })
})
