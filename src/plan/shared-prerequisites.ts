import { contains, type Hierarchy } from '../config/scope.js'
import { definitionById } from '../desired/catalog.js'
import type { DesiredAssignment } from '../desired/desired-assignment.js'
import { assignmentKey, ownershipOf, type LiveAssignment } from './live-assignment.js'
import type { PlanError, PlanWarning } from './plan.js'

/**
 * The Flux-extension prerequisite is the same built-in with the same parameters whoever assigns it, so one that
 * another flux-policy repository (or a person) made at the same scope or above already installs the extension
 * where ours would: the plan does not create ours there and never touches theirs. Pure.
 */
export function foreignEquivalentPrerequisite(
  d: DesiredAssignment,
  live: readonly LiveAssignment[],
  repository: string,
  hierarchy: Hierarchy
): LiveAssignment | undefined {
  if (d.kind !== 'extension') return undefined
  return live
    .filter((l) => ownershipOf(l, repository).owner !== 'this-repository')
    .filter((l) => contains(l.scope, d.scope, hierarchy) === 'inside' && equivalentPrerequisite(d, l, hierarchy))
    .sort((a, b) => a.scope.length - b.scope.length || a.id.localeCompare(b.id))[0]
}

/** Same definition, enforced, not excluding the scope, and the same parameter values once defaults are filled in. */
function equivalentPrerequisite(d: DesiredAssignment, l: LiveAssignment, hierarchy: Hierarchy): boolean {
  if (l.policyDefinitionId.toLowerCase() !== d.policyDefinitionId.toLowerCase()) return false
  if (l.enforcementMode.toLowerCase() !== 'default') return false
  if (l.notScopes.some((ex) => contains(ex, d.scope, hierarchy) !== 'outside')) return false
  const specs = definitionById(d.policyDefinitionId)?.parameters ?? {}
  const names = new Set([...Object.keys(specs), ...Object.keys(d.parameters), ...Object.keys(l.parameters)])
  return [...names].every((name) => {
    const fallback = specs[name]?.defaultValue
    return sameValue(d.parameters[name] ?? fallback, l.parameters[name] ?? fallback)
  })
}

function sameValue(a: unknown, b: unknown): boolean {
  // Azure compares the effect and allowed string values case-insensitively.
  return typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b
}

/** The note a plan carries for a prerequisite another owner's assignment satisfies. */
export function sharedPrerequisiteNote(d: DesiredAssignment, theirs: LiveAssignment, repository: string): PlanWarning {
  const owner = ownershipOf(theirs, repository)
  const who =
    owner.owner === 'other-repository'
      ? `repository \`${plain(owner.repository)}\``
      : 'nobody flux-policy knows (made by hand)'
  const where =
    theirs.scope.toLowerCase() === d.scope.toLowerCase() ? 'at the same scope' : `at \`${plain(theirs.scope)}\``
  return {
    code: 'shared-prerequisite',
    assignmentKey: assignmentKey(d.scope, d.name),
    message: `The Flux extension prerequisite for \`${plain(d.scope)}\` is already assigned ${where} as \`${plain(theirs.name)}\`, owned by ${who}; flux-policy does not create its own there and never changes that one.`
  }
}

/** A same-name assignment at the prerequisite's scope that is not an equivalent prerequisite. */
export function prerequisiteCollision(d: DesiredAssignment, theirs: LiveAssignment, repository: string): PlanError {
  const owner = ownershipOf(theirs, repository)
  const who =
    owner.owner === 'other-repository'
      ? `repository ${plain(owner.repository)}`
      : 'nobody (it was not created by flux-policy)'
  return {
    code: 'name-collision',
    file: d.origin.file,
    line: d.origin.line,
    message: `The Flux extension prerequisite '${d.name}' at ${d.scope} already exists, belongs to ${who}, and differs from this repository's (definition, parameters, enforcement or exclusions); flux-policy never overwrites it. Make \`fluxExtension\` in the platform file match it, set \`fluxExtension.assign: false\` and let its owner install the extension, or have its owner delete it.`
  }
}

/** A value from Azure, kept to one line without backticks, so it cannot break the message it sits in. */
function plain(value: string): string {
  return value.replace(/[`\r\n]/g, "'")
}
