import type { AzureEmulator } from '../../emulator/index.js'
import type { GitHubEmulator } from '../../emulator/github/index.js'
import { runBundledAction, type ActionRun } from '../../emulator/runner/run-action.js'
import { actionInputs, NIGHTLY_SCHEDULE, onDefaultBranch, runnerEnv } from '../../emulator/runner/runner-environment.js'

export { actionInputs, NIGHTLY_SCHEDULE, onDefaultBranch, runBundledAction, runnerEnv, type ActionRun }

/** A run of the nightly audit workflow: the `schedule` event on the default branch, with `inputs` (mode, root, …). */
export function runNightly(
  azure: AzureEmulator,
  github: GitHubEmulator,
  workspace: string,
  inputs: Record<string, string>
): Promise<ActionRun> {
  return runBundledAction({
    workspace,
    env: runnerEnv(azure, github, onDefaultBranch(github)),
    eventName: 'schedule',
    event: NIGHTLY_SCHEDULE,
    inputs: actionInputs(azure, github, inputs)
  })
}
