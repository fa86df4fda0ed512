import { hashOf } from '../util/canonical-json.js'
import type { ScopeKind } from '../config/scope.js'

/** Azure's limits on assignment names: 64 characters, 24 at management-group scope. */
export const MAX_NAME_LENGTH: Record<ScopeKind, number> = { managementGroup: 24, subscription: 64, resourceGroup: 64 }

const HASH_LENGTH = 8
const PREFIX = 'fp'

/**
 * The assignment name of a team's source: readable where it fits, always ending in a hash of the full identity
 * so truncation never makes two sources collide. Only [a-z0-9-], so never a forbidden character.
 */
export function configurationAssignmentName(team: string, source: string, scopeKind: ScopeKind): string {
  return boundedName(`${team}-${source}`, hashOf({ team, source }, HASH_LENGTH), MAX_NAME_LENGTH[scopeKind])
}

/** The Flux-extension prerequisite's name at one scope. */
export function extensionAssignmentName(scopeId: string, scopeKind: ScopeKind): string {
  return boundedName('flux-ext', hashOf({ extension: scopeId.toLowerCase() }, HASH_LENGTH), MAX_NAME_LENGTH[scopeKind])
}

function boundedName(readable: string, hash: string, max: number): string {
  const room = max - PREFIX.length - hash.length - 2
  const slug = readable
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, Math.max(room, 0))
    .replace(/-+$/, '')
  return [PREFIX, slug, hash].filter(Boolean).join('-')
}
