import type { DesiredDefinition } from '../desired/desired-definition.js'
import {
  customDefinitionBody,
  TemplateShapeError,
  type PolicyDefinitionBody
} from '../desired/custom-definition-body.js'
import { ownershipOf, type LiveAssignment } from './live-assignment.js'
import type {
  AssignmentChange,
  ChangeCounts,
  DefinitionChange,
  LiveDefinition,
  PlanError,
  PlanWarning
} from './plan.js'

export interface DefinitionInputs {
  desired: readonly DesiredDefinition[]
  live: readonly LiveDefinition[]
  /** The built-ins the desired definitions derive from, as Azure serves them, by GUID (lower case). */
  builtins: ReadonlyMap<string, PolicyDefinitionBody>
  repository: string
}

const keyOf = (id: string) => id.replace(/^\/+/, '').toLowerCase()
const hashIn = (metadata: Record<string, unknown> | undefined) =>
  (metadata?.fluxPolicy as { desiredStateHash?: string } | undefined)?.desiredStateHash

/**
 * Creates and updates of the generated definitions (an update when the body, built from the current built-in and
 * the files, hashes differently from what was written), and deletes of this repository's definitions no source
 * needs — unless an assignment that stays still uses one.
 */
export function planDefinitions(
  inputs: DefinitionInputs,
  liveAssignments: readonly LiveAssignment[],
  assignmentChanges: readonly AssignmentChange[]
) {
  const changes: DefinitionChange[] = []
  const errors: PlanError[] = []
  const warnings: PlanWarning[] = []
  const liveById = new Map(inputs.live.map((l) => [keyOf(l.id), l]))
  for (const d of inputs.desired) {
    const base = {
      key: keyOf(d.id),
      name: d.name,
      scope: d.scope,
      team: d.metadata.fluxPolicy.team,
      source: d.metadata.fluxPolicy.source
    }
    const builtin = inputs.builtins.get(d.basedOn.toLowerCase())
    const body = builtin
      ? bodyOrError(builtin, d, errors)
      : (errors.push(unavailable(d, `the built-in definition ${d.basedOn} could not be read`)), undefined)
    if (!body) continue
    const live = liveById.get(base.key)
    if (!live) {
      changes.push({ ...base, action: 'create', desired: d, body })
      continue
    }
    const owner = ownershipOf(live, inputs.repository)
    if (owner.owner !== 'this-repository') {
      errors.push(
        unavailable(d, `a definition named '${d.name}' already exists at ${d.scope} and is not this repository's`)
      )
      continue
    }
    changes.push(
      hashIn(live.metadata) === hashIn(body.metadata)
        ? { ...base, action: 'no-op', desired: d, live, body }
        : { ...base, action: 'update', desired: d, body, live }
    )
  }
  const wanted = new Set(inputs.desired.map((d) => keyOf(d.id)))
  const deleted = new Set(assignmentChanges.filter((c) => c.action === 'delete').map((c) => c.key))
  for (const live of inputs.live) {
    const owner = ownershipOf(live, inputs.repository)
    if (wanted.has(keyOf(live.id)) || owner.owner !== 'this-repository') continue
    const users = liveAssignments.filter(
      (a) =>
        keyOf(a.policyDefinitionId) === keyOf(live.id) &&
        !deleted.has(`${a.scope.replace(/^\/+/, '').toLowerCase()}|${a.name.toLowerCase()}`)
    )
    if (users.length > 0) {
      warnings.push({
        code: 'definition-in-use',
        assignmentKey: keyOf(live.id),
        message: `Definition '${live.name}' is no longer needed by the files but is still assigned (${users.map((u) => u.name).join(', ')}); it is kept until nothing uses it.`
      })
      continue
    }
    changes.push({
      key: keyOf(live.id),
      name: live.name,
      scope: live.scope,
      team: owner.team,
      source: owner.source,
      action: 'delete',
      live
    })
  }
  return { changes, errors, warnings, counts: countOf(changes) }
}

function bodyOrError(
  builtin: PolicyDefinitionBody,
  d: DesiredDefinition,
  errors: PlanError[]
): PolicyDefinitionBody | undefined {
  try {
    return customDefinitionBody(builtin, d)
  } catch (error) {
    if (!(error instanceof TemplateShapeError)) throw error
    errors.push(unavailable(d, error.message))
    return undefined
  }
}

function unavailable(d: DesiredDefinition, why: string): PlanError {
  return {
    code: 'definition-unavailable',
    file: d.origin.file,
    line: d.origin.line,
    message: `Cannot generate the custom definition for ${d.metadata.fluxPolicy.team}/${d.metadata.fluxPolicy.source}: ${why}.`
  }
}

function countOf(changes: DefinitionChange[]): ChangeCounts {
  const count = (action: DefinitionChange['action']) => changes.filter((c) => c.action === action).length
  return { create: count('create'), update: count('update'), delete: count('delete'), noop: count('no-op') }
}
