import type { DesiredAssignment, DesiredState } from '../desired/desired-assignment.js'
import { assignmentStateHash } from '../desired/state-hash.js'
import { diffAssignment } from './field-diff.js'
import { assignmentKey, ownershipOf, type LiveAssignment } from './live-assignment.js'
import type { AssignmentChange, ChangeCounts, LiveDefinition, Plan, PlanError, PlanWarning } from './plan.js'
import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import { planDefinitions } from './definition-changes.js'
import { planHash } from './plan-hash.js'
import { definitionRemediations, followUps } from './follow-ups.js'
import { limitErrors } from './azure-limits.js'
import { configurationRename } from './configuration-rename.js'
import { hierarchyFrom } from '../config/scope.js'
import { foreignEquivalentPrerequisite, prerequisiteCollision, sharedPrerequisiteNote } from './shared-prerequisites.js'

/** Live custom definitions and the built-ins they derive from; empty when no source needs one. */
export interface LiveDefinitionState {
  definitions: readonly LiveDefinition[]
  builtins: ReadonlyMap<string, PolicyDefinitionBody>
}

const NO_DEFINITIONS: LiveDefinitionState = { definitions: [], builtins: new Map() }

/** (desired, live) → the ordered changes that make Azure match the files. Pure. */
export function buildPlan(
  desired: DesiredState,
  live: readonly LiveAssignment[],
  liveDefinitions: LiveDefinitionState = NO_DEFINITIONS
): Plan {
  const liveByKey = new Map(live.map((l) => [assignmentKey(l.scope, l.name), l]))
  const desiredKeys = new Set<string>()
  const errors: PlanError[] = []
  const warnings: PlanWarning[] = []
  const changes: AssignmentChange[] = []
  const hierarchy = hierarchyFrom(desired.managementGroups)

  for (const d of desired.assignments) {
    const key = assignmentKey(d.scope, d.name)
    desiredKeys.add(key)
    const base = {
      key,
      name: d.name,
      scope: d.scope,
      kind: d.kind,
      team: d.metadata.fluxPolicy.team,
      source: d.metadata.fluxPolicy.source
    }
    const existing = liveByKey.get(key)
    const theirs = foreignEquivalentPrerequisite(d, live, desired.repository, hierarchy)
    if (theirs && (!existing || ownershipOf(existing, desired.repository).owner !== 'this-repository')) {
      warnings.push(sharedPrerequisiteNote(d, theirs, desired.repository))
      continue
    }
    if (!existing) {
      changes.push({ ...base, action: 'create', desired: d })
      continue
    }
    const owner = ownershipOf(existing, desired.repository)
    if (owner.owner !== 'this-repository') {
      if (d.kind === 'extension') {
        errors.push(prerequisiteCollision(d, existing, desired.repository))
        continue
      }
      errors.push(
        collision(
          d,
          owner.owner === 'other-repository'
            ? `repository ${owner.repository}`
            : 'nobody (it was not created by flux-policy)'
        )
      )
      continue
    }
    const diffs = [...diffAssignment(d, existing), ...markerDiffs(d, owner)]
    if (diffs.length === 0) {
      changes.push({ ...base, action: 'no-op', desired: d, live: existing })
      continue
    }
    changes.push({ ...base, action: 'update', desired: d, live: existing, diffs })
    const renamed = configurationRename(d, diffs)
    if (renamed) errors.push(renamed)
    if (isDrifted(existing, owner.desiredStateHash))
      warnings.push(drift(key, d.name, 'this apply overwrites those edits'))
  }

  for (const l of live) {
    const key = assignmentKey(l.scope, l.name)
    const owner = ownershipOf(l, desired.repository)
    if (desiredKeys.has(key) || owner.owner !== 'this-repository') continue
    changes.push({
      key,
      name: l.name,
      scope: l.scope,
      kind: owner.source === 'flux-extension' ? 'extension' : 'configuration',
      team: owner.team,
      source: owner.source,
      action: 'delete',
      live: l
    })
    if (isDrifted(l, owner.desiredStateHash))
      warnings.push(drift(key, l.name, 'it is deleted anyway, since its source is gone from the files'))
  }

  const ordered = changes.sort(byApplyOrder)
  const { roleAssignments, remediations } = followUps(ordered)
  errors.push(...limitErrors(ordered, live, roleAssignments))
  const definitions = planDefinitions(
    {
      desired: desired.definitions,
      live: liveDefinitions.definitions,
      builtins: liveDefinitions.builtins,
      repository: desired.repository
    },
    live,
    ordered
  )
  errors.push(...definitions.errors)
  warnings.push(...definitions.warnings)
  remediations.push(...definitionRemediations(definitions.changes, ordered, remediations))
  const plan = {
    repository: desired.repository,
    changes: ordered,
    definitionChanges: definitions.changes,
    definitionCounts: definitions.counts,
    roleAssignments,
    remediations,
    warnings,
    errors,
    maxDeletes: desired.maxDeletes,
    ...counted(ordered)
  }
  return { ...plan, hash: planHash(plan) }
}

function collision(d: DesiredAssignment, owner: string): PlanError {
  return {
    code: 'name-collision',
    file: d.origin.file,
    line: d.origin.line,
    message: `An assignment named '${d.name}' already exists at ${d.scope} and belongs to ${owner}; flux-policy never overwrites it. Rename the source, or delete that assignment in Azure if it is stale.`
  }
}

function markerDiffs(d: DesiredAssignment, owner: { team: string; file: string; source: string }) {
  const marker = d.metadata.fluxPolicy
  return (['team', 'file', 'source'] as const)
    .filter((k) => owner[k] !== marker[k])
    .map((k) => ({ field: `metadata.${k}`, before: owner[k], after: marker[k] }))
}

function isDrifted(live: LiveAssignment, recordedHash: string | undefined): boolean {
  return recordedHash !== undefined && assignmentStateHash(live) !== recordedHash
}

function drift(key: string, name: string, consequence: string): PlanWarning {
  return {
    code: 'drift',
    assignmentKey: key,
    message: `Assignment '${name}' was changed outside flux-policy (in the portal or by another tool) since it was last applied; ${consequence}.`
  }
}

const ACTION_ORDER = { create: 1, update: 1, 'no-op': 1, delete: 2 } as const

function byApplyOrder(a: AssignmentChange, b: AssignmentChange): number {
  const rank = (c: AssignmentChange) =>
    ACTION_ORDER[c.action] * 10 +
    (c.action === 'delete' ? (c.kind === 'extension' ? 1 : 0) : c.kind === 'extension' ? 0 : 1)
  return rank(a) - rank(b) || a.scope.localeCompare(b.scope) || a.name.localeCompare(b.name)
}

function counted(changes: AssignmentChange[]): { counts: ChangeCounts; countsByTeam: Record<string, ChangeCounts> } {
  const empty = (): ChangeCounts => ({ create: 0, update: 0, delete: 0, noop: 0 })
  const counts = empty()
  const countsByTeam: Record<string, ChangeCounts> = {}
  for (const c of changes) {
    const field = c.action === 'no-op' ? 'noop' : c.action
    counts[field]++
    ;(countsByTeam[c.team] ??= empty())[field]++
  }
  return { counts, countsByTeam }
}
