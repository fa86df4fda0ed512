// The nightly audit as the runner runs it: dist/index.js on a `schedule` event against the Azure emulator (demo
// fleet, after an apply and its remediations) and the GitHub emulator. Drift of every kind is seeded by hand.
import { createSimulatedClock, type AzureEmulator } from '../../emulator/index.js'
import { fluxExtension, newCluster } from '../../emulator/fleet/cluster-factory.js'
import type { Cluster, FluxConfiguration } from '../../emulator/fleet/fleet-model.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/index.js'
import { armCall } from '../helpers/arm-call.js'
import { applyOrThrow, runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { writePolicyRoot } from '../helpers/policy-root.js'
import { runNightly } from '../helpers/run-action.js'
import { POLICY_FILES, PAYMENTS_RG, PROD_DATA } from './audit-policy-files.js'

const DAY = 24 * 3_600_000
const clock = createSimulatedClock()
let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  azure = await startDemoAzure({ clock })
  github = await startGitHubEmulator()
  workspace = writePolicyRoot('fp-audit-', 'fleet-policies', POLICY_FILES)
  // The merge's apply, then a later one (the next merge, or a re-run) past the 10-minute role propagation window: the
  // first apply's remediations ran before the roles it granted took effect and were refused; the second starts them
  // again ("Troubleshoot Azure RBAC", "Role assignment changes are not being detected").
  await apply()
  // Evaluation, start delay and two waves of deployments: all inside the window.
  const s = azure.settings
  clock.advance(s.evaluationDurationMs + s.remediationStartDelayMs + 2 * s.deploymentDurationMs)
  expect(new Set(deploymentOutcomes())).toEqual(new Set(['AuthorizationFailed']))
  clock.advance(s.roleAssignmentPropagationDelayMs)
  await apply()
  clock.advance(DAY) // remediations finish; the assignments are older than the grace period
  expect(deploymentOutcomes()).toContain('Succeeded')
}, 300_000)

async function apply(): Promise<void> {
  clock.advance(10_000) // Resource Graph's quota window
  await applyOrThrow(azure, workspace)
}

const deploymentOutcomes = () =>
  azure.context.remediations.all().flatMap((r) => r.deployments.map((d) => d.error?.code ?? d.status))

afterAll(() => stopAll(azure, github))

/** One nightly run: a few seconds of simulated time later (Resource Graph's quota window), on the default branch. */
async function nightlyRun(inputs: Record<string, string> = {}) {
  clock.advance(10_000)
  return runNightly(azure, github, workspace, { mode: 'auto', root: '.', ...inputs })
}

const cluster = (name: string): Cluster => azure.fleet.clusters.find((c) => c.name === name)!
const appsConfiguration = (name: string): FluxConfiguration =>
  cluster(name).fluxConfigurations.find((f) => f.name === 'payments-apps')!
const driftIssues = () => github.state.issues.filter((i) => i.labels.includes('flux-drift'))
const issueOf = (key: string) => driftIssues().filter((i) => i.body?.startsWith(`<!-- flux-policy:drift ${key} -->`))
const pipelinesAssignment = `/subscriptions/${PROD_DATA}/providers/Microsoft.Authorization/policyAssignments/data-pipelines`

async function setEnforcement(mode: 'Default' | 'DoNotEnforce'): Promise<void> {
  const path = `${await assignmentPath()}?api-version=2025-03-01`
  const current = (await armCall(azure, 'GET', path)).body as {
    location: string
    identity: unknown
    properties: Record<string, unknown>
  }
  const put = await armCall(azure, 'PUT', path, {
    location: current.location,
    identity: { type: 'SystemAssigned' },
    properties: { ...current.properties, enforcementMode: mode }
  })
  expect(put.status).toBe(201)
}

async function assignmentPath(): Promise<string> {
  const listed = (
    await armCall(
      azure,
      'GET',
      `/subscriptions/${PROD_DATA}/providers/Microsoft.Authorization/policyAssignments?api-version=2025-03-01&$filter=atExactScope()`
    )
  ).body as { value: Array<{ id: string; name: string }> }
  const found = listed.value.find((a) => a.name.includes('pipelines'))
  if (!found) throw new Error(`no assignment like ${pipelinesAssignment}`)
  return found.id
}

let removed: FluxConfiguration
let extensions: Cluster['extensions']
const url = 'https://github.com/contoso/payments-gitops'

