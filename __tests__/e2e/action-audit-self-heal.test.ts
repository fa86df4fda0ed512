// The nightly audit completes what an apply left undone, as the runner runs it (dist/index.js on a `schedule` event
// against both emulators), with every Azure-like delay on: the apply's remediations ran inside the 10-minute window
// in which the roles it granted the policy identities had not yet taken effect ("Troubleshoot Azure RBAC", "Role
// assignment changes are not being detected") and were refused; nobody applied again. The audit finds the clusters
// unconfigured, starts the remediations again (self-heal), and the drift issue says so; the next night is clean.
import { createSimulatedClock, type AzureEmulator } from '../../emulator/index.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/index.js'
import { applyOrThrow } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { writePolicyRoot } from '../helpers/policy-root.js'
import { runNightly } from '../helpers/run-action.js'
import { POLICY_FILES } from './audit-policy-files.js'
import { seedPrincipalRoles } from '../../emulator/authorization/principal-roles.js'

const DAY = 24 * 3_600_000
const TOP = '/providers/Microsoft.Management/managementGroups/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const clock = createSimulatedClock()
let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  azure = await startDemoAzure({ clock })
  github = await startGitHubEmulator()
  workspace = writePolicyRoot('fp-audit-heal-', 'fleet-policies', POLICY_FILES)
  await applyOrThrow(azure, workspace)
  clock.advance(DAY)
}, 300_000)

afterAll(() => stopAll(azure, github))

async function nightlyRun() {
  clock.advance(10_000)
  return runNightly(azure, github, workspace, { mode: 'auto' })
}

const driftIssues = () => github.state.issues.filter((i) => i.labels.includes('flux-drift'))
const issueOf = (key: string) => driftIssues().find((i) => i.body?.startsWith(`<!-- flux-policy:drift ${key} -->`))
const deploymentOutcomes = () =>
  azure.context.remediations.all().flatMap((r) => r.deployments.map((d) => d.error?.code ?? d.status))

/** The signed-in identity's own role assignments become `role` at the top management group (in effect at once). */
function signedInRolesBecome(role: string): void {
  const me = azure.servicePrincipalObjectId.toLowerCase()
  for (const a of azure.context.roleAssignments.all())
    if (a.properties.principalId.toLowerCase() === me) azure.context.roleAssignments.delete(a.properties.scope, a.name)
  seedPrincipalRoles(azure.context.roleAssignments, azure.servicePrincipalObjectId, [{ role, scope: TOP }], clock.iso())
}

describe('the nightly audit after an apply whose remediations were refused while the roles propagated', () => {
  it('with an identity that may only read, reports each write self-heal could not make as a permission problem', async () => {
    signedInRolesBecome('Reader')
    // A kustomization field the policy cannot see, changed by hand: self-heal would PATCH the configuration.
    const edited = azure.fleet.clusters
      .find((c) => c.name === 'arc-store-0103')!
      .fluxConfigurations.find((f) => f.name === 'payments-apps')!
    edited.kustomizations.apps!.prune = false
    azure.fleet.changed()
    const before = azure.context.remediations.all().length
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(azure.context.remediations.all().length).toBe(before)
    const remediationRefused = new RegExp(
      'Self-heal could not start the remediation of fp-payments-payments-apps-[0-9a-f]{8}: 403 AuthorizationFailed: may ' +
        'not perform Microsoft\\.PolicyInsights/remediations/write over /subscriptions/[^ ]+/resourceGroups/rg-payments/'
    )
    expect(run.stdout).toMatch(remediationRefused)
    expect(run.summary).toContain('not started, a permission problem')
    expect(issueOf('payments/payments-apps')!.body).toMatch(
      /^- The remediation of `fp-payments-payments-apps-[0-9a-f]{8}` at `[^`]+` was not started, a permission problem/m
    )
    // The PATCH self-heal sent was refused too, and is reported as such, with the action.
    expect(run.summary).toMatch(
      /403 AuthorizationFailed: The client '[^']+' with object id '[^']+' does not have authorization to perform action 'Microsoft\.KubernetesConfiguration\/fluxConfigurations\/write'/
    )
    expect(edited.kustomizations.apps!.prune).toBe(false)
    signedInRolesBecome('Owner')
  })

  it('starts them again, and the drift issue names each remediation, when it started and its clusters', async () => {
    expect(new Set(deploymentOutcomes())).toEqual(new Set(['AuthorizationFailed']))
    const before = azure.context.remediations.all().length
    const run = await nightlyRun()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const restarted = azure.context.remediations.all().slice(before)
    expect(restarted.length).toBeGreaterThan(0)
    expect(run.summary).toContain('Self-heal: remediations for unchanged assignments')
    const apps = issueOf('payments/payments-apps')
    expect(apps?.state).toBe('open')
    const drifted = new Set([...apps!.body!.matchAll(/^\| `([^`]+)` \(/gm)].map((m) => m[1])).size
    expect(drifted).toBeGreaterThan(1)
    const name = restarted.map((r) => r.name).find((n) => n.startsWith('fp-payments-payments-apps-'))!
    expect(name).toMatch(/-audit-\d{12}$/)
    expect(apps!.body).toContain('#### Self-heal')
    expect(apps!.body).toMatch(
      new RegExp(
        `^- Remediation \`${name}\` started at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC for ${drifted} non-compliant ` +
          'clusters \\(re-evaluate, then remediate\\); the next audit shows what it reached\\.$',
        'm'
      )
    )
  })

  it('the next night the clusters are configured and the issues close', async () => {
    clock.advance(60 * 60_000)
    expect(deploymentOutcomes()).toContain('Succeeded')
    const run = await nightlyRun()
    expect(run.status).toBe(0)
    expect(run.outputs['drifted-sources']).toBe('0')
    expect(run.summary).not.toContain('Self-heal: remediations')
    expect(driftIssues().map((i) => i.state)).toEqual(driftIssues().map(() => 'closed'))
  })
})
