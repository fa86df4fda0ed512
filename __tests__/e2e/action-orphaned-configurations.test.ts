// #14's audit side as the runner runs it (dist/index.js against the Azure and GitHub emulators, frozen clock): the
// action's apply deletes a source without the opt-in and records what it left in a flux-orphans issue; the nightly
// audit lists the clusters there; once the configurations are removed by hand (over ARM) and Resource Graph has
// caught up, the audit closes the issue and follows the source no more.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AzureEmulator } from '../../emulator/index.js'
import { pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { clusterId } from '../../emulator/fleet/fleet-model.js'
import { armCall } from '../helpers/arm-call.js'
import { applyOrThrow } from '../helpers/cli-run.js'
import { clustersCarrying, startDemoAzure, stopAll } from '../helpers/emulators.js'
import { echoedIn, echoingCredentials } from '../helpers/echoed-credentials.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { IDENTITIES_AND_ROLES_AT_ONCE } from '../helpers/principal-type.js'
import { actionInputs, NIGHTLY_SCHEDULE, onDefaultBranch, runBundledAction, runnerEnv } from '../helpers/run-action.js'

const PAYMENTS_URL = 'https://github.com/contoso/payments-gitops'
let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  azure = await startDemoAzure({ simulation: IDENTITIES_AND_ROLES_AT_ONCE })
  github = await startGitHubEmulator()
  workspace = copyPolicyRoot('fp-orphans-audit-', 'fleet-policies')
  await applyOrThrow(azure, workspace)
  azure.clock.advance(24 * 3_600_000) // remediations deploy the configurations
}, 300_000)

afterAll(() => stopAll(azure, github))

/** The clusters carrying the payments-apps configuration of the payments repository. */
const paymentsClusters = () => clustersCarrying(azure, 'payments-apps', PAYMENTS_URL)
const orphanIssues = () => github.state.issues.filter((i) => i.labels.includes('flux-orphans'))

const env = (): NodeJS.ProcessEnv => runnerEnv(azure, github, onDefaultBranch(github))
const inputs = (extra: Record<string, string> = {}) =>
  actionInputs(azure, github, { mode: 'auto', root: '.', ...extra })

/** A run a few simulated seconds later (Resource Graph's quota window refills on the simulated clock). */
async function action(eventName: 'push' | 'schedule', extra: Record<string, string> = {}) {
  azure.clock.advance(10_000)
  return runBundledAction({
    workspace,
    env: env(),
    eventName,
    event: eventName === 'push' ? pushEvent(github) : NIGHTLY_SCHEDULE,
    inputs: inputs(extra)
  })
}

/** Deletes the payments-apps source from the team file. */
function deletePaymentsApps(): void {
  const file = join(workspace, 'teams/payments/apps.yaml')
  const text = readFileSync(file, 'utf8')
  writeFileSync(
    file,
    text.slice(0, text.indexOf('  # Git over HTTPS with a personal access token')) +
      text.slice(text.indexOf('  # Git over SSH'))
  )
}

let original: string