function breakTheFleet(): void {
  const weu01 = cluster('aks-payments-weu-01')
  removed = appsConfiguration('aks-payments-weu-01')
  weu01.fluxConfigurations = weu01.fluxConfigurations.filter((f) => f !== removed)
  appsConfiguration('arc-store-0101').gitRepository!.url = 'https://github.com/someone/payments-gitops-fork'
  Object.assign(appsConfiguration('arc-store-0102'), {
    provisioningState: 'Failed',
    complianceState: 'Non-Compliant',
    errorMessage: 'authentication required'
  })
  extensions = cluster('arc-store-0104').extensions
  cluster('arc-store-0104').extensions = []
  // A cluster created minutes ago, without anything yet: the grace period keeps it out.
  azure.fleet.clusters.push(
    newCluster({
      kind: 'managedCluster',
      subscriptionId: PAYMENTS_RG.subscription,
      resourceGroup: 'rg-payments',
      name: 'aks-payments-new',
      location: 'westeurope',
      createdAt: clock.iso()
    })
  )
  azure.fleet.changed()
}

function fixTheFleet(): void {
  cluster('aks-payments-weu-01').fluxConfigurations.push(removed)
  appsConfiguration('arc-store-0101').gitRepository!.url = url
  Object.assign(appsConfiguration('arc-store-0102'), {
    provisioningState: 'Succeeded',
    complianceState: 'Compliant',
    errorMessage: ''
  })
  cluster('arc-store-0104').extensions = extensions.length > 0 ? extensions : [fluxExtension()]
  azure.fleet.changed()
}

