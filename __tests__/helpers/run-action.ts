import type { AzureEmulator } from '../../emulator/index.js'
import type { GitHubEmulator } from '../../emulator/github/index.js'
import { runBundledAction, type ActionRun } from '../../emulator/runner/run-action.js'

export { runBundledAction, type ActionRun }

/** The `schedule` event of the nightly audit workflow. */
export const NIGHTLY_SCHEDULE = { schedule: '17 3 * * *' }

/**
 * The inputs a workflow gives the action to reach the Azure emulator (ARM endpoint, tenant, client) with the
 * GitHub emulator's bot token; `extra` adds inputs or replaces these.
 */
export function actionInputs(
  azure: AzureEmulator,
  github: GitHubEmulator,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    'github-token': github.tokens.bot,
    'arm-endpoint': azure.armEndpoint,
    'tenant-id': azure.tenantId,
    'client-id': azure.clientId,
    ...extra
  }
}

/**
 * What the runner gives the action besides its inputs: the GitHub emulator's variables (API, repository, token,
 * OIDC request), trust of the Azure emulator's CA and its authority host; `extra` adds variables or replaces these.
 */
export function runnerEnv(azure: AzureEmulator, github: GitHubEmulator, extra: NodeJS.ProcessEnv = {}) {
  return {
    ...github.env(),
    NODE_EXTRA_CA_CERTS: azure.caFile,
    AZURE_AUTHORITY_HOST: azure.authorityHost,
    ...extra
  }
}

/** GITHUB_REF and GITHUB_SHA of a run on the default branch (a schedule, or a dispatch on main). */
export function onDefaultBranch(github: GitHubEmulator): NodeJS.ProcessEnv {
  return { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: github.state.repositories[0]!.defaultBranchSha }
}

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
