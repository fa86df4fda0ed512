// An error nothing handles reaches the last-resort handlers: through the built CLI and the bundled action against
// the emulators, the plan's read of a role definition (its permission check) fails with an ARM 400 whose message
// echoes the request: a Key Vault value resolved into `httpsKey`, an Authorization header, a token in a source URL,
// and escape sequences. The CLI stops with one line on stderr, the action fails the step with one line; every
// secret hidden.
import { resolve } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { pushEvent } from '../../emulator/github/events.js'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { productEnv } from '../../emulator/product-env.js'
import { actionInputs, runBundledAction, runnerEnv } from '../helpers/run-action.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'
import { runNodeAsync } from '../helpers/run-node.js'

const CLI = resolve('dist/cli.js')
const KEY = 'Z2hwX0FCQ0RFRmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=='
const PAT = 'ghp_0123456789abcdefABCDEF0123456789abcd'
const BEARER = 'q7Zt0pXe4LmN2bVc9RsK1wYh6JdFgA3u'
const SHORT = 's3cr3t'
const ECHOED =
  `The request with Authorization: Bearer ${BEARER} and {"httpsKey": "${SHORT}", "sshPrivateKey": "${KEY}"} ` +
  `for https://flux-bot:${PAT}@github.com/contoso/apps failed\n::error::spoofed \u001b]0;owned\u0007\u001b[2J`
const clock = createSimulatedClock()
let azure: AzureEmulator
let github: GitHubEmulator
let root: string

beforeAll(async () => {
  azure = await startAzureEmulator({ fleet: 'demo', clock })
  github = await startGitHubEmulator()
  azure.faults.add({
    route: 'roleDefinitions.get',
    fault: { kind: 'reject', status: 400, code: 'InvalidRequestContent', message: ECHOED }
  })
  root = copyPolicyRoot('fp-crash-')
})

afterAll(async () => {
  await azure?.stop()
  await github?.stop()
})

describe('an unexpected error (built CLI and bundled action against the emulators)', () => {
  it('in the CLI is one line on stderr with every secret hidden and no escape sequence', async () => {
    clock.advance(5_000)
    const run = await runNodeAsync(CLI, ['plan', '--root', root, '--repository', 'contoso/fleet-policies'], {
      env: { PATH: process.env.PATH, ...productEnv(azure) }
    })
    expect(azure.requests.some((r) => r.route === 'roleDefinitions.get' && r.status === 400)).toBe(true)
    expect(run.status).toBe(1)
    const out = run.stdout + run.stderr
    for (const secret of [KEY, PAT, BEARER, SHORT]) expect(out).not.toContain(secret)
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(run.stderr).toMatch(/^flux-policy: The request with Authorization: Bearer \[secret hidden\] and .*\n$/)
    expect(run.stderr).toContain('"httpsKey": [secret hidden]')
    expect(run.stderr).toContain('failed\\n::error::spoofed \\x1b]0;owned\\x07\\x1b[2J')
    expect(run.stderr).toContain('(InvalidRequestContent, HTTP 400)')
  })

  it('in the action fails the step with one line, every secret hidden', async () => {
    clock.advance(5_000)
    const token = github.tokens.bot
    const run = await runBundledAction({
      workspace: root,
      inputs: actionInputs(azure, github, { mode: 'apply', root: '.', 'github-token': token }),
      env: runnerEnv(azure, github, { GITHUB_TOKEN: token }),
      eventName: 'push',
      event: pushEvent(github)
    })
    expect(run.status).toBe(1)
    const out = run.stdout + run.stderr + run.summary + Object.values(run.outputs).join('\n')
    for (const secret of [KEY, PAT, BEARER, SHORT]) expect(out).not.toContain(secret)
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    const failed = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatch(/^::error::The request with Authorization: Bearer \[secret hidden\] and /)
    expect(failed[0]).toContain('(InvalidRequestContent, HTTP 400)')
  })
})