describe('the nightly audit (dist/index.js on a schedule event)', () => {
  it('finds nothing right after apply and remediation', async () => {
    const run = await nightlyRun()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ 'drifted-sources': '0', 'issue-writes': '0' })
    expect(run.summary).toContain('**No drift**')
  })

  it('in a dry run, reports the drift and the issues it would open, and writes nothing', async () => {
    breakTheFleet()
    await setEnforcement('DoNotEnforce')
    const run = await nightlyRun({ 'dry-run': 'true' })
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ 'drifted-sources': '2', 'issue-writes': '0' })
    expect(run.stdout).toContain('[dry-run] would open an issue for payments/payments-apps')
    expect(run.summary).toContain('**Dry run** — issues that would be: 2 opened')
    expect(github.requests.writes()).toEqual([])
  })

  it('opens one issue per drifted source, with every kind of drift, labelled and mentioning the owners', async () => {
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({
      'drifted-sources': '2',
      'drifted-clusters': '4',
      'missing-extension': '1',
      'missing-configuration': '1',
      'changed-configuration': '1',
      'failed-configuration': '1',
      'changed-assignment': '1'
    })
    expect(driftIssues()).toHaveLength(2)
    const [apps] = issueOf('payments/payments-apps')
    expect(apps!.labels).toEqual(['flux-drift', 'team:payments'])
    expect(apps!.body).toContain('@contoso/payments')
    expect(apps!.body).toContain(`/blob/${github.state.repositories[0]!.defaultBranchSha}/teams/payments/apps.yaml#L`)
    for (const text of [
      '`aks-payments-weu-01`',
      'configuration missing',
      '`arc-store-0101`',
      // A URL from Azure is no link in the issue: a zero-width space breaks GitHub's autolink.
      'source https:\u200b//github.com/someone/payments-gitops-fork',
      '`arc-store-0102`',
      'provisioning Failed: authentication required',
      '`arc-store-0104`',
      'Flux extension not installed'
    ])
      expect(apps!.body).toContain(text)
    expect(apps!.body).not.toContain('aks-payments-new')
    const [pipelines] = issueOf('data/data-pipelines')
    expect(pipelines!.body).toContain('! enforcementMode: "DoNotEnforce" → "Default"')
    expect(run.summary).toContain('```mermaid\nxychart-beta')
    expect(run.summary).toMatch(/\| payments \| 1 \| 1 \| 7 \| 3 \| 42 % \|/)
  })

  it('prints the same drift from the CLI, and exits 1', async () => {
    clock.advance(10_000)
    const cli = await runCli(azure, workspace, ['audit', '--format', 'json'])
    expect(cli.status).toBe(1)
    expect(JSON.parse(cli.stdout).summary).toEqual({
      driftedSources: 2,
      driftedClusters: 4,
      'missing-extension': 1,
      'missing-configuration': 1,
      'changed-configuration': 1,
      'failed-configuration': 1,
      'changed-assignment': 1
    })
    expect(cli.stdout + cli.stderr).not.toContain(azure.clientSecret)
  })

  it('changes nothing on GitHub the next night when nothing changed, with one drift request for both sources', async () => {
    const writes = github.requests.writes().length
    const queries = azure.requests.forRoute('resourceGraph.resources').length
    const patches = azure.requests.filter((r) => r.method === 'PATCH').length
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    // One drift query for both sources, plus self-heal's (on by default) one query of the configurations they own:
    // the drift query compares only URL, ref, path and namespace, so interval, prune or timeout drift — what
    // self-heal repairs — shows only in that second query, which cannot be skipped on a night without drift rows.
    expect(azure.requests.forRoute('resourceGraph.resources').length - queries).toBe(2)
    expect(azure.requests.filter((r) => r.method === 'PATCH').length).toBe(patches)
    expect(run.outputs['issue-writes']).toBe('0')
    expect(github.requests.writes().length).toBe(writes)
  })

  it('closes the issues with a comment once the fleet and the assignment are fixed', async () => {
    fixTheFleet()
    await setEnforcement('Default')
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(driftIssues().map((i) => i.state)).toEqual(['closed', 'closed'])
    const closing = github.state.comments.filter((c) => driftIssues().some((i) => i.number === c.issueNumber))
    expect(closing.map((c) => c.body)).toEqual([
      expect.stringMatching(/^No drift left/),
      expect.stringMatching(/^No drift left/)
    ])
  })

  it('reopens the same issue when the drift returns', async () => {
    const weu01 = cluster('aks-payments-weu-01')
    weu01.fluxConfigurations = weu01.fluxConfigurations.filter((f) => f.name !== 'payments-apps')
    azure.fleet.changed()
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(issueOf('payments/payments-apps')).toEqual([
      expect.objectContaining({ state: 'open', stateReason: 'reopened' })
    ])
    expect(driftIssues()).toHaveLength(2)
  })

  it('fails the run and closes nothing when Resource Graph fails', async () => {
    weu01Fix()
    azure.faults.add({ route: 'resourceGraph.resources', fault: { kind: 'error', status: 503, retryAfterSeconds: 0 } })
    const writes = github.requests.writes().length
    const run = await nightlyRun()
    azure.faults.clear()
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('No issue was opened, changed or closed.')
    expect(issueOf('payments/payments-apps')[0]!.state).toBe('open')
    expect(github.requests.writes().length).toBe(writes)
  })

  const stateIssues = () => github.state.issues.filter((i) => i.labels.includes('flux-drift-state'))

  it('keeps drift of a cluster of unknown age unconfirmed on its first sighting, remembered on GitHub', async () => {
    // No creation time on its row: Resource Graph may return no systemData at all.
    azure.fleet.clusters.push(
      newCluster({
        kind: 'managedCluster',
        subscriptionId: PAYMENTS_RG.subscription,
        resourceGroup: 'rg-payments',
        name: 'aks-payments-unknown-age',
        location: 'westeurope',
        createdAt: ''
      })
    )
    azure.fleet.changed()
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(run.outputs['unconfirmed-drift']).toBe('1')
    expect(run.summary).toContain('1 drift of clusters of unknown age waits for confirmation')
    expect(issueOf('payments/payments-apps')[0]!.body).not.toContain('aks-payments-unknown-age')
    expect(stateIssues()).toEqual([
      expect.objectContaining({ state: 'open', title: 'flux-policy audit state', labels: ['flux-drift-state'] })
    ])
    expect(stateIssues()[0]!.body).not.toContain('aks-payments-unknown-age')
    expect(stateIssues()[0]!.body).toContain('1 drift waits for confirmation')
  })

  it('reports it once an audit after the grace period still sees it', async () => {
    const soon = await nightlyRun()
    expect(soon.outputs['unconfirmed-drift']).toBe('1')
    expect(issueOf('payments/payments-apps')[0]!.body).not.toContain('aks-payments-unknown-age')
    clock.advance(DAY)
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(run.outputs['unconfirmed-drift']).toBe('0')
    expect(issueOf('payments/payments-apps')[0]!.body).toContain('aks-payments-unknown-age')
    expect(stateIssues()).toHaveLength(1)
    expect(stateIssues()[0]!.body).toContain('0 drifts wait for confirmation')
  })
})

function weu01Fix(): void {
  cluster('aks-payments-weu-01').fluxConfigurations.push(removed)
  azure.fleet.changed()
}
