/**
 * A policy assignment as read from Azure, normalised by the Azure adapter: parameters unwrapped from
 * `{ value }`, absent lists as empty lists. Everything else as Azure stores it.
 */
export interface LiveAssignment {
  id: string
  name: string
  scope: string
  policyDefinitionId: string
  displayName?: string
  description?: string
  notScopes: string[]
  enforcementMode: string
  parameters: Record<string, unknown>
  metadata: Record<string, unknown>
  location?: string
  identity?: { type: string; principalId?: string }
}

export type Ownership =
  | { owner: 'this-repository'; team: string; file: string; source: string; desiredStateHash?: string }
  | { owner: 'other-repository'; repository: string }
  | { owner: 'unmanaged' }

/** Who owns a live assignment or definition, read from the metadata marker flux-policy writes. */
export function ownershipOf(live: { metadata: Record<string, unknown> }, repository: string): Ownership {
  const marker = live.metadata.fluxPolicy as Record<string, unknown> | undefined
  if (live.metadata.managedBy !== 'flux-policy' || !marker || typeof marker.repository !== 'string')
    return { owner: 'unmanaged' }
  if (marker.repository.toLowerCase() !== repository.toLowerCase())
    return { owner: 'other-repository', repository: marker.repository }
  const text = (key: string) => (typeof marker[key] === 'string' ? (marker[key] as string) : '')
  return {
    owner: 'this-repository',
    team: text('team'),
    file: text('file'),
    source: text('source'),
    desiredStateHash: text('desiredStateHash') || undefined
  }
}

export const assignmentKey = (scope: string, name: string): string =>
  `${scope.replace(/^\/+/, '').toLowerCase()}|${name.toLowerCase()}`
