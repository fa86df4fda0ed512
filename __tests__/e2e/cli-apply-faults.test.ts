import { spawn } from 'node:child_process'
import type { AzureEmulator, Fault } from '../../emulator/index.js'
import { missingFollowUps, type PlannedFollowUps } from '../helpers/apply-convergence.js'
import { azureClients, CONTRIBUTOR, PROD_APPS, PUBLIC_GIT_DEFINITION } from '../helpers/azure-clients.js'
import { CLI, cliCommand, runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import type { RunResult } from '../helpers/run-node.js'

const RG_PAYMENTS = `subscriptions/${PROD_APPS}/resourceGroups/rg-payments`
const HAND_MADE_GRANT = '0f3e8c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b'
let azure: AzureEmulator
let root: string

// A fresh, empty Azure per test. Identities replicate at once here (the replication wait has its own e2e test),
// so these tests spend their time on faults, not on waiting for Entra.
beforeEach(async () => {
  azure = await startDemoAzure()
  root = copyPolicyRoot('fp-apply-faults-')
})

afterEach(() => stopAll(azure))

const cliArgs = (args: string[]) => cliCommand(azure, root, args)
const cli = (args: string[]): Promise<RunResult> => runCli(azure, root, args)

async function plannedFollowUps(): Promise<PlannedFollowUps> {
  const run = await cli(['plan', '--format', 'json'])
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as PlannedFollowUps
}

/** Applies until the CLI succeeds (a fault that outlasts the SDK's retries fails that run; the next picks up). */
async function applyUntilDone(attempts: number): Promise<RunResult[]> {
  const runs: RunResult[] = []
  while (runs.length < attempts && runs.at(-1)?.status !== 0) runs.push(await cli(['apply', '--yes']))
  return runs
}

async function expectConverged(planned: PlannedFollowUps): Promise<void> {
  azure.faults.clear()
  const plan = await cli(['plan'])
  expect(plan.stdout).toMatch(/Plan: No changes\./)
  expect(missingFollowUps(azure, planned)).toEqual([])
}

describe('apply through faults (the CLI in a child process)', () => {
  it('rides out 429s, 5xx and dropped connections on a fraction of calls, and touches nothing unmanaged', async () => {
    const clients = azureClients(azure, PROD_APPS)
    const handMade = await clients.policy.policyAssignments.create(RG_PAYMENTS, 'hand-made-flux', {
      policyDefinitionId: PUBLIC_GIT_DEFINITION,
      identity: { type: 'SystemAssigned' },
      location: 'westeurope',
      parameters: {
        configurationName: { value: 'hand-made' },
        repositoryUrl: { value: 'https://github.com/contoso/hand-made' },
        repositoryRefBranch: { value: 'main' }
      }
    })
    // Made by hand, without principalType: Entra must have replicated the new identity first (the replication delay
    // stays on; the product's own grants set principalType, see ../helpers/principal-type.ts).
    azure.clock.advance(azure.settings.principalReplicationDelayMs)
    await clients.authorization.roleAssignments.create(RG_PAYMENTS, HAND_MADE_GRANT, {
      principalId: handMade.identity!.principalId!,
      roleDefinitionId: CONTRIBUTOR
    })
    const unmanaged = () =>
      JSON.stringify([
        azure.context.assignments.get(`/${RG_PAYMENTS}`, 'hand-made-flux'),
        azure.context.roleAssignments.get(`/${RG_PAYMENTS}`, HAND_MADE_GRANT)
      ])
    const before = unmanaged()
    const planned = await plannedFollowUps()
    expect(planned.roleAssignments.length).toBeGreaterThan(5)
    azure.requests.clear()
    // A 429 without Retry-After (which the SDK gives up on) on the first read; then every fifth write of each kind
    // fails: 429 with Retry-After, a dropped connection, 503.
    azure.faults.add({ method: 'GET', path: '/policyAssignments', sequence: [{ kind: 'throttle' }] })
    azure.faults.add({
      method: 'PUT',
      path: '/policyAssignments',
      sequence: everyFifth({ kind: 'throttle', retryAfterSeconds: 0 })
    })
    azure.faults.add({ path: '/roleAssignments', sequence: everyFifth({ kind: 'drop' }) })
    azure.faults.add({ path: '/remediations', sequence: everyFifth({ kind: 'error', status: 503 }) })

    const runs = await applyUntilDone(3)

    expect(runs.at(-1)?.status).toBe(0)
    expect(new Set(azure.requests.filter((r) => r.fault).map((r) => r.fault))).toEqual(
      new Set(['throttle', 'drop', 'error'])
    )
    await expectConverged(planned)
    expect(unmanaged()).toBe(before)
    expect(
      azure.requests.filter(
        (r) => r.method !== 'GET' && (r.path.includes('hand-made-flux') || r.path.includes(HAND_MADE_GRANT))
      )
    ).toEqual([])
  })

  it('converges on a re-run after the process is killed between writes', async () => {
    const planned = await plannedFollowUps()
    azure.requests.clear()
    const killed = await applyKilledWhen((log) => log.filter((r) => r.method === 'PUT' && r.status > 0).length >= 4)
    expect(killed.signal).toBe('SIGKILL')
    expect(missingFollowUps(azure, planned).length).toBeGreaterThan(0)

    const rerun = await cli(['apply', '--yes'])

    expect(rerun.status).toBe(0)
    await expectConverged(planned)
  })

  it('converges on a re-run after the process is killed between a role grant and its remediation', async () => {
    const planned = await plannedFollowUps()
    // The first remediation's connection drops; the SDK backs off before retrying, and the process dies meanwhile.
    azure.faults.add({ route: 'remediations.create', sequence: [{ kind: 'drop' }] })
    const killed = await applyKilledWhen((log) => log.some((r) => r.fault === 'drop'))
    expect(killed.signal).toBe('SIGKILL')
    azure.faults.clear()
    // The state this test is about: an assignment whose roles are all granted but whose remediation never started.
    const missing = missingFollowUps(azure, planned)
    const rolesDone = missing
      .filter((m) => m.startsWith('remediation for '))
      .map((m) => m.slice('remediation for '.length))
      .filter((key) => !missing.some((m) => m.startsWith('role ') && m.endsWith(` for ${key}`)))
    expect(rolesDone).not.toEqual([])

    const rerun = await cli(['apply', '--yes'])

    expect(rerun.status).toBe(0)
    await expectConverged(planned)
  })
})

const everyFifth = (fault: Fault): Array<Fault | 'pass'> =>
  Array.from({ length: 100 }, (_, i) => (i % 5 === 1 ? fault : 'pass'))

/** Runs `apply --yes` and kills the process (SIGKILL, no clean-up) as soon as the request log satisfies `when`. */
async function applyKilledWhen(
  when: (log: AzureEmulator['requests']) => boolean
): Promise<{ signal: NodeJS.Signals | null }> {
  const run = cliArgs(['apply', '--yes'])
  const child = spawn(process.execPath, [CLI, ...run.args], { env: run.env, stdio: 'ignore' })
  const exited = new Promise<{ signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (_code, signal) => done({ signal }))
  )
  // Checked as each call is logged, before its answer goes out: the process dies at that call, not some time later.
  const stop = azure.requests.onRecord(() => {
    if (when(azure.requests)) child.kill('SIGKILL')
  })
  try {
    return await exited
  } finally {
    stop()
  }
}
