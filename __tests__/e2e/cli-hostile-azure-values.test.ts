// Values from Azure are attacker-influenced too (anyone with Contributor on one subscription names things there, and
// ARM's error messages may echo the request): through the built CLI against the Azure emulator, apply's direct
// update of a Flux configuration fails with an ARM error whose message holds hostile text and secrets; apply's
// text and the audit's Markdown (self-heal tries again and fails the same way) show it as one inert line, with
// every secret hidden.
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { fleetWithHostileNames, stopAll } from '../helpers/emulators.js'
import {
  FLUX_UPDATES_FAIL_ECHOING_SECRETS,
  PROTECTED_KEY as KEY,
  prose,
  SOURCE_PAT as PAT
} from '../helpers/hostile-values.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

const clock = createSimulatedClock()
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  azure = await startAzureEmulator({
    fleet: fleetWithHostileNames(),
    clock,
    simulation: { principalReplicationDelayMs: 0 }
  })
  azure.faults.add(FLUX_UPDATES_FAIL_ECHOING_SECRETS)
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
