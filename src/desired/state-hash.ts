import { hashOf } from '../util/canonical-json.js'
import { definitionById } from './catalog.js'

/** The fields of an assignment that carry intent, as both the files and Azure can give them. */
export interface AssignmentShape {
  scope: string
  policyDefinitionId: string
  displayName?: string
  description?: string
  notScopes: readonly string[]
  enforcementMode?: string
  parameters: Readonly<Record<string, unknown>>
}

/**
 * A hash of an assignment's intent that survives Azure's normalisation (id casing, notScopes order, defaults
 * filled in), so the hash recorded at apply time can be recomputed from live state to detect hand edits.
 */
export function assignmentStateHash(shape: AssignmentShape): string {
  const defaults = definitionById(shape.policyDefinitionId)?.parameters ?? {}
  const parameters = Object.fromEntries(
    Object.entries(shape.parameters).filter(
      ([name, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(defaults[name]?.defaultValue)
    )
  )
  return hashOf({
    scope: shape.scope.replace(/^\/+/, '').toLowerCase(),
    policyDefinitionId: shape.policyDefinitionId.toLowerCase(),
    displayName: shape.displayName ?? '',
    description: shape.description ?? '',
    notScopes: [...new Set(shape.notScopes.map((s) => s.toLowerCase()))].sort(),
    enforcementMode: shape.enforcementMode || 'Default',
    parameters
  })
}
