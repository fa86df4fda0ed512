import type { ScopeKind } from '../config/scope.js'
import type { DesiredDefinition } from './desired-definition.js'

export const TOOL_MARKER = 'flux-policy'

/** Assignment parameters by declared name, as JSON values (sent to Azure wrapped in `{ value }`). */
export type ParameterValues = Record<string, string | number | boolean>

/** What the tool writes in `metadata` so it recognises its own assignments (and nobody else's). */
export interface OwnershipMetadata {
  managedBy: typeof TOOL_MARKER
  fluxPolicy: {
    repository: string
    team: string
    /** Policy-root-relative file the assignment comes from (the platform file for the extension prerequisite). */
    file: string
    /** Source name, or `flux-extension` for the prerequisite. */
    source: string
    desiredStateHash: string
  }
}

/** One policy assignment as the files want it, in the shape Azure takes. */
export interface DesiredAssignment {
  kind: 'configuration' | 'extension'
  name: string
  scope: string
  scopeKind: ScopeKind
  policyDefinitionId: string
  /** GUID of the built-in the definition is (or derives from): its parameters are the ones the assignment takes. */
  basedOn: string
  displayName: string
  description: string
  notScopes: string[]
  enforcementMode: 'Default' | 'DoNotEnforce'
  parameters: ParameterValues
  location: string
  identity: { type: 'SystemAssigned' }
  metadata: OwnershipMetadata
  /** Role definitions the assignment's identity needs, and where beyond the assignment scope. */
  roles: { roleDefinitionIds: string[]; extraScopes: string[] }
  /** Where in the files it comes from, for messages; `configurationName` where that name is set (or the source's). */
  origin: { file: string; line: number; configurationName?: { line: number; column: number } }
}

export interface DesiredState {
  repository: string
  assignments: DesiredAssignment[]
  /** Custom definitions generated for sources no built-in can express. */
  definitions: DesiredDefinition[]
  maxDeletes: number
  /** safety.removeConfigurationsOnDelete: apply removes the configurations deleted sources leave on clusters. */
  removeConfigurationsOnDelete?: boolean
  /** The platform file's management-group tree, for deciding which live prerequisites cover which scopes. */
  managementGroups?: Record<string, string[]>
}
