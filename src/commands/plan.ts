import type { Problem } from '../config/problem.js'
import type { DesiredState } from '../desired/desired-assignment.js'
import { buildDesiredState } from '../desired/build-desired-state.js'
import type { AzureReads } from '../plan/azure-reads.js'
import { buildPlan } from '../plan/build-plan.js'
import type { Plan } from '../plan/plan.js'
import { scopesToRead, type ScopeRead } from '../plan/scopes-to-read.js'
import { validateRoot } from './validate.js'
import { locatedSources, type PolicyModel } from '../config/model.js'
import { platformOwners } from '../config/team-owners.js'
import { builtinsForReach, withUpdateReach } from '../plan/plan-reach.js'
import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import { distinctScopes, scopeFindings, withScopeFindings, type ScopeUse } from '../plan/scope-existence.js'
import {
  permissionFindings,
  permissionNeeds,
  permissionScopes,
  type OrphanRemoval
} from '../plan/permission-preflight.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import { readFleetImpact } from '../plan/fleet-impact.js'
import { withImpact } from '../plan/with-impact.js'

export type PlanOutcome =
  | { kind: 'invalid'; problems: Problem[]; fileCount: number }
  | {
      kind: 'planned'
      plan: Plan
      desired: DesiredState
      scopesRead: ScopeRead[]
      /** Each team's `owners` from the platform file, for the plan comment, the text plan and drift issues. */
      teamOwners: Record<string, string[]>
    }

export interface PlanRootOptions {
  /**
   * Check that the signed-in identity may make every write of the plan (default true): one permissions read per
   * scope it writes; what it lacks becomes a plan error, so apply stops before its first write. The audit, which
   * writes nothing to Azure, turns it off.
   */
  checkPermissions?: boolean
  /** Resource Graph, to count the clusters each change reaches (issue #14); without it the plan has no impact. */
  resourceGraph?: ResourceGraphRunner
  /**
   * This apply removes the configurations deleted sources leave (the pull request's label, or the CLI's
   * `--remove-orphaned-configurations`), as safety.removeConfigurationsOnDelete does: the pre-flight checks it may.
   */
  removeOrphans?: boolean
}

/** validate → desired → live state (read only) → plan (→ permissions, reach, fleet impact). Writes nothing. */
export async function planRoot(
  root: string,
  repository: string,
  azure: AzureReads,
  options: PlanRootOptions = {}
): Promise<PlanOutcome> {
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
  const uses = scopeUses(model)
  // Existence first: Azure answers 403, not 404, to every read under a management group that does not exist, so a
  // scope found missing is left out of the other reads (the plan reports it at its line instead).
  const builtinsRead = azure.builtinDefinitions(desired.definitions.map((d) => d.basedOn))
  const existence = await azure.scopeExistence(distinctScopes(uses))
  const exists = (scope: string) => existence.get(scope.toLowerCase()) !== 'missing'
  const [live, definitions, builtins] = await Promise.all([
    azure.liveAssignments(scopesRead.filter((read) => exists(read.scope))),
    definitionScope && exists(definitionScope) ? azure.customDefinitions(definitionScope) : Promise.resolve([]),
    builtinsRead
  ])
  let plan = withScopeFindings(buildPlan(desired, live, { definitions, builtins }), scopeFindings(uses, existence))
  plan = withUpdateReach(plan, await withBuiltins(azure, builtins, builtinsForReach(plan)))
  const needs =
    options.checkPermissions === false || plan.errors.length > 0
      ? []
      : permissionNeeds(plan, uses, orphanRemoval(model, options.removeOrphans === true))
  if (needs.length > 0)
    plan = withScopeFindings(plan, permissionFindings(needs, await azure.permissions(permissionScopes(needs))))
  if (options.resourceGraph)
    plan = withImpact(plan, await readFleetImpact(plan.changes, plan.roleAssignments, options.resourceGraph))
  return { kind: 'planned', plan, desired, scopesRead, teamOwners: platformOwners(platform) }
}

/** The built-ins already read, plus those the plan's updates need (read only when an update changes a parameter). */
async function withBuiltins(
  azure: AzureReads,
  read: Map<string, PolicyDefinitionBody>,
  needed: readonly string[]
): Promise<Map<string, PolicyDefinitionBody>> {
  const missing = needed.filter((guid) => !read.has(guid))
  return missing.length === 0 ? read : new Map([...read, ...(await azure.builtinDefinitions(missing))])
}

/** Whether, and by what, removing orphaned configurations is opted in; the field to point a missing permission at. */
function orphanRemoval(model: PolicyModel, byLabel: boolean): OrphanRemoval | undefined {
  const inFile = model.platform.content.safety?.removeConfigurationsOnDelete === true
  if (!inFile && !byLabel) return undefined
  const { file, document } = model.platform
  return {
    by: inFile
      ? 'safety.removeConfigurationsOnDelete'
      : "the label 'flux-policy:remove-orphaned-configurations' or --remove-orphaned-configurations",
    // The setting, else the deepest of its ancestors in the file (`safety`, or the file's start).
    use: { scope: '', file, ...document.positionOf(['safety', 'removeConfigurationsOnDelete']), field: 'safety' }
  }
}

/**
 * Every scope the plan writes to, at the field that names it: each source's scope (its extension prerequisite
 * goes to the same scope) and the custom definitions' scope. Exclusions (`exclude`) are not checked: the Policy
 * docs (assignment structure, "Excluded scopes") describe notScopes as ids left out of evaluation, with no
 * requirement that they exist, and an exclusion may name a cluster that comes later.
 */
function scopeUses(model: PolicyModel): ScopeUse[] {
  const documents = new Map(model.teams.map((t) => [t.file, t.document]))
  const uses: ScopeUse[] = locatedSources(model).map(({ file, index, spec }) => ({
    scope: spec.scope,
    file,
    ...documents.get(file)!.positionOf(['sources', index, 'scope']),
    field: 'scope'
  }))
  const definitionScope = model.platform.content.customDefinitions?.scope
  if (definitionScope)
    uses.push({
      scope: definitionScope,
      file: model.platform.file,
      ...model.platform.document.positionOf(['customDefinitions', 'scope']),
      field: 'customDefinitions.scope'
    })
  return uses
}
