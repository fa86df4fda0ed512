import type { AssignmentChange, Plan } from '../../plan/plan.js'
import { terminalJson } from '../terminal-text.js'

/** Version of the JSON plan document (docs/plan-json.md describes it). */
export const PLAN_JSON_VERSION = 1

/** The JSON plan: stable, documented, for artifacts and other tools. */
export function renderPlanJson(plan: Plan, context: { commit?: string } = {}): string {
  return terminalJson(
    JSON.stringify(
      {
        version: PLAN_JSON_VERSION,
        repository: plan.repository,
        commit: context.commit,
        hash: plan.hash,
        summary: plan.counts,
        byTeam: plan.countsByTeam,
        changes: plan.changes.map(changeJson),
        definitions: plan.definitionChanges.map((c) => ({
          action: c.action,
          team: c.team,
          source: c.source,
          name: c.name,
          scope: c.scope,
          ...(c.action === 'create' || c.action === 'update'
            ? { basedOn: c.desired.basedOn, kustomizations: c.desired.kustomizations }
            : {}),
          ...(c.action === 'update' && c.reach ? { reach: c.reach } : {})
        })),
        roleAssignments: plan.roleAssignments,
        remediations: plan.remediations,
        warnings: plan.warnings,
        errors: plan.errors
      },
      null,
      2
    )
  )
}

function changeJson(c: AssignmentChange) {
  const base = {
    action: c.action,
    kind: c.kind,
    team: c.team,
    source: c.source,
    name: c.name,
    scope: c.scope,
    ...(c.impact ? { impact: c.impact } : {})
  }
  switch (c.action) {
    case 'create':
      return {
        ...base,
        policyDefinitionId: c.desired.policyDefinitionId,
        parameters: c.desired.parameters,
        notScopes: c.desired.notScopes,
        enforcementMode: c.desired.enforcementMode
      }
    case 'update':
      return {
        ...base,
        policyDefinitionId: c.desired.policyDefinitionId,
        diffs: c.diffs,
        ...(c.reach ? { reach: c.reach } : {})
      }
    case 'delete':
      return { ...base, policyDefinitionId: c.live.policyDefinitionId }
    case 'no-op':
      return base
  }
}
