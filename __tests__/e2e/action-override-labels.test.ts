// The override labels widen what apply deletes, and triage users may label a pull request without being able to
// merge it. As the runner runs it (dist/index.js against the Azure and GitHub emulators, frozen clock): a
// `flux-policy:remove-orphaned-configurations` (and `flux-policy:allow-deletes`) label a triage user added is not
// honoured (the orphans stay, a warning says why); the same labels added by a maintainer remove them.
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { productEnv } from '../../emulator/product-env.js'
import { actionInputs, onDefaultBranch, runBundledAction, runnerEnv } from '../helpers/run-action.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { runNodeAsync } from '../helpers/run-node.js'

const PAYMENTS_URL = 'https://github.com/contoso/payments-gitops'
const REMOVE = 'flux-policy:remove-orphaned-configurations'
const ALLOW = 'flux-policy:allow-deletes'
const TRIAGE_TOKEN = 'ghp_EmulatedTriageUserTim000001'
let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string
let original: string

beforeAll(async () => {
  azure = await startAzureEmulator({
    fleet: 'demo',
    clock: createSimulatedClock(),
    simulation: { principalReplicationDelayMs: 0, roleAssignmentPropagationDelayMs: 0 }
  })
  github = await startGitHubEmulator({
    seed: {
      accounts: [{ login: 'tim-triage' }],
      tokens: [{ token: TRIAGE_TOKEN, login: 'tim-triage', kind: 'user', permission: 'write' }],
      collaborators: [{ login: 'tim-triage', role: 'triage' }],
      pullRequests: [{ number: 3, title: 'payments: delete payments-apps again', author: 'mona' }]
    }
  })
  workspace = copyPolicyRoot('fp-override-labels-', 'fleet-policies')
  original = readFileSync(join(workspace, 'teams/payments/apps.yaml'), 'utf8')
  await applyByCli()
}, 300_000)

afterAll(async () => {
  await azure?.stop()
  await github?.stop()
})

/** Applies the workspace as it is (the CLI), then lets a day pass: remediations deploy the configurations. */
async function applyByCli(): Promise<void> {
  const applied = await runNodeAsync(
    resolve('dist/cli.js'),
    ['apply', '--yes', '--allow-deletes', '--root', workspace, '--repository', 'contoso/fleet-policies'],
    { env: { PATH: process.env.PATH, ...productEnv(azure) } }
  )
  if (applied.status !== 0) throw new Error(`apply failed: ${applied.stdout}${applied.stderr}`)
  azure.clock.advance(24 * 3_600_000)
}

const paymentsClusters = () =>
  azure.fleet.clusters
    .filter((c) =>
      c.fluxConfigurations.some((f) => f.name === 'payments-apps' && f.gitRepository?.url === PAYMENTS_URL)
    )
    .map((c) => c.name)
    .sort()

function deletePaymentsApps(): void {
  writeFileSync(
    join(workspace, 'teams/payments/apps.yaml'),
    original.slice(0, original.indexOf('  # Git over HTTPS with a personal access token')) +
      original.slice(original.indexOf('  # Git over SSH'))
  )
}

/** Labels a pull request with both override labels as `token`'s user, over the REST API. */
async function label(token: string, number: number): Promise<void> {
  const response = await fetch(`${github.apiUrl}/repos/contoso/fleet-policies/issues/${number}/labels`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ labels: [REMOVE, ALLOW] })
  })
  expect(response.status).toBe(200)
}

/** The action's apply on the push of pull request `number`'s merge. */
async function applyMerge(number: number) {
  github.mergePullRequest(number)
  azure.clock.advance(10_000)
  return runBundledAction({
    workspace,
    env: runnerEnv(azure, github, onDefaultBranch(github)),
    eventName: 'push',
    event: pushEvent(github),
    inputs: actionInputs(azure, github, { mode: 'apply', root: '.', 'require-reviewed-plan': 'false' })
  })
}

describe('override labels on the merged pull request (action)', () => {
  it("a triage user's labels do not make apply remove the orphaned configurations", async () => {
    const clusters = paymentsClusters()
    expect(clusters.length).toBeGreaterThan(3)
    await label(TRIAGE_TOKEN, 1)
    deletePaymentsApps()
    const run = await applyMerge(1)
    expect(run.status).toBe(0)
    const orphans = JSON.parse(run.outputs.result!).orphans
    expect(orphans.found).toHaveLength(clusters.length)
    expect(orphans.removed).toEqual([])
    expect(orphans.kept).toContain('Removing them is not enabled')
    for (const name of [REMOVE, ALLOW])
      expect(run.stdout).toMatch(new RegExp(`::warning[^\\n]*'${name}' on pull request #1 was not honoured`))
    expect(run.stdout).toContain('tim-triage, who added it, may not write to the repository')
    expect(paymentsClusters()).toEqual(clusters)
  })

  it("a maintainer's labels do", async () => {
    writeFileSync(join(workspace, 'teams/payments/apps.yaml'), original)
    await applyByCli()
    const clusters = paymentsClusters()
    expect(clusters.length).toBeGreaterThan(3)
    await label(github.tokens.human, 3)
    deletePaymentsApps()
    const run = await applyMerge(3)
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('was not honoured')
    expect(JSON.parse(run.outputs.result!).orphans.removed).toHaveLength(clusters.length)
    azure.clock.advance(10 * 60_000)
    expect(paymentsClusters()).toEqual([])
  })
})
