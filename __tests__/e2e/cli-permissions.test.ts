// A signed-in identity too weak for the plan's writes: plan errors name scope and action, apply writes nothing;
// once the role is granted (and has taken effect), apply converges.
import { randomUUID } from 'node:crypto'
import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

const TOP = '/providers/Microsoft.Management/managementGroups/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
const RG_PAYMENTS = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
const RBAC_ADMINISTRATOR = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'
let azure: AzureEmulator
let root: string

beforeAll(async () => {
  // Resource Policy Contributor may write policy assignments and remediations, but not grant the assignments'
  // identities their roles (Microsoft.Authorization/roleAssignments/write). Contributor (which may not write under
  // Microsoft.Authorization either) lets apply's direct update PATCH the Flux configuration the demo fleet already
  // has on arc-store-0103 (Microsoft.KubernetesConfiguration/fluxConfigurations/write); the plan's pre-flight does
  // not check that action, so without it apply would end with a 403 there.
  azure = await startDemoAzure({
    principalRoles: [
      { role: 'Resource Policy Contributor', scope: TOP },
      { role: 'Contributor', scope: TOP }
    ]
  })
  root = copyPolicyRoot('fp-cli-perm-')
})

afterAll(() => stopAll(azure))

const cli = (args: string[]) => runCli(azure, root, args)

// Resource Graph queries are POSTs but reads (the plan's impact counts, apply's cluster reads).
const writes = () =>
  azure.requests.filter(
    (r) => r.method !== 'GET' && !r.path.includes('/oauth2/') && r.route !== 'resourceGraph.resources'
  )

describe('an identity without the roles the plan needs', () => {
  it('fails the plan at each scope it would write, naming the action and a role that grants it', async () => {
    const run = await cli(['plan'])
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain(
      `- error teams/payments/apps.yaml:7:12: The signed-in identity may not perform ` +
        `Microsoft.Authorization/roleAssignments/write on ${RG_PAYMENTS}`
    )
    expect(run.stdout).toContain('Grant it Role Based Access Control Administrator (or Owner)')
    expect(run.stdout).toContain('/providers/Microsoft.Management/managementGroups/contoso-prod')
    expect(run.stdout).not.toContain('policyAssignments/write on')
    // One permissions read per resource group; role assignments and definitions at the other scopes.
    expect(azure.requests.filter((r) => r.route === 'permissions.list').length).toBeGreaterThan(0)
    expect(azure.requests.filter((r) => r.route === 'roleAssignments.list').length).toBeGreaterThan(0)
    expect(writes()).toEqual([])
  })

  it('is refused by apply before its first write', async () => {
    const run = await cli(['apply', '--yes'])
    expect(run.status).not.toBe(0)
    expect(run.stdout + run.stderr).toContain('Microsoft.Authorization/roleAssignments/write')
    expect(writes()).toEqual([])
  })

  // "Troubleshoot Azure RBAC": a new role assignment takes up to 10 minutes to take effect; the emulator's
  // permissions API counts it only then, so the plan still says missing until it has.
  it('converges once the role is granted and has taken effect', async () => {
    azure.context.roleAssignments.put({
      scope: TOP,
      name: randomUUID(),
      roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${RBAC_ADMINISTRATOR}`,
      principalId: azure.servicePrincipalObjectId,
      now: azure.clock.iso(),
      nowMs: azure.clock.now(),
      caller: 'an administrator'
    })
    const early = await cli(['plan'])
    expect(early.status).not.toBe(0)
    expect(early.stdout).toContain(`roleAssignments/write on ${RG_PAYMENTS}`)
    azure.clock.advance(10 * 60_000)
    const applied = await cli(['apply', '--yes'])
    expect(applied.stderr).toBe('')
    expect(applied.status).toBe(0)
    expect(writes().length).toBeGreaterThan(0)
    const again = await cli(['plan'])
    expect(again.status).toBe(0)
    expect(again.stdout).not.toContain('permission')
  })
})
