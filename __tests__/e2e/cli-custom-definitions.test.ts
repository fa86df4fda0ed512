import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot, editPolicyFile } from '../helpers/policy-root.js'

const LAYERED = `
  - name: layered
    scope: /providers/Microsoft.Management/managementGroups/contoso-prod
    git: { url: https://github.com/contoso/layered, branch: main }
    namespace: layered
    kustomizations:
      - { name: infra, path: ./infra }
      - { name: apps, path: ./apps, dependsOn: [infra], prune: true }
`
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  azure = await startDemoAzure()
  root = copyPolicyRoot('fp-custom-')
  edit(
    'flux-policy.yaml',
    (t) => `${t}customDefinitions:\n  scope: /providers/Microsoft.Management/managementGroups/contoso-prod\n`
  )
  edit('teams/platform/baseline.yaml', (t) => t + LAYERED)
})

afterAll(() => stopAll(azure))

const edit = (path: string, change: (text: string) => string) => editPolicyFile(root, path, change)

// Each run starts a Resource Graph quota window (15 queries per 5 s) of its own: plans read impact counts there and
// apply reads the clusters (orphans, direct updates), so runs back to back on the frozen clock would use it up.
const cli = (args: string[]) => {
  azure.clock.advance(5_000)
  return runCli(azure, root, args)
}
const definitionWrites = (method: string) =>
  azure.requests.filter((r) => r.method === method && /policyDefinitions\/fp-def-/.test(r.path))

describe('sources no built-in can express get a generated custom definition (CLI against the emulator)', () => {
  it('plans the definition with the assignment that uses it', async () => {
    const run = await cli(['plan'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /\+ custom definition for platform\/layered — create fp-def-platform-layered-[0-9a-f]{8}/
    )
    expect(run.stdout).toContain('+ kustomization apps: path ./apps, after infra, prune')
    expect(run.stdout).toMatch(/Plan: 9 to create\. Custom definitions: 1 to create\./)
  })

  it('applies the definition before the assignment, then plans nothing', async () => {
    const run = await cli(['apply', '--yes'])
    expect(run.stderr).not.toContain('✗')
    expect(run.status).toBe(0)
    const definitionPut = azure.requests.findIndex(
      (r) => r.method === 'PUT' && /policyDefinitions\/fp-def-/.test(r.path)
    )
    const assignmentPut = azure.requests.findIndex(
      (r) => r.method === 'PUT' && /policyAssignments\/fp-platform-lay/.test(r.path)
    )
    expect(definitionPut).toBeGreaterThanOrEqual(0)
    expect(assignmentPut).toBeGreaterThan(definitionPut)
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
  })

  it('updates the definition alone when only a hard-coded value changes', async () => {
    edit('teams/platform/baseline.yaml', (t) =>
      t.replace(
        '{ name: apps, path: ./apps, dependsOn: [infra], prune: true }',
        '{ name: apps, path: ./apps/prod, dependsOn: [infra], prune: true }'
      )
    )
    const plan = await cli(['plan'])
    expect(plan.stdout).toMatch(/Plan: No assignment changes\. Custom definitions: 1 to update\./)
    const before = definitionWrites('PUT').length
    expect((await cli(['apply', '--yes'])).status).toBe(0)
    expect(definitionWrites('PUT').length).toBe(before + 1)
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
  })

  it('deletes the definition after the last assignment using it', async () => {
    edit('teams/platform/baseline.yaml', (t) => t.slice(0, t.indexOf('\n  - name: layered')) + '\n')
    const plan = await cli(['plan'])
    expect(plan.stdout).toMatch(/Plan: 1 to delete\. Custom definitions: 1 to delete\./)
    const applied = await cli(['apply', '--yes'])
    expect(applied.status).toBe(0)
    const definitionDelete = azure.requests.findIndex(
      (r) => r.method === 'DELETE' && /policyDefinitions\/fp-def-/.test(r.path)
    )
    const assignmentDelete = azure.requests.findIndex(
      (r) => r.method === 'DELETE' && /policyAssignments\/fp-platform-lay/.test(r.path)
    )
    expect(assignmentDelete).toBeGreaterThanOrEqual(0)
    expect(definitionDelete).toBeGreaterThan(assignmentDelete)
    expect((await cli(['plan'])).stdout).toMatch(/Plan: No changes\./)
  })
})
