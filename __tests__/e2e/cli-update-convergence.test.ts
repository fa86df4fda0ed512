// Issue #16's "Done when": a change the policy cannot see reaches the clusters. Against the Azure emulator (demo
// fleet, frozen simulated clock): apply the examples, let the remediations deploy, change `payments-apps`'
// kustomization path, plan + apply, let time pass, and the audit (without self-heal, so apply alone did it) reports
// no drift; a second apply finds nothing to update. Then the audit's repair: a path changed by hand on a cluster is
// reported when self-heal is off, and repaired when it is on.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSimulatedClock, type AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { CUSTOM_DEFINITIONS_FIXTURE, fleetForCustomFixture, startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot, editPolicyFile } from '../helpers/policy-root.js'

const DAY = 24 * 60 * 60 * 1000
/** Past Azure's role propagation (10 simulated minutes, "Troubleshoot Azure RBAC"): the remediations of the first
 * apply fail AuthorizationFailed inside it, and the next apply starts them again. */
const PAST_ROLE_PROPAGATION = 15 * 60_000
const clock = createSimulatedClock()
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  azure = await startDemoAzure({ clock })
  root = copyPolicyRoot('fp-update-')
})

afterAll(() => stopAll(azure))

const cli = (args: string[]) => runCli(azure, root, args)
const edit = (path: string, change: (text: string) => string) => editPolicyFile(root, path, change)

/** The kustomization paths of `payments-apps` on the clusters that carry it. */
const paymentsPaths = () =>
  azure.context.fleet.clusters.flatMap((c) =>
    c.fluxConfigurations.filter((f) => f.name === 'payments-apps').map((f) => f.kustomizations.apps?.path)
  )

/** Remediation deployments that failed AuthorizationFailed. */
const failedOnAuthorization = () =>
  azure.context.remediations
    .all()
    .flatMap((r) => r.deployments)
    .filter((d) => d.error?.code === 'AuthorizationFailed').length

