import type { DesiredAssignment } from '../desired/desired-assignment.js'
import { definitionById, definitionByName } from '../desired/catalog.js'
import { canonicalJson } from '../util/canonical-json.js'
import type { LiveAssignment } from './live-assignment.js'

/** One field that differs; `before`/`after` undefined means absent. */
export interface FieldDiff {
  field: string
  before?: unknown
  after?: unknown
}

/**
 * The differences Azure would see between live and desired, ignoring what Azure normalises: the casing of ids,
 * the order of notScopes, and parameters left at the definition's default on either side.
 */
export function diffAssignment(desired: DesiredAssignment, live: LiveAssignment): FieldDiff[] {
  const diffs: FieldDiff[] = []
  const add = (field: string, before: unknown, after: unknown) => diffs.push({ field, before, after })
  if (desired.policyDefinitionId.toLowerCase() !== live.policyDefinitionId.toLowerCase())
    add('policyDefinitionId', live.policyDefinitionId, desired.policyDefinitionId)
  if ((live.displayName ?? '') !== desired.displayName) add('displayName', live.displayName, desired.displayName)
  if ((live.description ?? '') !== desired.description) add('description', live.description, desired.description)
  if ((live.enforcementMode || 'Default') !== desired.enforcementMode)
    add('enforcementMode', live.enforcementMode, desired.enforcementMode)
  if (!sameIdSet(live.notScopes, desired.notScopes))
    add('notScopes', sortedIds(live.notScopes), sortedIds(desired.notScopes))
  if ((live.location ?? '').toLowerCase().replace(/\s/g, '') !== desired.location.toLowerCase())
    add('location', live.location, desired.location)
  if (live.identity?.type !== desired.identity.type) add('identity', live.identity?.type, desired.identity.type)
  diffs.push(...diffParameters(desired, live))
  return diffs
}

function diffParameters(desired: DesiredAssignment, live: LiveAssignment): FieldDiff[] {
  const defaults = (definitionById(desired.policyDefinitionId) ?? definitionByName(desired.basedOn))?.parameters ?? {}
  const effective = (values: Record<string, unknown>, name: string) => values[name] ?? defaults[name]?.defaultValue
  const names = [...new Set([...Object.keys(live.parameters), ...Object.keys(desired.parameters)])].sort()
  return names.flatMap((name) => {
    const before = effective(live.parameters, name)
    const after = effective(desired.parameters, name)
    return canonicalJson(before) === canonicalJson(after) ? [] : [{ field: `parameters.${name}`, before, after }]
  })
}

const sortedIds = (ids: string[]) => [...ids].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))

function sameIdSet(a: string[], b: string[]): boolean {
  const norm = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))].sort().join('\n')
  return norm(a) === norm(b)
}
