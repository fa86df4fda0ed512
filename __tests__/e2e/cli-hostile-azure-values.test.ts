// Values from Azure are attacker-influenced too (anyone with Contributor on one subscription names things there, and
// ARM's error messages may echo the request): through the built CLI against the Azure emulator, apply's direct
// update of a Flux configuration fails with an ARM error whose message holds hostile text and secrets; apply's
// text and the audit's Markdown (self-heal tries again and fails the same way) show it as one inert line, with
// every secret hidden.
import { createSimulatedClock, demoFleet, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { stopAll } from '../helpers/emulators.js'
import { HOSTILE, prose } from '../helpers/hostile-values.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

// Base64, as Flux's protected settings hold them, and a token in a source URL.
const KEY = 'Z2hwX0FCQ0RFRmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=='
const PAT = 'ghp_0123456789abcdefABCDEF0123456789abcd'
const ECHOED =
  `The request {"configurationProtectedSettings": {"httpsKey": "${KEY}"}} is invalid for ` +
  `https://flux-bot:${PAT}@github.com/contoso/payments-gitops: ${HOSTILE}`
const clock = createSimulatedClock()
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  const fleet = demoFleet()
  // Display names a subscription owner chooses.
  for (const s of fleet.subscriptions) s.displayName = `${s.displayName} ${HOSTILE}`
  azure = await startAzureEmulator({ fleet, clock, simulation: { principalReplicationDelayMs: 0 } })
  // Every PATCH of a Flux configuration fails with a 400-like ARM error (a 429 without Retry-After: the SDK does not
  // retry it) that echoes the request and a source URL.
  azure.faults.add({
    route: 'fluxConfigurations.update',
    fault: { kind: 'throttle', code: 'InvalidRequestContent', message: ECHOED }
  })
  root = copyPolicyRoot('fp-hostile-azure-')
})

afterAll(() => stopAll(azure))

const cli = (args: string[]) => {
  clock.advance(5_000)
  return runCli(azure, root, args)
}

function expectNoSecret(out: string): void {
  expect(out).not.toContain(KEY)
  expect(out).not.toContain(PAT)
  expect(out).toMatch(/\\?\[secret hidden\\?\]/)
}

describe('an ARM error with hostile text and secrets (CLI against the emulator)', () => {
  it('apply: the failed direct update is one visible line, secrets hidden', async () => {
    const applied = await cli(['apply', '--yes'])
    const out = applied.stdout + applied.stderr
    expect(applied.status).toBe(1)
    const patches = azure.requests.filter((r) => r.method === 'PATCH' && /fluxConfigurations\//i.test(r.path))
    expect(patches.length).toBeGreaterThan(0)
    expect(patches.every((r) => r.status === 429)).toBe(true)
    expect(out).toMatch(/✗ update payments\/payments-apps on arc-store-0103 failed — /)
    expectNoSecret(out)
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
  })

  it('audit --format markdown: the self-heal failure is inert, secrets hidden', async () => {
    const audited = await cli(['audit', '--format', 'markdown'])
    const markdown = audited.stdout
    expect(markdown).toContain('### Flux configurations updated on clusters')
    expectNoSecret(markdown)
    expect(markdown.split('<!--')).toHaveLength(1)
    expect(markdown).not.toMatch(/<script|[\u0000-\u0009\u000b-\u001f\u202e]/)
    expect(prose(markdown)).not.toMatch(/@(org|user)|(?<!&)#[0-9]|\]\(javascript/)
  })
})
