import { resolve } from 'node:path'
import type { AzureEmulator } from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { runNodeAsync, type RunResult } from './run-node.js'

/** The built CLI. */
export const CLI = resolve('dist/cli.js')
/** The repository the examples belong to (the GitHub emulator's default repository). */
export const FLEET_REPOSITORY = 'contoso/fleet-policies'

/**
 * A CLI command on the policy root `root` of `repository`, pointed at the Azure emulator the way a user points it
 * at a private cloud (productEnv: endpoint, authority, service principal, CA) with nothing else of the test's
 * environment but PATH: the script and its arguments, and the environment, for a test that spawns it itself.
 */
export function cliCommand(
  azure: AzureEmulator,
  root: string,
  args: string[],
  repository = FLEET_REPOSITORY
): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [...args, '--root', root, '--repository', repository],
    env: { PATH: process.env.PATH, ...productEnv(azure) }
  }
}

/** Runs a CLI command (see cliCommand) in a child process, the emulators in this process serving it meanwhile. */
export function runCli(
  azure: AzureEmulator,
  root: string,
  args: string[],
  repository = FLEET_REPOSITORY
): Promise<RunResult> {
  const command = cliCommand(azure, root, args, repository)
  return runNodeAsync(CLI, command.args, { env: command.env })
}

/** `apply --yes` as a test's setup step: throws with the CLI's output when it fails. */
export async function applyOrThrow(azure: AzureEmulator, root: string): Promise<void> {
  const applied = await runCli(azure, root, ['apply', '--yes'])
  if (applied.status !== 0) throw new Error(`apply failed: ${applied.stdout}${applied.stderr}`)
}
