import type { AzureEmulator } from '../../emulator/index.js'
import { pullRequestEvent, pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { actionInputs, runBundledAction, runnerEnv } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator
let workspace: string

beforeAll(async () => {
  // Frozen simulated time that moves an hour once the action has polled every remediation task once: the first poll
  // sees them running, the next (after the action's first wait) sees them finished, however fast this machine is.
  // Every Azure-like delay is on, the role propagation window (10 simulated minutes) too: the first apply's
  // deployments run inside it and are refused, and the next run starts them again (see the second test).
  azure = await startDemoAzure()
  const polled = new Set<string>()
  azure.requests.onRecord((r) => {
    // Each on-demand evaluation of a subscription below a management-group assignment takes 3 simulated minutes.
    if (r.route === 'policyStates.triggerEvaluation') azure.clock.advance(azure.settings.evaluationDurationMs)
    if (!/^remediations\.get/.test(r.route) || polled.has(r.path)) return
    polled.add(r.path)
    if (polled.size === azure.context.remediations.all().length) azure.clock.advance(60 * 60_000)
  })
  github = await startGitHubEmulator()
  workspace = copyPolicyRoot('fp-e2e-rem-', 'fleet-policies')
})

afterAll(() => stopAll(azure, github))

const env = () => runnerEnv(azure, github)
const inputs = () => actionInputs(azure, github)
/**
 * Apply on the push, waiting for its remediations. The action waits on the runner's real clock while the emulator's
 * is frozen: a wait budget of 2 minutes (input `remediation-timeout-minutes`, a user's setting) is far longer than
 * the few seconds the tasks take here once the clock moves, and shorter than the 10 minutes the action would wait
 * for the roles it granted to take effect before starting refused tasks again, so it reports them instead.
 */
const applyOnPush = (wait: Record<string, string> = {}) =>
  runBundledAction({
    workspace,
    eventName: 'push',
    event: pushEvent(github),
    env: env(),
    inputs: { ...inputs(), mode: 'apply', 'wait-for-remediation': 'true', 'remediation-timeout-minutes': '2', ...wait }
  })
const taskStates = (summary: string) =>
  [...summary.matchAll(/^\| `fp-[^`]+` \| (✓ Succeeded|✗ \w+|⏳ still \w+) \|/gm)].map((m) => m[1])

const paymentsClusters = () =>
  azure.fleet.clusters.filter((c) => c.subscriptionId.startsWith('11111111') && c.resourceGroup === 'rg-payments')
/** The clusters of rg-payments whose payments-apps is what the file says. */
const configuredNames = () =>
  paymentsClusters()
    .filter((c) =>
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
    .map((c) => c.name)
    .sort()

describe('apply with wait-for-remediation (dist/index.js)', () => {
  it('reports the deployments refused while the roles it granted take effect, for the next run to start again', async () => {
    // A reviewed pull request: the plan step comments the plan, then the pull request merges.
    const planned = await runBundledAction({
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(github, { action: 'opened', number: 1 }),
      env: env(),
      inputs: inputs()
    })
    expect(planned.status).toBe(0)
    github.mergePullRequest(1)
    const run = await applyOnPush()
    expect(run.outputs.applied).toBe('8')
    expect(run.summary).toContain('### Remediation results')
    expect(run.summary).toMatch(/evaluate 2 subscriptions, then remediate/)
    expect(run.stdout).toMatch(/remediation fp-[^:]+: (Accepted|Evaluating|Running|InProgress)/)
    // Every task ran its deployments inside the 10-minute window: each has clusters refused on authorization
    // (Azure's message, naming the policy identity and the action), and the summary says the next run retries them.
    const tasks = taskStates(run.summary)
    expect(tasks).toEqual(Array(7).fill('✗ Failed'))
    const refused = [
      ...run.summary.matchAll(/^\| `([^`]+)` \| `\/subscriptions[^|]+\| The client '[^']+' with object id/gm)
    ]
    expect(refused.length).toBeGreaterThan(7)
    expect(run.summary).toContain(
      "does not have authorization to perform action 'Microsoft.KubernetesConfiguration/fluxConfigurations/write'"
    )
    expect(run.summary).toContain(
      '7 task(s) had deployments refused with `AuthorizationFailed` while the roles this apply granted were still ' +
        "taking effect (up to 10 minutes) and the wait ended first: the next apply, or the nightly audit's " +
        'self-heal, starts them again.'
    )
    // The Flux extension's task at the management group ran beside the others: the two clusters without the
    // extension fail their configuration deployment for that reason too (as on Azure).
    const noExtension = [...run.summary.matchAll(/^\| `([^`]+)` \| `\/subscriptions[^|]+\| The Flux extension/gm)]
    expect(new Set(noExtension.map((m) => m[1]))).toEqual(new Set(['arc-plant-0203', 'aks-ml-cpu-01']))
    expect(run.status).toBe(1)
    // Only the configuration apply updated directly (the policy cannot see its kustomization) is as the file says.
    expect(configuredNames()).toEqual(['arc-store-0103'])
  })

  it('a later run, past the role propagation window, starts them again and waits for every task', async () => {
    // The first run's hour of simulated time is well past the 10-minute window; a re-run of the workflow applies
    // nothing new and starts again each task refused on authorization.
    expect(azure.settings.roleAssignmentPropagationDelayMs).toBe(10 * 60_000)
    azure.clock.advance(azure.settings.roleAssignmentPropagationDelayMs)
    const started = azure.context.remediations.all().length
    const run = await applyOnPush()
    expect(azure.context.remediations.all().length).toBe(started + 7)
    expect(run.summary).toContain('### Remediation results')
    expect(run.summary).not.toContain('does not have authorization')
    const tasks = taskStates(run.summary)
    expect(tasks).toHaveLength(7)
    expect(tasks).toEqual(Array(7).fill('✓ Succeeded'))
    expect(run.status).toBe(0)

    // The clusters converged to what the file says: payments-apps on every cluster of rg-payments but the excluded
    // canary.
    const inScope = paymentsClusters()
    expect(inScope.length).toBeGreaterThan(1)
    expect(configuredNames()).toEqual(
      inScope
        .filter((c) => c.name !== 'canary')
        .map((c) => c.name)
        .sort()
    )
  })
})
