import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent, pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { runBundledAction } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  // Frozen simulated time that moves an hour once the action has polled every remediation task once: the first poll
  // sees them running, the next (after the action's first wait) sees them finished, however fast this machine is.
  azure = await startAzureEmulator({
    fleet: 'demo',
    clock: createSimulatedClock(),
    // About waiting and reporting; the role propagation window (default 10 minutes) has its own tests.
    simulation: { principalReplicationDelayMs: 0, roleAssignmentPropagationDelayMs: 0 }
  })
  const polled = new Set<string>()
  azure.requests.onRecord((r) => {
    // Each on-demand evaluation of a subscription below a management-group assignment takes 3 simulated minutes.
    if (r.route === 'policyStates.triggerEvaluation') azure.clock.advance(azure.settings.evaluationDurationMs)
    if (!/^remediations\.get/.test(r.route) || polled.has(r.path)) return
    polled.add(r.path)
    if (polled.size === azure.context.remediations.all().length) azure.clock.advance(60 * 60_000)
  })
  github = await startGitHubEmulator()
  workspace = join(mkdtempSync(join(tmpdir(), 'fp-e2e-rem-')), 'fleet-policies')
  cpSync('examples', workspace, { recursive: true })
})

afterAll(async () => {
  await azure?.stop()
  await github?.stop()
})

describe('apply with wait-for-remediation (dist/index.js)', () => {
  it('waits for every remediation task to finish and reports each', async () => {
    const env = { ...github.env(), NODE_EXTRA_CA_CERTS: azure.caFile, AZURE_AUTHORITY_HOST: azure.authorityHost }
    const inputs = {
      'github-token': github.tokens.bot,
      'arm-endpoint': azure.armEndpoint,
      'tenant-id': azure.tenantId,
      'client-id': azure.clientId
    }
    // A reviewed pull request: the plan step comments the plan, then the pull request merges.
    const planned = await runBundledAction({
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(github, { action: 'opened', number: 1 }),
      env,
      inputs
    })
    expect(planned.status).toBe(0)
    github.mergePullRequest(1)
    const run = await runBundledAction({
      workspace,
      eventName: 'push',
      event: pushEvent(github),
      env,
      inputs: { ...inputs, mode: 'apply', 'wait-for-remediation': 'true' }
    })
    expect(run.outputs.applied).toBe('8')
    expect(run.summary).toContain('### Remediation results')
    const tasks = [...run.summary.matchAll(/^\| `fp-[^`]+` \| (✓ Succeeded|✗ \w+|⏳ still \w+) \|/gm)].map((m) => m[1])
    expect(tasks).toHaveLength(7)
    // The configurations at subscription and resource-group scope re-evaluate and deploy while the Flux extension's
    // remediation at the management group still waits for its subscriptions' evaluation: the two clusters without the
    // extension fail their configuration deployment (as on Azure); every other cluster takes it, and the step fails
    // so the next run retries those two.
    const failedTasks = [...run.summary.matchAll(/^\| `(fp-[^`]+)` \| ✗ Failed \|/gm)].map((m) => m[1]!.split('-')[2])
    expect(failedTasks.sort()).toEqual(['data', 'data'])
    const failedClusters = [...run.summary.matchAll(/^\| `([^`]+)` \| `\/subscriptions[^|]+\| The Flux extension/gm)]
    expect(new Set(failedClusters.map((m) => m[1]))).toEqual(new Set(['arc-plant-0203', 'aks-ml-cpu-01']))
    expect(tasks.filter((t) => t === '✓ Succeeded')).toHaveLength(5)
    expect(run.summary).toMatch(/evaluate 2 subscriptions, then remediate/)
    expect(run.stdout).toMatch(/remediation fp-[^:]+: (Accepted|Evaluating|Running|InProgress)/)
    expect(run.status).toBe(1)

    // The clusters converged to what the file says: payments-apps on every cluster of rg-payments but the excluded
    // canary.
    const inScope = azure.fleet.clusters.filter(
      (c) => c.subscriptionId.startsWith('11111111') && c.resourceGroup === 'rg-payments'
    )
    const configured = inScope.filter((c) =>
      c.fluxConfigurations.some(
        (f) =>
          f.name === 'payments-apps' &&
          f.namespace === 'payments' &&
          f.scope === 'namespace' &&
          f.gitRepository?.url === 'https://github.com/contoso/payments-gitops' &&
          f.gitRepository.repositoryRef?.branch === 'main' &&
          f.kustomizations.apps?.path === './clusters/prod' &&
          f.kustomizations.apps.prune === true
      )
    )
    expect(inScope.length).toBeGreaterThan(1)
    expect(configured.map((c) => c.name).sort()).toEqual(
      inScope
        .filter((c) => c.name !== 'canary')
        .map((c) => c.name)
        .sort()
    )
  })
})