const configurationPatches = () =>
  azure.requests.filter((r) => r.method === 'PATCH' && /fluxConfigurations\//i.test(r.path))

describe('apply brings existing clusters in line with changes the policy cannot see (CLI against the emulator)', () => {
  it('applies the examples and converges', async () => {
    const applied = await cli(['apply', '--yes'])
    expect(applied.stderr).not.toContain('✗')
    expect(applied.status).toBe(0)
    clock.advance(PAST_ROLE_PROPAGATION)
    // The first remediations ran while the identities' new roles propagated; the next apply starts them again.
    expect(failedOnAuthorization()).toBeGreaterThan(0)
    const retried = await cli(['apply', '--yes'])
    expect(retried.stderr).not.toContain('✗')
    expect(retried.status).toBe(0)
    clock.advance(DAY)
    expect(paymentsPaths()).toHaveLength(7)
    expect(new Set(paymentsPaths())).toEqual(new Set(['./clusters/prod']))
    const audit = await cli(['audit', '--no-self-heal', '--format', 'json'])
    expect(JSON.parse(audit.stdout).summary.driftedSources).toBe(0)
    expect(audit.status).toBe(0)
  })

  it('updates the kustomization path on every cluster that carries the configuration, and the audit finds no drift', async () => {
    edit('teams/payments/apps.yaml', (t) => t.replace('path: ./clusters/prod,', 'path: ./clusters/prod-v2,'))
    const plan = await cli(['plan'])
    expect(plan.stdout).toMatch(/Plan: 1 to update\./)
    const before = configurationPatches().length
    const applied = await cli(['apply', '--yes'])
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain('✓ updated payments/payments-apps on ')
    expect(applied.stdout).toContain('kustomizations.apps.path')
    expect(applied.stdout).toContain(
      'Flux configurations updated directly (changes the policy cannot see): 7 cluster(s).'
    )
    const patches = configurationPatches().slice(before)
    expect(patches).toHaveLength(7)
    expect(patches.every((r) => r.status! < 300 && /fluxConfigurations\/payments-apps$/.test(r.path))).toBe(true)
    expect(new Set(paymentsPaths())).toEqual(new Set(['./clusters/prod-v2']))
    clock.advance(DAY)
    const audit = await cli(['audit', '--no-self-heal', '--format', 'json'])
    expect(JSON.parse(audit.stdout).summary).toMatchObject({ driftedSources: 0, 'changed-configuration': 0 })
    expect(audit.status).toBe(0)
  })

  it('finds nothing to update on a second apply', async () => {
    const before = configurationPatches().length
    const again = await cli(['apply', '--yes'])
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('Flux configurations: every cluster already matches the files.')
    expect(configurationPatches()).toHaveLength(before)
  })

  it('the audit reports a hand-changed path without self-heal, and repairs it with self-heal', async () => {
    const cluster = azure.context.fleet.clusters.find((c) =>
      c.fluxConfigurations.some(
        (f) => f.name === 'payments-apps' && f.kustomizations.apps?.path === './clusters/prod-v2'
      )
    )!
    cluster.fluxConfigurations.find((f) => f.name === 'payments-apps')!.kustomizations.apps!.path = './by-hand'
    azure.context.fleet.changed()
    clock.advance(10_000)
    const reported = await cli(['audit', '--no-self-heal'])
    expect(reported.status).toBe(1)
    expect(reported.stdout).toContain(`${cluster.name} (AKS, 11111111-1111-1111-1111-111111111111)  changed by hand`)
    const before = configurationPatches().length
    const repaired = await cli(['audit', '--format', 'json'])
    const json = JSON.parse(repaired.stdout)
    expect(json.repairs.outcomes).toEqual([
      expect.objectContaining({
        key: 'payments/payments-apps',
        status: 'updated',
        fields: ['kustomizations.apps.path']
      })
    ])
    expect(json.summary.driftedSources).toBe(0)
    expect(repaired.status).toBe(0)
    expect(configurationPatches()).toHaveLength(before + 1)
    expect(new Set(paymentsPaths())).toEqual(new Set(['./clusters/prod-v2']))
  })
})

// The same for a custom definition with two kustomizations and an HTTPS Git timeout (the valid corpus case
// `custom-definitions`; its management group mg-prod is the demo fleet's contoso-prod, renamed).
describe('a custom definition: kustomizations and the HTTPS timeout reach existing clusters', () => {
  const fixtureClock = createSimulatedClock()
  let custom: AzureEmulator
  let customRoot: string

  beforeAll(async () => {
    custom = await startDemoAzure({ fleet: fleetForCustomFixture(), clock: fixtureClock })
    customRoot = copyPolicyRoot('fp-update-custom-', 'policies', CUSTOM_DEFINITIONS_FIXTURE)
  })

  afterAll(() => stopAll(custom))

  const customCli = (args: string[]) => runCli(custom, customRoot, args)
  const apps = () => custom.context.fleet.clusters.flatMap((c) => c.fluxConfigurations.filter((f) => f.name === 'app'))

  it('applies, converges, then a new path for one kustomization and a new timeout reach every cluster', async () => {
    expect((await customCli(['apply', '--yes'])).status).toBe(0)
    // Apply again past the role propagation window: it restarts the remediations that failed AuthorizationFailed.
    fixtureClock.advance(PAST_ROLE_PROPAGATION)
    expect((await customCli(['apply', '--yes'])).status).toBe(0)
    fixtureClock.advance(DAY)
    expect(apps().length).toBeGreaterThan(1)
    expect(new Set(apps().map((a) => a.gitRepository?.timeoutInSeconds))).toEqual(new Set([180]))
    const file = join(customRoot, 'teams/alpha/app.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('timeout: 3m', 'timeout: 4m').replace('path: ./apps,', 'path: ./apps-v2,')
    )
    const plan = await customCli(['plan'])
    expect(plan.stdout).toMatch(/Custom definitions: 1 to update\./)
    const applied = await customCli(['apply', '--yes'])
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain(`updated directly (changes the policy cannot see): ${apps().length} cluster(s).`)
    expect(applied.stdout).toContain('kustomizations.apps.path, gitRepository.timeoutInSeconds')
    for (const app of apps()) {
      expect(app.gitRepository?.timeoutInSeconds).toBe(240)
      expect(app.kustomizations.apps?.path).toBe('./apps-v2')
      expect(app.kustomizations.infra?.path).toBe('./infra')
    }
    fixtureClock.advance(DAY)
    const audit = await customCli(['audit', '--no-self-heal', '--format', 'json'])
    expect(JSON.parse(audit.stdout).summary.driftedSources).toBe(0)
    expect(audit.status).toBe(0)
    const again = await customCli(['apply', '--yes'])
    expect(again.stdout).toContain('Flux configurations: every cluster already matches the files.')
  })
})
