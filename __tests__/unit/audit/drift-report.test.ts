// Assignment drift: the plan against live state, per source — the live assignment edited, deleted, or left behind.
import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { buildDesiredState } from '../../../src/desired/build-desired-state.js'
import type { DesiredAssignment } from '../../../src/desired/desired-assignment.js'
import { buildPlan } from '../../../src/plan/build-plan.js'
import type { LiveAssignment } from '../../../src/plan/live-assignment.js'
import { driftCounts, teamHealth, healthyPercent } from '../../../src/audit/drift-counts.js'
import { buildDriftReports } from '../../../src/audit/drift-report.js'
import { sourceExpectations } from '../../../src/audit/expectation.js'
import { changeDiffLines } from '../../../src/render/plan/describe-change.js'
import { readPolicyRoot } from '../../helpers/policy-root.js'

const live = (d: DesiredAssignment): LiveAssignment => ({
  id: `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
  name: d.name,
  scope: d.scope,
  policyDefinitionId: d.policyDefinitionId,
  displayName: d.displayName,
  description: d.description,
  notScopes: d.notScopes,
  enforcementMode: d.enforcementMode,
  parameters: { ...d.parameters },
  metadata: JSON.parse(JSON.stringify(d.metadata)) as Record<string, unknown>,
  location: d.location,
  identity: { type: 'SystemAssigned', principalId: 'p' }
})

describe('assignment drift per source', () => {
  const { model } = validatePolicyFiles(readPolicyRoot('examples'))
  const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
  const expectations = sourceExpectations(desired)
  const stored = desired.assignments.map(live)
  const sourceOf = (l: LiveAssignment) => (l.metadata.fluxPolicy as { source: string }).source
  const deleted = (l: LiveAssignment) =>
    sourceOf(l) === 'security-tools' || (sourceOf(l) === 'flux-extension' && l.scope.endsWith('contoso-prod'))
  const edited = stored
    .map((l) => (sourceOf(l) === 'payments-apps' ? { ...l, enforcementMode: 'DoNotEnforce' } : l))
    .filter((l) => !deleted(l))
  const leftBehind = {
    ...stored.find((l) => sourceOf(l) === 'data-models')!,
    name: 'data-old-models',
    id: 'x/data-old-models'
  }
  leftBehind.metadata = {
    ...leftBehind.metadata,
    fluxPolicy: { ...(leftBehind.metadata.fluxPolicy as object), source: 'old-models' }
  }
  const { reports, health } = buildDriftReports(
    expectations,
    { drift: [], totals: [] },
    buildPlan(desired, [...edited, leftBehind]),
    changeDiffLines
  )

  it('reports edited, deleted and left-behind assignments under their source, extension prerequisites by scope', () => {
    expect(reports.map((r) => [r.key, r.assignments.map((a) => a.action)])).toEqual([
      ['data/old-models', ['delete']],
      ['flux-extension:/providers/microsoft.management/managementgroups/contoso-prod', ['create']],
      ['payments/payments-apps', ['update']],
      ['platform/security-tools', ['create']]
    ])
    expect(reports.find((r) => r.key === 'payments/payments-apps')!.assignments[0]!.lines).toEqual([
      '! enforcementMode: "DoNotEnforce" → "Default"'
    ])
    expect(reports.find((r) => r.key === 'data/old-models')!.file).toBe('teams/data/pipelines.yaml')
  })

  it("counts them, and sums each team's health", () => {
    expect(driftCounts(reports)['changed-assignment']).toBe(4)
    const teams = teamHealth(
      health.map((h) => ({ ...h, clusters: 10, drifted: h.team === 'payments' ? 3 : 0 })),
      reports
    )
    expect(teams.map((t) => [t.team, t.sources, t.driftedSources, t.expected, t.drifted, healthyPercent(t)])).toEqual([
      ['(flux extension)', 0, 1, 0, 0, 100],
      ['data', 2, 1, 20, 0, 100],
      ['payments', 2, 1, 20, 6, 70],
      ['platform', 2, 1, 20, 0, 100]
    ])
  })
})
