import { describe, expect, it } from '@jest/globals'
import type { AssignmentOutcome } from '../../../src/apply/apply-result.js'
import {
  followRemediations,
  ROLE_PROPAGATION_MS,
  type RemediationFollowUp
} from '../../../src/apply/follow-remediations.js'
import type { ClusterDeployment } from '../../../src/apply/remediation-status.js'

const SCOPE = '/subscriptions/1111/resourceGroups/rg-shop'

/** Remediations that finish at once: those started before `rolesEffectiveAt` fail AuthorizationFailed. */
function azureWithPropagation(rolesEffectiveAt: number, code = 'AuthorizationFailed') {
  let now = 0
  const started: Array<{ id: string; at: number; discovery: string }> = []
  const failed = (id: string) => started.find((s) => s.id === id)!.at < rolesEffectiveAt
  const azure: RemediationFollowUp = {
    subscriptionsBelow: async () => [],
    trigger: async () => async () => true,
    startRemediation: async (_assignmentId, scope, name, discovery) => {
      const id = `${scope}/providers/Microsoft.PolicyInsights/remediations/${name}`
      started.push({ id, at: now, discovery })
      return id
    },
    status: async (id) => ({
      id,
      state: failed(id) ? 'Failed' : 'Succeeded',
      total: 2,
      succeeded: failed(id) ? 0 : 2,
      failed: failed(id) ? 2 : 0
    }),
    deployments: async (id): Promise<ClusterDeployment[]> =>
      ['a', 'b'].map((c) => ({
        resourceId: c,
        status: failed(id) ? 'Failed' : 'Succeeded',
        ...(failed(id) ? { code } : {})
      })),
    sleep: async (ms) => {
      now += ms
    },
    now: () => now
  }
  return { azure, started }
}

function outcome(rolesGranted: AssignmentOutcome['rolesGranted'], remediationId: string): AssignmentOutcome {
  return {
    key: 'shop/apps',
    name: 'fp-shop-apps',
    scope: SCOPE,
    team: 'shop',
    source: 'apps',
    action: 'create',
    status: 'succeeded',
    rolesGranted,
    remediationId,
    assignmentId: `${SCOPE}/providers/Microsoft.Authorization/policyAssignments/fp-shop-apps`
  }
}

describe('followRemediations', () => {
  it('starts a task again once the roles apply granted have taken effect, when its deployments failed on authorization', async () => {
    const { azure, started } = azureWithPropagation(ROLE_PROPAGATION_MS)
    const first = await azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    const outcomes = [outcome([{ scope: SCOPE, result: 'created' }], first)]
    const results = await followRemediations(outcomes, azure, 30 * 60_000, { appliedAt: 0 })
    expect(started.map((s) => s.discovery)).toEqual(['ReEvaluateCompliance', 'ExistingNonCompliant'])
    expect(started[1]!.at).toBeGreaterThanOrEqual(ROLE_PROPAGATION_MS)
    expect(results.map((r) => r.state)).toEqual(['Succeeded'])
    expect(outcomes[0]!.remediationId).toBe(started[1]!.id)
  })

  it('reports an authorization failure as it is when apply granted no role (a real permission problem)', async () => {
    const { azure, started } = azureWithPropagation(ROLE_PROPAGATION_MS)
    const first = await azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    const results = await followRemediations([outcome([], first)], azure, 30 * 60_000, { appliedAt: 0 })
    expect(started).toHaveLength(1)
    expect(results.map((r) => r.state)).toEqual(['Failed'])
  })

  it('starts a task again when only some of its failed deployments failed on authorization', async () => {
    const { azure, started } = azureWithPropagation(ROLE_PROPAGATION_MS)
    const deployments = azure.deployments
    // One cluster of the task has no Flux extension yet: it fails for its own reason beside the refused one.
    azure.deployments = async (id) =>
      (await deployments(id)).map((d, i) => (i === 0 && d.code ? { ...d, code: 'ExtensionNotInstalled' } : d))
    const first = await azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    await followRemediations([outcome([{ scope: SCOPE, result: 'created' }], first)], azure, 30 * 60_000, {
      appliedAt: 0
    })
    expect(started.map((s) => s.discovery)).toEqual(['ReEvaluateCompliance', 'ExistingNonCompliant'])
  })

  it('marks the task for the next run when the wait ends before the roles take effect', async () => {
    const { azure, started } = azureWithPropagation(ROLE_PROPAGATION_MS)
    const first = await azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    const outcomes = [outcome([{ scope: SCOPE, result: 'created' }], first)]
    const results = await followRemediations(outcomes, azure, 60_000, { appliedAt: 0 })
    expect(started).toHaveLength(1)
    expect(results.map((r) => [r.state, r.retryNextRun])).toEqual([['Failed', true]])
    const other = azureWithPropagation(ROLE_PROPAGATION_MS, 'DeploymentFailed')
    const id = await other.azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    const notRetried = await followRemediations(
      [outcome([{ scope: SCOPE, result: 'created' }], id)],
      other.azure,
      60_000,
      {
        appliedAt: 0
      }
    )
    expect(notRetried.map((r) => r.retryNextRun)).toEqual([undefined])
  })

  it('does not retry other failures', async () => {
    const { azure, started } = azureWithPropagation(ROLE_PROPAGATION_MS, 'DeploymentFailed')
    const first = await azure.startRemediation('a', SCOPE, 'fp-shop-apps-1', 'ReEvaluateCompliance')
    await followRemediations([outcome([{ scope: SCOPE, result: 'created' }], first)], azure, 30 * 60_000, {
      appliedAt: 0
    })
    expect(started).toHaveLength(1)
  })
})
