import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import type { AssignmentChange, DefinitionChange, FieldReach, Plan } from './plan.js'
import { changedDeployedProperties, classifyParameterChanges, classifyPropertyChanges } from './update-reach.js'

const PARAMETER = 'parameters.'
const keyOf = (id: string) => id.replace(/^\/+/, '').toLowerCase()
const isBuiltinId = (id: string) => /^\/?providers\/microsoft\.authorization\/policydefinitions\/[^/]+$/i.test(id)
const guidOf = (id: string) => id.split('/').pop()!.toLowerCase()

/** The built-ins (by GUID, lower case) whose rules the plan's parameter updates need to be classified. */
export function builtinsForReach(plan: Plan): string[] {
  const ids = plan.changes.flatMap((c) =>
    c.action === 'update' &&
    c.diffs.some((d) => d.field.startsWith(PARAMETER)) &&
    isBuiltinId(c.desired.policyDefinitionId)
      ? [guidOf(c.desired.policyDefinitionId)]
      : []
  )
  return [...new Set(ids)].sort()
}

/**
 * The plan with each update saying how its changed fields reach clusters that already carry the configuration:
 * assignment updates by their changed parameters (against the built-in, or the generated definition they use),
 * definition updates by the deployed template's changed properties (against the live rule). A definition that
 * could not be read leaves the change without `reach`. Pure; the plan hash is unchanged (it covers the diffs).
 */
export function withUpdateReach(plan: Plan, builtins: ReadonlyMap<string, PolicyDefinitionBody>): Plan {
  const custom = new Map(
    plan.definitionChanges.flatMap((c) => (c.action !== 'delete' && c.body ? [[c.key, c.body] as const] : []))
  )
  const definitionOf = (id: string) => (isBuiltinId(id) ? builtins.get(guidOf(id)) : custom.get(keyOf(id)))
  return {
    ...plan,
    changes: plan.changes.map((c) => assignmentReach(c, definitionOf)),
    definitionChanges: plan.definitionChanges.map(definitionReach)
  }
}

function assignmentReach(
  change: AssignmentChange,
  definitionOf: (id: string) => PolicyDefinitionBody | undefined
): AssignmentChange {
  if (change.action !== 'update') return change
  const parameters = change.diffs
    .filter((d) => d.field.startsWith(PARAMETER))
    .map((d) => d.field.slice(PARAMETER.length))
  const definition = definitionOf(change.desired.policyDefinitionId)
  if (parameters.length === 0 || !definition) return change
  const reach: FieldReach[] = classifyParameterChanges(definition, parameters).map((r) => ({
    field: `${PARAMETER}${r.parameter}`,
    reach: r.reach,
    properties: r.properties
  }))
  return { ...change, reach }
}

function definitionReach(change: DefinitionChange): DefinitionChange {
  if (change.action !== 'update' || change.live.policyRule === undefined) return change
  const changed = changedDeployedProperties({ policyRule: change.live.policyRule }, change.body)
  const reach: FieldReach[] = classifyPropertyChanges(change.body, changed).map((r) => ({
    field: r.property,
    reach: r.reach,
    properties: [r.property]
  }))
  return { ...change, reach }
}
