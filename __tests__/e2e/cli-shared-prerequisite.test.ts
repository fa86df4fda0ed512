// Two policy repositories in one tenant: the second leaves the Flux-extension prerequisite to the first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AzureEmulator } from '../../emulator/index.js'
import { FLEET_REPOSITORY as FLEET, runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'

const DATA = 'contoso/data-policies'
let azure: AzureEmulator
let fleetRoot: string
let dataRoot: string

beforeAll(async () => {
  azure = await startDemoAzure()
  const dir = mkdtempSync(join(tmpdir(), 'fp-shared-prerequisite-'))
  fleetRoot = join(dir, 'fleet')
  dataRoot = join(dir, 'data')
  cpSync('examples', fleetRoot, { recursive: true })
  // The data team's own repository: its sources only, under other names, below the fleet's management group.
  cpSync('examples', dataRoot, { recursive: true })
  rmSync(join(dataRoot, 'teams/platform'), { recursive: true })
  rmSync(join(dataRoot, 'teams/payments'), { recursive: true })
  const pipelines = join(dataRoot, 'teams/data/pipelines.yaml')
  writeFileSync(pipelines, readFileSync(pipelines, 'utf8').replace(/- name: data-/g, '- name: own-data-'))
})

afterAll(() => stopAll(azure))

const cli = (root: string, repository: string, args: string[]) => runCli(azure, root, args, repository)

const extensionAssignments = () =>
  azure.requests.filter((r) => r.method === 'PUT' && /\/policyAssignments\/fp-flux-ext-/i.test(r.path))

describe('two policy repositories share the Flux-extension prerequisite', () => {
  it('lets the second repository rely on the first one’s prerequisite, and says who owns it', async () => {
    const fleet = await cli(fleetRoot, FLEET, ['apply', '--yes'])
    expect(fleet.status).toBe(0)
    expect(extensionAssignments()).toHaveLength(1)

    const plan = await cli(dataRoot, DATA, ['plan', '--format', 'json'])
    expect(plan.status).toBe(0)
    const json = JSON.parse(plan.stdout)
    expect(json.errors).toEqual([])
    expect(json.summary).toEqual({ create: 2, update: 0, delete: 0, noop: 0 })
    expect(json.changes.map((c: { kind: string }) => c.kind)).toEqual(['configuration', 'configuration'])
    expect(json.warnings).toEqual([
      expect.objectContaining({ code: 'shared-prerequisite', message: expect.stringContaining(FLEET) })
    ])
    expect((await cli(dataRoot, DATA, ['plan'])).stdout).toMatch(
      /^! warning: .*owned by repository `contoso\/fleet-policies`/m
    )

    const applied = await cli(dataRoot, DATA, ['apply', '--yes'])
    expect(applied.status).toBe(0)
    expect(extensionAssignments()).toHaveLength(1)
    expect((await cli(dataRoot, DATA, ['plan'])).stdout).toMatch(/Plan: No changes\./)
    expect((await cli(fleetRoot, FLEET, ['plan'])).stdout).toMatch(/Plan: No changes\./)
  })
})
