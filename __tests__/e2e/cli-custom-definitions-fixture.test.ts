import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  createSimulatedClock,
  DEMO_SUBSCRIPTIONS,
  demoFleet,
  startAzureEmulator,
  type AzureEmulator
} from '../../emulator/index.js'
import { productEnv } from '../../emulator/product-env.js'
import { runNodeAsync } from '../helpers/run-node.js'

// The valid corpus case `custom-definitions` (an HTTPS source with a Git timeout and two kustomizations, one
// depending on the other) planned and applied by the CLI against the emulator. Its platform file names the
// management group mg-prod (the demo fleet's contoso-prod, renamed) and a Key Vault in resource group rg-kv.
const CLI = resolve('dist/cli.js')
const FIXTURE = resolve('__tests__/fixtures/valid/custom-definitions')
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  const fleet = demoFleet()
  const rename = (name: string) => (name === 'contoso-prod' ? 'mg-prod' : name)
  fleet.managementGroups = fleet.managementGroups.map((g) => ({ ...g, name: rename(g.name) }))
  fleet.subscriptions = fleet.subscriptions.map((s) => ({ ...s, managementGroup: rename(s.managementGroup) }))
  fleet.resourceGroups.push({ subscriptionId: DEMO_SUBSCRIPTIONS.prodApps, name: 'rg-kv', location: 'westeurope' })
  azure = await startAzureEmulator({
    fleet,
    clock: createSimulatedClock(),
    simulation: { principalReplicationDelayMs: 0 }
  })
  root = join(mkdtempSync(join(tmpdir(), 'fp-custom-fixture-')), 'policies')
  cpSync(FIXTURE, root, { recursive: true })
})

afterAll(async () => {
  await azure?.stop()
})

const cli = (args: string[]) =>
  runNodeAsync(CLI, [...args, '--root', root, '--repository', 'contoso/fleet-policies'], {
    env: { PATH: process.env.PATH, ...productEnv(azure) }
  })

describe('the custom-definitions fixture against the emulator (CLI)', () => {
  it('plans a custom definition and its assignment', async () => {
    const run = await cli(['plan'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/\+ custom definition for alpha\/app — create fp-def-alpha-app-[0-9a-f]{8}/)
    expect(run.stdout).toMatch(/Plan: 2 to create\. Custom definitions: 1 to create\./)
  })

  it('applies them, then plans nothing', async () => {
    const run = await cli(['apply', '--yes'])
    expect(run.stderr).not.toContain('✗')
    expect(run.status).toBe(0)
    const refused = azure.requests.filter((r) => r.method === 'PUT' && r.status >= 400)
    expect(refused).toEqual([])
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
  })
})
