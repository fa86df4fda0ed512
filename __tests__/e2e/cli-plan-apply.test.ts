import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot, editPolicyFile } from '../helpers/policy-root.js'

let azure: AzureEmulator
let root: string

beforeAll(async () => {
  // Frozen simulated time, identities that replicate at once (action-plan-apply waits for replication).
  azure = await startDemoAzure()
  root = copyPolicyRoot('fp-cli-azure-')
})

afterAll(() => stopAll(azure))

/**
 * The CLI pointed at the emulator the way a user points it at a private cloud. Each command runs 5 simulated seconds
 * after the last, as a user types them: plan and apply read Resource Graph (impact counts, direct updates, orphans),
 * whose quota (15 requests per 5 s window) would otherwise stay spent on the frozen clock, so apply's Resource Graph
 * reads would wait on 429s for a window that never opens.
 */
function cli(args: string[]) {
  azure.clock.advance(5_000)
  return runCli(azure, root, args)
}

const writes = () =>
  azure.requests.filter(
    (r) => r.method !== 'GET' && !r.path.includes('/oauth2/') && r.route !== 'resourceGraph.resources'
  )

const editFile = (path: string, edit: (text: string) => string) => editPolicyFile(root, path, edit)

interface JsonChange {
  action: string
  kind: string
  scope: string
  notScopes?: string[]
  parameters?: Record<string, unknown>
  impact?: Record<string, unknown>
}

/** What a change reaches, from the emulator's fleet (issue #14); `configuration` is lower-case name and URL. */
function fleetImpact(scope: string, notScopes: string[], configuration?: { name: string; url: string }) {
  const clusters = azure.fleet
    .clustersIn(scope)
    .filter((c) => !notScopes.some((s) => azure.fleet.containsCluster(s)(c)))
  const arc = clusters.filter((c) => c.kind === 'connectedCluster')
  const bySubscription: Record<string, number> = {}
  for (const c of clusters) bySubscription[c.subscriptionId] = (bySubscription[c.subscriptionId] ?? 0) + 1
  const carries = (c: (typeof clusters)[number]) =>
    c.fluxConfigurations.some(
      (f) =>
        f.name.toLowerCase() === configuration?.name &&
        (f.gitRepository?.url ?? f.bucket?.url ?? '').toLowerCase() === configuration.url
    )
  return {
    status: 'exact',
    clusters: clusters.length,
    arc: arc.length,
    aks: clusters.length - arc.length,
    disconnected: arc.filter((c) => ['Offline', 'Expired'].includes(c.connectivityStatus)).length,
    bySubscription,
    ...(configuration ? { carrying: clusters.filter(carries).length } : {})
  }
}

const configurationOf = (parameters: Record<string, unknown>) => ({
  name: String(parameters.configurationName).toLowerCase(),
  url: String(parameters.repositoryUrl ?? parameters.bucketUrl).toLowerCase()
})

describe('flux-policy plan and apply against the Azure emulator', () => {
  it('plans without writing, and never prints the client secret', async () => {
    const run = await cli(['plan', '--format', 'json'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).summary).toEqual({ create: 8, update: 0, delete: 0, noop: 0 })
    // Each change's impact, counted by Resource Graph, is what the emulator's fleet holds.
    const changes = JSON.parse(run.stdout).changes as JsonChange[]
    for (const c of changes)
      expect(c.impact).toEqual(
        fleetImpact(c.scope, c.notScopes ?? [], c.kind === 'configuration' ? configurationOf(c.parameters!) : undefined)
      )
    expect(changes.some((c) => Number(c.impact?.clusters) > 0 && Number(c.impact?.carrying) > 0)).toBe(true)
    expect(writes()).toEqual([])
    expect(run.stdout + run.stderr).not.toContain(azure.clientSecret)
  })

  it('rides out throttling: a 429 without Retry-After (which the SDK gives up on), a 503 and a dropped connection', async () => {
    azure.faults.add({
      route: 'policyAssignments.list',
      sequence: [{ kind: 'throttle' }, { kind: 'error', status: 503 }, { kind: 'drop' }]
    })
    const run = await cli(['plan', '--format', 'json'])
    azure.faults.clear()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).summary.create).toBe(8)
    expect(azure.requests.filter((r) => r.fault).map((r) => r.fault)).toEqual(['throttle', 'error', 'drop'])
  })

  it('will not apply without confirmation when there is no terminal', async () => {
    const run = await cli(['apply'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('pass --yes')
    expect(writes()).toEqual([])
  })

  it('applies, then plans nothing: Azure as it stores the assignments matches the files', async () => {
    const applied = await cli(['apply', '--yes'])
    expect(applied.stderr).not.toContain('✗')
    expect(applied.status).toBe(0)
    expect(applied.stdout).toContain('Applied: 8 changes.')
    const again = await cli(['plan'])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/Plan: No changes\./)
  })

  it('updates parameter by parameter', async () => {
    editFile('teams/payments/apps.yaml', (t) =>
      t.replace(
        'branch: main\n      syncInterval: 5m\n      https:',
        'branch: release\n      syncInterval: 5m\n      https:'
      )
    )
    const plan = await cli(['plan'])
    expect(plan.stdout).toMatch(/! parameters\.repositoryRefBranch: "main" → "release"/)
    // The built-in compares the refs inside anyOf, where the empty tag still matches: remediation would not redeploy.
    expect(plan.stdout).toContain(
      '# existing clusters: invisible to the policy, apply updates clusters directly repositoryRefBranch'
    )
    expect(plan.stdout).toMatch(/Plan: 1 to update\./)
    const applied = await cli(['apply', '--yes'])
    expect(applied.status).toBe(0)
    expect((await cli(['plan'])).stdout).toMatch(/No changes/)
  })

  it('stops before any write when deletions exceed safety.maxDeletes', async () => {
    editFile('flux-policy.yaml', (t) => t.replace('maxDeletes: 5', 'maxDeletes: 0'))
    editFile('teams/data/pipelines.yaml', (t) => t.slice(0, t.indexOf('  # A MinIO bucket')))
    const before = writes().length
    const run = await cli(['apply', '--yes'])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('more than safety.maxDeletes (0)')
    expect(writes().length).toBe(before)
  })

  it('deletes what it owns when allowed, and the next plan is empty', async () => {
    // The plan says how many clusters keep the deleted source's configuration (orphans after the delete).
    const planned = JSON.parse((await cli(['plan', '--format', 'json'])).stdout).changes as JsonChange[]
    const deleted = planned.find((c) => c.action === 'delete')!
    const models = { name: 'data-models', url: 'http://minio.data.svc.cluster.local:9000' }
    expect(deleted.impact).toEqual(fleetImpact(deleted.scope, [], models))
    const run = await cli(['apply', '--yes', '--allow-deletes'])
    expect(run.status).toBe(0)
    // The data-models source only: its resource group never had a prerequisite of its own (the group above covers it).
    const deletes = writes().filter((r) => r.method === 'DELETE' && r.path.includes('policyAssignments'))
    expect(deletes).toHaveLength(1)
    expect((await cli(['plan'])).stdout).toMatch(/No changes/)
  })
})
