// #14's delete side, end to end with the CLI in a child process (real SDK clients over HTTPS against the emulator):
// apply the examples, let remediation converge, delete a source; apply lists the Flux configurations its assignment
// left on the clusters, and removes them (prune turned off first) only when safety.removeConfigurationsOnDelete is on.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { clustersCarrying, startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import type { RunResult } from '../helpers/run-node.js'

const PAYMENTS_URL = 'https://github.com/contoso/payments-gitops'
const TOP = '/providers/Microsoft.Management/managementGroups/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const RG_PAYMENTS = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c'
let azure: AzureEmulator
let root: string

beforeEach(async () => {
  azure = await startDemoAzure()
  root = copyPolicyRoot('fp-orphans-')
})

afterEach(() => stopAll(azure))

const cli = (args: string[]): Promise<RunResult> => runCli(azure, root, args)

/** Clusters carrying the payments-apps configuration from the payments repository. */
const paymentsClusters = () => clustersCarrying(azure, 'payments-apps', PAYMENTS_URL)

/** Remediation deployments that failed AuthorizationFailed. */
const failedOnAuthorization = () =>
  azure.context.remediations
    .all()
    .flatMap((r) => r.deployments)
    .filter((d) => d.error?.code === 'AuthorizationFailed').length

/**
 * Applies the examples and lets the remediations deploy. The first apply's remediations run while the identities'
 * new roles propagate (10 simulated minutes, "Troubleshoot Azure RBAC") and fail AuthorizationFailed; an apply past
 * that window starts them again, and an hour of simulated time later they have deployed.
 */
async function applyAndConverge(): Promise<string[]> {
  expect((await cli(['apply', '--yes'])).status).toBe(0)
  azure.clock.advance(15 * 60_000)
  expect(failedOnAuthorization()).toBeGreaterThan(0)
  expect((await cli(['apply', '--yes'])).status).toBe(0)
  azure.clock.advance(60 * 60_000)
  const clusters = paymentsClusters()
  expect(clusters.length).toBeGreaterThan(3)
  return clusters
}

/** Deletes the payments-apps source from the team file. */
function deletePaymentsApps(): void {
  const file = join(root, 'teams/payments/apps.yaml')
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('  # Git over HTTPS with a personal access token')
  const end = text.indexOf('  # Git over SSH')
  expect(start).toBeGreaterThan(0)
  writeFileSync(file, text.slice(0, start) + text.slice(end))
}

describe('configurations a deleted source leaves on clusters (CLI)', () => {
  it('are listed as orphaned and kept when removing them is not enabled', async () => {
    const before = await applyAndConverge()
    deletePaymentsApps()
    const applied = await cli(['apply', '--yes', '--allow-deletes'])
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain(`Orphaned configurations: ${before.length} found, 0 removed.`)
    expect(applied.stdout).toContain('safety.removeConfigurationsOnDelete')
    for (const name of before) expect(applied.stdout).toContain(name)
    expect(paymentsClusters()).toEqual(before)
    expect(azure.requests.forRoute('fluxConfigurations.delete')).toEqual([])
  })

  it('are removed, prune turned off first, with safety.removeConfigurationsOnDelete', async () => {
    const before = await applyAndConverge()
    const platform = join(root, 'flux-policy.yaml')
    writeFileSync(
      platform,
      readFileSync(platform, 'utf8').replace(
        '  maxDeletes: 5',
        '  maxDeletes: 20\n  removeConfigurationsOnDelete: true'
      )
    )
    // A configuration of the same name from another repository is not the source's: it stays.
    const fork = azure.fleet.clusters.find((c) => c.name === 'arc-store-0101')!
    fork.fluxConfigurations.find((f) => f.name === 'payments-apps')!.gitRepository!.url = 'https://github.com/x/fork'
    azure.fleet.changed()
    deletePaymentsApps()
    // Converging already PATCHed arc-store-0103's hand-made payments-apps into line with the files (apply's direct
    // update): count only this apply's writes.
    const updatesBefore = azure.requests.forRoute('fluxConfigurations.update').length
    const deletesBefore = azure.requests.forRoute('fluxConfigurations.delete').length
    const applied = await cli(['apply', '--yes'])
    expect(applied.status).toBe(0)
    const removed = before.filter((n) => n !== 'arc-store-0101')
    expect(applied.stdout).toContain(`Orphaned configurations: ${removed.length} found, ${removed.length} removed.`)
    expect(paymentsClusters()).toEqual([])
    expect(fork.fluxConfigurations.some((f) => f.name === 'payments-apps')).toBe(true)
    // Each removal: prune off (the kustomization pruned), then the delete.
    expect(azure.requests.forRoute('fluxConfigurations.update').length - updatesBefore).toBe(removed.length)
    expect(azure.requests.forRoute('fluxConfigurations.delete').length - deletesBefore).toBe(removed.length)
  })

  it('are removed for one apply with --remove-orphaned-configurations (the label, on the CLI)', async () => {
    const before = await applyAndConverge()
    deletePaymentsApps()
    const deletesBefore = azure.requests.forRoute('fluxConfigurations.delete').length
    const applied = await cli(['apply', '--yes', '--allow-deletes', '--remove-orphaned-configurations'])
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain(`Orphaned configurations: ${before.length} found, ${before.length} removed.`)
    expect(paymentsClusters()).toEqual([])
    expect(azure.requests.forRoute('fluxConfigurations.delete').length - deletesBefore).toBe(before.length)
  })

  it('with an identity that may not delete Flux configurations, are refused by the pre-flight when opted in', async () => {
    // Policy and role writes at the top; Contributor at rg-payments only while converging (apply's direct update
    // PATCHes arc-store-0103's hand-made payments-apps), then taken away: no fluxConfigurations write or delete.
    await azure.stop()
    azure = await startDemoAzure({
      simulation: { principalReplicationDelayMs: 0 },
      principalRoles: [
        { role: 'Resource Policy Contributor', scope: TOP },
        { role: 'Role Based Access Control Administrator', scope: TOP },
        { role: 'Contributor', scope: RG_PAYMENTS }
      ]
    })
    const before = await applyAndConverge()
    const contributor = azure.context.roleAssignments
      .all()
      .find((a) => a.properties.scope === RG_PAYMENTS && a.properties.roleDefinitionId.endsWith(CONTRIBUTOR))!
    expect(azure.context.roleAssignments.delete(contributor.properties.scope, contributor.name)).toBeDefined()
    deletePaymentsApps()
    const writesBefore = azure.requests.filter((r) => r.method === 'DELETE' || r.method === 'PUT').length
    const refused = await cli(['apply', '--yes', '--allow-deletes', '--remove-orphaned-configurations'])
    expect(refused.status).toBe(1)
    for (const action of ['write', 'delete'])
      expect(refused.stdout).toContain(
        `may not perform Microsoft.KubernetesConfiguration/fluxConfigurations/${action} on ${RG_PAYMENTS} ` +
          '(needed to remove the Flux configurations the deleted source payments/payments-apps leaves'
      )
    expect(azure.requests.filter((r) => r.method === 'DELETE' || r.method === 'PUT').length).toBe(writesBefore)
    // Without the opt-in the same identity deletes the source and lists what it left.
    const listed = await cli(['apply', '--yes', '--allow-deletes'])
    expect(listed.status).toBe(0)
    expect(listed.stdout).toContain(`Orphaned configurations: ${before.length} found, 0 removed.`)
    expect(paymentsClusters()).toEqual(before)
  })
})
