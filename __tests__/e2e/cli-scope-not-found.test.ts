// A source whose resource group does not exist: plan stops at the source's scope line; apply writes nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

const GONE = 'resourceGroups/rg-doesnotexist'
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  azure = await startAzureEmulator({ fleet: 'demo', clock: createSimulatedClock() })
  root = copyPolicyRoot('fp-cli-scope-')
  for (const file of ['flux-policy.yaml', 'teams/payments/apps.yaml']) {
    const path = join(root, file)
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('resourceGroups/rg-payments', GONE))
  }
  // Two groups in the data subscription (rg-ml and one that does not exist): one list answers both.
  const data = join(root, 'teams/data/pipelines.yaml')
  const sub = 'scope: /subscriptions/22222222-2222-2222-2222-222222222222\n'
  writeFileSync(data, readFileSync(data, 'utf8').replace(sub, sub.replace('\n', '/resourceGroups/rg-data-gone\n')))
})

afterAll(() => stopAll(azure))

const cli = (args: string[]) => runCli(azure, root, args)

/** Reads made with POST (Resource Graph, Check Name Availability) do not count. */
const READ_POSTS = new Set(['resourceGraph.resources', 'managementGroups.checkNameAvailability'])
const writes = () =>
  azure.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/oauth2/') && !READ_POSTS.has(r.route))

describe('a source whose resource group does not exist', () => {
  it("fails the plan at the source's scope line, having read each distinct scope once", async () => {
    const run = await cli(['plan'])
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain('- error teams/payments/apps.yaml:7:12: scope /subscriptions/')
    expect(run.stdout).toContain(`${GONE} does not exist in Azure`)
    const checks = azure.requests.filter((r) => r.method === 'GET' && /resourcegroups\/rg-doesnotexist$/i.test(r.path))
    expect(checks).toHaveLength(1)
    expect(run.stdout).toContain('- error teams/data/pipelines.yaml:6:12: scope /subscriptions/')
    expect(run.stdout).toContain('resourceGroups/rg-data-gone does not exist in Azure')
    expect(run.stdout).not.toContain('rg-ml does not exist')
    expect(azure.requests.filter((r) => r.route === 'resourceGroups.list')).toHaveLength(1)
    expect(azure.requests.filter((r) => /rg-ml$/i.test(r.path))).toEqual([])
    expect(writes()).toEqual([])
  })

  it('is refused by apply before any write', async () => {
    const run = await cli(['apply', '--yes'])
    expect(run.status).not.toBe(0)
    expect(run.stdout + run.stderr).toContain('- error teams/payments/apps.yaml:7:12: scope /subscriptions/')
    expect(writes()).toEqual([])
  })

  it('fails at customDefinitions.scope when that management group does not exist', async () => {
    const platform = join(root, 'flux-policy.yaml')
    const text = readFileSync(platform, 'utf8')
    writeFileSync(
      platform,
      `${text}customDefinitions:\n  scope: /providers/Microsoft.Management/managementGroups/mg-gone\n`
    )
    const line = text.split('\n').length + 1
    const run = await cli(['plan'])
    expect(run.stderr).toBe('')
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain(`- error flux-policy.yaml:${line}:10: customDefinitions.scope /providers/`)
    expect(run.stdout).toContain('managementGroups/mg-gone does not exist in Azure')
    // Azure answers 403 to the group's GET (Azure/azure-rest-api-specs#9549); Check Name Availability tells it
    // apart from a group the identity may not read, and nothing is read under the group.
    const gone = azure.requests.filter((r) => /managementgroups\/mg-gone/i.test(r.path))
    expect(gone.map((r) => [r.route, r.status])).toEqual([['managementGroups.get', 403]])
    expect(azure.requests.forRoute('managementGroups.checkNameAvailability').map((r) => r.status)).toEqual([200])
    expect(writes()).toEqual([])
  })
})
