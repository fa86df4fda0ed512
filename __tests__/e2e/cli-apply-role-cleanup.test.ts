import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSimulatedClock, type AzureEmulator } from '../../emulator/index.js'
import { CLI, cliCommand, runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import type { RunResult } from '../helpers/run-node.js'

const RG_DATA = '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-data'
const OLD_VAULT = `${RG_DATA}/providers/Microsoft.KeyVault/vaults/kv-data`
const NEW_VAULT = `${RG_DATA}/providers/Microsoft.KeyVault/vaults/kv-data-2`
let azure: AzureEmulator
let root: string

beforeEach(async () => {
  // Simulated time that follows real time (the emulator's default clock).
  azure = await startDemoAzure({ clock: createSimulatedClock({ rate: 1 }) })
  root = copyPolicyRoot('fp-role-cleanup-')
})

afterEach(() => stopAll(azure))

const cliArgs = (args: string[]) => cliCommand(azure, root, args)
const cli = (args: string[]): Promise<RunResult> => runCli(azure, root, args)

/** Runs `apply --yes` and kills it (SIGKILL) as soon as the request log satisfies `when`. */
async function applyKilledWhen(when: (log: AzureEmulator['requests']) => boolean): Promise<NodeJS.Signals | null> {
  const run = cliArgs(['apply', '--yes'])
  const child = spawn(process.execPath, [CLI, ...run.args], { env: run.env, stdio: 'ignore' })
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)))
  const watch = setInterval(() => {
    if (when(azure.requests)) child.kill('SIGKILL')
  }, 2)
  try {
    return await exited
  } finally {
    clearInterval(watch)
  }
}

/**
 * The first role-assignment delete drops its connection; the SDK backs off to retry, and the process dies meanwhile.
 */
async function applyKilledAtFirstRevoke(): Promise<void> {
  azure.faults.add({ route: 'roleAssignments.delete', sequence: [{ kind: 'drop' }] })
  expect(await applyKilledWhen((log) => log.some((r) => r.fault === 'drop'))).toBe('SIGKILL')
  azure.faults.clear()
}

const assignmentNamed = (source: string) =>
  azure.context.assignments
    .all()
    .find(
      (a) => (a.properties.metadata as { fluxPolicy?: { source?: string } } | undefined)?.fluxPolicy?.source === source
    )
const grantsOf = (principalId: string, scope?: string) =>
  azure.context.roleAssignments
    .all()
    .filter(
      (r) =>
        r.properties.principalId === principalId && (!scope || r.properties.scope.toLowerCase() === scope.toLowerCase())
    )

describe('apply removes the role assignments it made (the CLI in a child process)', () => {
  it('a delete killed between revoking roles and deleting the assignment leaves nothing behind after a re-run', async () => {
    expect((await cli(['apply', '--yes'])).status).toBe(0)
    const principals = azure.context.assignments
      .all()
      .filter((a) => a.properties.scope.toLowerCase().startsWith('/subscriptions/22222222'))
      .map((a) => a.identity!.principalId!)
    expect(principals.length).toBeGreaterThan(0)
    expect(principals.flatMap((p) => grantsOf(p)).length).toBeGreaterThan(0)
    rmSync(join(root, 'teams/data/pipelines.yaml'))

    await applyKilledAtFirstRevoke()
    const rerun = await cli(['apply', '--yes'])

    expect(rerun.status).toBe(0)
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
    expect(principals.flatMap((p) => grantsOf(p))).toEqual([])
  })

  it('a source that moves to another Key Vault loses its grant on the old one, also when the run is killed', async () => {
    expect((await cli(['apply', '--yes'])).status).toBe(0)
    const principalId = assignmentNamed('data-pipelines')!.identity!.principalId!
    const ours = grantsOf(principalId, OLD_VAULT)
    expect(ours).toHaveLength(1)
    const notOurs = await grantsOnOldVaultNotOurs(principalId)
    const file = join(root, 'teams/data/pipelines.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(`vaults/kv-data\n`, 'vaults/kv-data-2\n'))

    await applyKilledAtFirstRevoke()
    const rerun = await cli(['apply', '--yes'])

    expect(rerun.status).toBe(0)
    expect(assignmentNamed('data-pipelines')!.identity!.principalId).toBe(principalId)
    expect(grantsOf(principalId, OLD_VAULT).map((r) => r.name)).toEqual([notOurs[1]])
    expect(grantsOf(principalId, NEW_VAULT).map((r) => r.properties.roleDefinitionId)).toEqual(
      ours.map((r) => r.properties.roleDefinitionId)
    )
    expect(azure.context.roleAssignments.all().filter((r) => notOurs.includes(r.name))).toHaveLength(2)
  })
})

/**
 * Grants at the old vault that flux-policy did not make, which must stay: another principal's, and one of another
 * role (Reader, not the built-in's) for the source's own identity.
 */
async function grantsOnOldVaultNotOurs(principalId: string): Promise<string[]> {
  const grants = [
    {
      name: '5d2f1c3a-7b8e-4f90-a1b2-c3d4e5f60718',
      principalId: '99999999-9999-9999-9999-999999999999',
      role: 'b24988ac-6180-42a0-ab88-20f7382dd24c'
    },
    { name: '6e3a2d4b-8c9f-4a01-b2c3-d4e5f6071829', principalId, role: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' }
  ]
  for (const g of grants) {
    azure.context.roleAssignments.put({
      scope: OLD_VAULT,
      name: g.name,
      principalId: g.principalId,
      roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${g.role}`,
      now: new Date().toISOString(),
      caller: 'someone-else'
    })
  }
  return grants.map((g) => g.name)
}
