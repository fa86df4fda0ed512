import type { PolicyAssignment } from '@azure/arm-policy'
import type { LiveAssignment } from '../plan/live-assignment.js'

/** The SDK's assignment model → the plan's live assignment: parameters unwrapped, lists never absent. */
export function toLiveAssignment(a: PolicyAssignment): LiveAssignment {
  const id = a.id ?? ''
  return {
    id,
    name: a.name ?? id.split('/').pop() ?? '',
    scope: a.scope ?? id.replace(/\/providers\/Microsoft\.Authorization\/policyAssignments\/[^/]+$/i, ''),
    policyDefinitionId: a.policyDefinitionId ?? '',
    displayName: a.displayName,
    description: a.description,
    notScopes: a.notScopes ?? [],
    enforcementMode: a.enforcementMode ?? 'Default',
    parameters: Object.fromEntries(Object.entries(a.parameters ?? {}).map(([k, v]) => [k, v.value])),
    metadata: (a.metadata as Record<string, unknown> | undefined) ?? {},
    location: a.location,
    identity: a.identity?.type ? { type: a.identity.type, principalId: a.identity.principalId } : undefined
  }
}
