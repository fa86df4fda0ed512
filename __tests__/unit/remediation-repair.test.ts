import { remediationMissing } from '../../src/apply/remediation-repair.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'

const ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/policyAssignments/a'
const live = (metadata: Record<string, unknown>): LiveAssignment => ({
  id: ID,
  name: 'a',
  scope: '/subscriptions/s/resourceGroups/rg',
  policyDefinitionId: 'd',
  notScopes: [],
  enforcementMode: 'Default',
  parameters: {},
  metadata
})
const at =
  (remediations: Array<{ policyAssignmentId: string; createdOn?: Date; failedOnAuthorization?: boolean }>) =>
  async () =>
    remediations

describe('an unchanged assignment still lacks its remediation', () => {
  it('when none was ever started for it (another assignment’s does not count)', async () => {
    expect(await remediationMissing(live({ createdOn: '2026-01-05T10:00:00Z' }), at([]))).toBe(true)
    expect(
      await remediationMissing(
        live({ createdOn: '2026-01-05T10:00:00Z' }),
        at([{ policyAssignmentId: `${ID}-other`, createdOn: new Date('2026-01-05T11:00:00Z') }])
      )
    ).toBe(true)
  })

  it('when the last one started before Azure last wrote the assignment', async () => {
    const older = { policyAssignmentId: ID.toLowerCase(), createdOn: new Date('2026-01-05T10:00:01Z') }
    expect(
      await remediationMissing(
        live({ createdOn: '2026-01-05T10:00:00Z', updatedOn: '2026-01-06T09:00:00.1234567Z' }),
        at([older])
      )
    ).toBe(true)
    expect(await remediationMissing(live({ createdOn: '2026-01-05T10:00:00Z', updatedOn: null }), at([older]))).toBe(
      false
    )
  })

  it('not when one started after the last write, or when Azure gave no time to compare with', async () => {
    const later = { policyAssignmentId: ID, createdOn: new Date('2026-01-06T09:00:01Z') }
    expect(
      await remediationMissing(
        live({ createdOn: '2026-01-05T10:00:00Z', updatedOn: '2026-01-06T09:00:00Z' }),
        at([later])
      )
    ).toBe(false)
    expect(await remediationMissing(live({}), at([{ policyAssignmentId: ID }]))).toBe(false)
  })

  // "Troubleshoot Azure RBAC": a new role assignment takes up to 10 minutes to take effect, so the remediation
  // started right after granting the identity its role can fail AuthorizationFailed on every deployment.
  it('when the one started since failed only on authorization (the role had not taken effect yet)', async () => {
    const written = live({ createdOn: '2026-01-05T10:00:00Z' })
    const since = { policyAssignmentId: ID, createdOn: new Date('2026-01-05T10:00:05Z') }
    expect(await remediationMissing(written, at([{ ...since, failedOnAuthorization: true }]))).toBe(true)
    expect(await remediationMissing(written, at([{ ...since, failedOnAuthorization: false }]))).toBe(false)
    expect(await remediationMissing(written, at([since]))).toBe(false)
  })
})