describe('configurations a deleted source leaves, followed by the audit (action)', () => {
  let clusters: string[]

  it('apply deletes the source without the opt-in and records what it left in one flux-orphans issue', async () => {
    clusters = paymentsClusters()
    expect(clusters.length).toBeGreaterThan(3)
    original = readFileSync(join(workspace, 'teams/payments/apps.yaml'), 'utf8')
    deletePaymentsApps()
    const run = await action('push', { 'require-reviewed-plan': 'false' })
    expect(run.stdout).not.toContain('::error')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.outputs.result!).orphans.found).toHaveLength(clusters.length)
    const [issue, ...others] = orphanIssues()
    expect(others).toEqual([])
    expect(issue!.state).toBe('open')
    expect(issue!.title).toBe(`Orphaned Flux configurations of payments/payments-apps: ${clusters.length} clusters`)
    for (const name of clusters) expect(issue!.body).toContain(`\`${name}\``)
    expect(paymentsClusters()).toEqual(clusters)
  })

  it('the audit lists the same clusters there, writing nothing while nothing changed', async () => {
    const before = orphanIssues()[0]!.body
    const run = await action('schedule')
    expect(run.stdout).not.toContain('::error')
    expect(run.outputs['orphaned-configurations']).toBe(String(clusters.length))
    expect(run.summary).toContain('### Orphaned Flux configurations (deleted sources)')
    expect(run.summary).toMatch(
      new RegExp(`\\| \`payments/payments-apps\` \\| \`payments-apps\` \\| ${clusters.length} \\|`)
    )
    expect(orphanIssues()).toHaveLength(1)
    expect(orphanIssues()[0]!.body).toBe(before)
  })

  it('updates the issue when some are removed by hand, and closes it once none is left', async () => {
    const remove = async (name: string) => {
      const cluster = azure.fleet.clusters.find((c) => c.name === name)!
      const path = `${clusterId(cluster)}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-apps`
      const deleted = await armCall(azure, 'DELETE', `${path}?api-version=2024-11-01`)
      expect([200, 202, 204]).toContain(deleted.status)
    }
    await remove(clusters[0]!)
    azure.clock.advance(10 * 60_000) // the delete completes; Resource Graph catches up (seconds)
    expect(paymentsClusters()).toEqual(clusters.slice(1))
    const partly = await action('schedule')
    expect(partly.outputs['orphaned-configurations']).toBe(String(clusters.length - 1))
    expect(orphanIssues()[0]).toMatchObject({ state: 'open', title: expect.stringContaining(`${clusters.length - 1}`) })
    expect(orphanIssues()[0]!.body).not.toContain(`\`${clusters[0]}\``)

    for (const name of clusters.slice(1)) await remove(name)
    azure.clock.advance(10 * 60_000)
    expect(paymentsClusters()).toEqual([])
    // Past the write budget, the close waits for the next run.
    const starved = await action('schedule', { 'max-issue-writes': '0' })
    expect(starved.summary).toMatch(/deferred to the next run \(max-issue-writes: 0\)/)
    expect(orphanIssues()[0]!.state).toBe('open')
    const closing = await action('schedule')
    expect(closing.stdout).not.toContain('::error')
    expect(closing.outputs['orphaned-configurations']).toBe('0')
    const [issue] = orphanIssues()
    expect(issue!.state).toBe('closed')
    expect(github.state.comments.filter((c) => c.issueNumber === issue!.number).at(-1)!.body).toContain(
      'No cluster in the old scope keeps the configuration any more'
    )
    // Resolved: the next audit no longer follows the source (no orphan query, no write).
    const writes = github.state.comments.length
    const after = await action('schedule')
    expect(after.summary).not.toContain('Orphaned Flux configurations (deleted sources)')
    expect(github.state.comments.length).toBe(writes)
    expect(orphanIssues()[0]!.state).toBe('closed')
  })

  it('an apply whose token may not write issues still succeeds, and warns that the orphans were not recorded', async () => {
    const file = join(workspace, 'teams/payments/apps.yaml')
    writeFileSync(file, original)
    expect((await action('push', { 'require-reviewed-plan': 'false' })).status).toBe(0)
    azure.clock.advance(24 * 3_600_000)
    expect(paymentsClusters().length).toBeGreaterThan(0)
    deletePaymentsApps()
    const run = await action('push', { 'require-reviewed-plan': 'false', 'github-token': github.tokens.readOnlyBot })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/::warning[^\n]*could not be recorded for the audit[^\n]*issues: write/)
    expect(orphanIssues()).toHaveLength(1)
    expect(orphanIssues()[0]!.state).toBe('closed')
  })

  // The write of the record fails (an outcome of the issue sync), or the listing before it (thrown).
  it.each(['issues.create', 'issues.listForRepo'])(
    'a GitHub error whose message echoes request credentials (%s) is a warning with the reason, credentials hidden',
    async (route) => {
      const file = join(workspace, 'teams/payments/apps.yaml')
      writeFileSync(file, original)
      expect((await action('push', { 'require-reviewed-plan': 'false' })).status).toBe(0)
      azure.clock.advance(24 * 3_600_000)
      deletePaymentsApps()
      github.faults.inject(route, echoingCredentials())
      const run = await action('push', { 'require-reviewed-plan': 'false' })
      expect(github.faults.pending()).toEqual({})
      expect(run.status).toBe(0)
      const warning = run.stdout.split('\n').find((line) => line.includes('could not be recorded for the audit'))
      expect(warning).toMatch(/^::warning[^\n]*Resource not accessible by integration[^\n]*\[secret hidden\]/)
      expect(echoedIn(run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs))).toEqual([])
      expect(orphanIssues().filter((i) => i.state === 'open')).toEqual([])
    }
  )
})
