// Signing in with the Azure CLI (the action after azure/login, the CLI's default chain): AzureCliCredential runs
// `az account get-access-token` on every getToken and keeps nothing, and every SDK client (one per subscription and
// service) asks once. Here a stub `az` first on PATH answers as the real one does (with a token the Entra emulator
// issued, which the ARM emulator accepts) and counts its runs: an apply over several subscriptions runs it once.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { AzureEmulator } from '../../emulator/index.js'
import { pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { productEnv } from '../../emulator/product-env.js'
import { secretCredential } from '../helpers/azure-clients.js'
import { CLI, FLEET_REPOSITORY } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { runNodeAsync } from '../helpers/run-node.js'
import { actionInputs, onDefaultBranch, runBundledAction, runnerEnv } from '../helpers/run-action.js'

let azure: AzureEmulator
let github: GitHubEmulator | undefined

// Each test applies the examples to a fleet of its own, so each writes to several subscriptions.
beforeEach(async () => {
  azure = await startDemoAzure()
})

afterEach(async () => {
  await stopAll(azure, github)
  github = undefined
})

/**
 * A folder holding an `az` that answers `account get-access-token` with the JSON the Azure CLI prints (`accessToken`,
 * `expiresOn` in local time, `expires_on` in seconds since the epoch, `subscription`, `tenant`, `tokenType`; what
 * @azure/identity's AzureCliCredential parses), appending its arguments to `calls` on each run.
 */
async function stubAzureCli(): Promise<{ bin: string; calls: () => string[] }> {
  const bin = mkdtempSync(join(tmpdir(), 'fp-az-stub-'))
  const calls = join(bin, 'calls')
  const answer = join(bin, 'answer.json')
  writeFileSync(calls, '')
  const issued = (await secretCredential(azure).getToken(`${azure.armEndpoint}/.default`))!
  const expires = new Date(issued.expiresOnTimestamp)
  const local = new Date(expires.getTime() - expires.getTimezoneOffset() * 60_000).toISOString()
  writeFileSync(
    answer,
    JSON.stringify({
      accessToken: issued.token,
      expiresOn: local.replace('T', ' ').replace('Z', '000'),
      expires_on: Math.floor(issued.expiresOnTimestamp / 1000),
      subscription: '00000000-0000-0000-0000-000000000000',
      tenant: azure.tenantId,
      tokenType: 'Bearer'
    })
  )
  writeFileSync(
    join(bin, 'az'),
    [
      '#!/bin/sh',
      'if [ "$1 $2" != "account get-access-token" ]; then echo "az stub: unexpected command: $*" >&2; exit 2; fi',
      `printf '%s\\n' "$*" >> '${calls}'`,
      `cat '${answer}'`,
      ''
    ].join('\n')
  )
  chmodSync(join(bin, 'az'), 0o755)
  return { bin, calls: () => readFileSync(calls, 'utf8').split('\n').filter(Boolean) }
}

/** The subscriptions whose resources the run's ARM requests named. */
const subscriptionsCalled = (from: number) =>
  new Set(azure.requests.slice(from).flatMap((r) => /^\/subscriptions\/([0-9a-f-]{36})\//i.exec(r.path)?.[1] ?? []))

describe('signing in with the Azure CLI', () => {
  it("the CLI's default chain runs az once for an apply over several subscriptions", async () => {
    const az = await stubAzureCli()
    const root = copyPolicyRoot('fp-az-cli-')
    const { AZURE_CLIENT_SECRET: _secret, ...withoutSecret } = productEnv(azure)
    const env = {
      ...withoutSecret,
      PATH: [az.bin, process.env.PATH].join(delimiter),
      // The default chain's Azure CLI member alone (no managed identity probe): @azure/identity's documented switch.
      AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential'
    }
    azure.clock.advance(5_000)
    const from = azure.requests.length
    const run = await runNodeAsync(CLI, ['apply', '--yes', '--root', root, '--repository', FLEET_REPOSITORY], { env })
    expect(run.stderr).not.toContain('az stub: unexpected command')
    expect(run.status).toBe(0)
    expect(subscriptionsCalled(from).size).toBeGreaterThan(1)
    expect(az.calls()).toEqual([
      `account get-access-token --output json --resource ${azure.armEndpoint} --tenant ${azure.tenantId}`
    ])
  })

  it('the action, signed in by azure/login (no OIDC token, no secret), runs az once for an apply', async () => {
    github = await startGitHubEmulator()
    const az = await stubAzureCli()
    const workspace = copyPolicyRoot('fp-az-action-', 'fleet-policies')
    azure.clock.advance(5_000)
    const from = azure.requests.length
    const run = await runBundledAction({
      workspace,
      env: runnerEnv(azure, github, {
        ...onDefaultBranch(github),
        PATH: [az.bin, process.env.PATH].join(delimiter),
        ACTIONS_ID_TOKEN_REQUEST_URL: '',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: ''
      }),
      eventName: 'push',
      event: pushEvent(github),
      inputs: actionInputs(azure, github, { mode: 'auto', root: '.', 'require-reviewed-plan': 'false' })
    })
    expect(run.stdout).not.toContain('::error')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('with azure-cli.')
    expect(run.outputs.applied).toBe('8')
    expect(subscriptionsCalled(from).size).toBeGreaterThan(1)
    expect(az.calls()).toEqual([
      `account get-access-token --output json --resource ${azure.armEndpoint} --tenant ${azure.tenantId}`
    ])
  })
})
