import { createHash } from 'node:crypto'
import { contains, isResourceId, parseScope, type Hierarchy } from '../config/scope.js'
import type { DeletedSource, OrphanedConfiguration } from './orphaned-configurations.js'
import type { DesiredState } from '../desired/desired-assignment.js'

/**
 * A deleted source the audit follows until no cluster keeps its Flux configuration: what apply read from the
 * assignment it deleted (name, URL, old scope and exclusions), and when. Apply records it in the source's
 * orphaned-configurations issue (docs/orphaned-configurations.md); the audit reads it back from there.
 */
export interface OrphanRecord extends DeletedSource {
  /** When apply deleted the assignment (ISO). */
  deletedAt: string
  /** The commit that deleted it, when known. */
  commit?: string
}

/**
 * What is known now about the configurations a deleted source left: those found on clusters of its old scope (none:
 * nothing left to follow), not known (Resource Graph could not be read), or the files assign a configuration of that
 * name and URL again (they are no longer this deleted source's orphans).
 */
export type OrphanState =
  { kind: 'found'; configurations: readonly OrphanedConfiguration[] } | { kind: 'unknown' } | { kind: 'reassigned' }

/** One deleted source and what is known of what it left: apply's (it just deleted it) or the audit's. */
export interface OrphanObservation {
  record: OrphanRecord
  state: OrphanState
}

/** The observations of one apply, pure: each source it deleted that left configurations it did not remove. */
export function observationsOfApply(
  sources: readonly DeletedSource[],
  report: { found: readonly OrphanedConfiguration[]; removed: readonly string[]; unknown?: boolean },
  deletedAt: string,
  commit?: string
): OrphanObservation[] {
  const removed = new Set(report.removed.map((id) => id.toLowerCase()))
  return sources.flatMap((source): OrphanObservation[] => {
    const record: OrphanRecord = { ...source, deletedAt, ...(commit ? { commit } : {}) }
    if (report.unknown) return [{ record, state: { kind: 'unknown' } }]
    const left = report.found.filter(
      (o) => o.assignmentKey === source.assignmentKey && !removed.has(o.id.toLowerCase())
    )
    return left.length > 0 ? [{ record, state: { kind: 'found', configurations: left } }] : []
  })
}

/** The record's key in its issue's marker: a hash of the deleted assignment's key (scope and name). */
export const orphanRecordKey = (record: Pick<DeletedSource, 'assignmentKey'>): string =>
  createHash('sha256').update(record.assignmentKey.toLowerCase()).digest('hex').slice(0, 20)

const MAX_TEXT = 2_000
const MAX_NOT_SCOPES = 400
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/
const COMMIT = /^[0-9a-f]{7,64}$/i

/**
 * A record read back from an issue body (which people can edit: hostile). Anything not in the shape apply writes —
 * a scope that does not parse, text too long, a time that is not one — gives undefined, and nothing is queried.
 */
export function readOrphanRecord(value: unknown): OrphanRecord | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const v = value as Record<string, unknown>
  const text = (key: string): string | undefined => {
    const t = v[key]
    return typeof t === 'string' && t.length > 0 && t.length <= MAX_TEXT ? t : undefined
  }
  const [assignmentKey, team, source, scope, configurationName, url, deletedAt] = [
    'assignmentKey',
    'team',
    'source',
    'scope',
    'configurationName',
    'url',
    'deletedAt'
  ].map(text)
  const notScopes = v.notScopes
  if (!assignmentKey || !team || !source || !scope || !configurationName || !url || !deletedAt) return undefined
  if (!parseScope(scope) || !ISO_TIME.test(deletedAt) || Number.isNaN(Date.parse(deletedAt))) return undefined
  if (
    !Array.isArray(notScopes) ||
    notScopes.length > MAX_NOT_SCOPES ||
    !notScopes.every((s) => typeof s === 'string' && s.length <= MAX_TEXT && isResourceId(s))
  )
    return undefined
  const commit = typeof v.commit === 'string' && COMMIT.test(v.commit) ? v.commit : undefined
  return {
    assignmentKey,
    team,
    source,
    scope,
    notScopes: notScopes as string[],
    configurationName,
    url,
    deletedAt,
    ...(commit ? { commit } : {})
  }
}

/**
 * Whether the audit may follow a record read back from its issue: its old scope lies at or below a scope the policy
 * files grant or use (`scopes`, the scopes the plan reads). A record edited to name another scope — a sibling
 * subscription, the tenant root group — is not followed: the audit's Resource Graph reads, and the clusters it lists
 * in the issue, stay within what the files allow.
 */
export function isWithinScopes(record: Pick<OrphanRecord, 'scope'>, scopes: readonly string[], hierarchy: Hierarchy) {
  return scopes.some((scope) => contains(scope, record.scope, hierarchy) === 'inside')
}

/** True when the files assign a configuration of the record's name and URL again (compared case-insensitively). */
export function isReassigned(record: OrphanRecord, desired: Pick<DesiredState, 'assignments'>): boolean {
  const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase()
  return desired.assignments.some(
    (a) =>
      a.kind === 'configuration' &&
      same(a.parameters.configurationName, record.configurationName) &&
      (same(a.parameters.repositoryUrl, record.url) || same(a.parameters.bucketUrl, record.url))
  )
}
