import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AzureEmulator } from '../start-azure-emulator.js'
import type { GitHubEmulator } from '../github/start-github-emulator.js'

/**
 * What a workflow on a runner gives the action when Azure and GitHub are the emulators: the demo and the tests
 * build the workspace, the runner's environment and the action's inputs here, so both run the action as the same
 * workflow would.
 */

/**
 * A copy of a policy root (default: the examples) at `<a new temporary folder named prefix…>/<name>`: the checked-out
 * repository (GITHUB_WORKSPACE) for the action, or a folder for the CLI, that the caller may edit.
 */
export function copyPolicyRoot(prefix: string, name = 'policies', source = 'examples'): string {
  const root = join(mkdtempSync(join(tmpdir(), prefix)), name)
  cpSync(source, root, { recursive: true })
  return root
}

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
export function runnerEnv(
  azure: AzureEmulator,
  github: GitHubEmulator,
  extra: NodeJS.ProcessEnv = {}
): NodeJS.ProcessEnv {
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
