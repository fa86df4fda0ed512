import type { Problem } from '../config/problem.js'
import type { DesiredState } from '../desired/desired-assignment.js'
import { buildDesiredState } from '../desired/build-desired-state.js'
import type { AzureReads } from '../plan/azure-reads.js'
import { buildPlan } from '../plan/build-plan.js'
import type { Plan } from '../plan/plan.js'
import { scopesToRead, type ScopeRead } from '../plan/scopes-to-read.js'
import { validateRoot } from './validate.js'

export type PlanOutcome =
  | { kind: 'invalid'; problems: Problem[]; fileCount: number }
  | { kind: 'planned'; plan: Plan; desired: DesiredState; scopesRead: ScopeRead[] }

/** validate → desired state → live state (read only) → plan. Writes nothing anywhere. */
export async function planRoot(root: string, repository: string, azure: AzureReads): Promise<PlanOutcome> {
  const { problems, model, fileCount } = await validateRoot(root)
  if (!model) return { kind: 'invalid', problems, fileCount }
  const desired = buildDesiredState(model, { repository })
  const platform = model.platform.content
  const granted = Object.values(platform.teams).flatMap((t) => t.scopes)
  const declared = Object.values(platform.managementGroups ?? {}).flat()
  const scopesRead = scopesToRead(
    desired.assignments.map((a) => a.scope),
    granted,
    declared
  )
  const definitionScope = platform.customDefinitions?.scope
  const [live, definitions, builtins] = await Promise.all([
    azure.liveAssignments(scopesRead),
    definitionScope ? azure.customDefinitions(definitionScope) : Promise.resolve([]),
    azure.builtinDefinitions(desired.definitions.map((d) => d.basedOn))
  ])
  return { kind: 'planned', plan: buildPlan(desired, live, { definitions, builtins }), desired, scopesRead }
}
