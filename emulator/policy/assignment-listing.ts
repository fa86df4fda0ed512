import { badRequest } from '../arm/arm-error.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import { scopeKey } from '../fleet/scope.js'
import type { PolicyAssignmentRecord } from './assignment-record.js'

type AssignmentFilter =
  { kind: 'none' } | { kind: 'atScope' } | { kind: 'atExactScope' } | { kind: 'definition'; policyDefinitionId: string }

/** Reads `$filter`: `atScope()`, `atExactScope()`, `policyDefinitionId eq '{id}'`, or nothing. */
export function readAssignmentFilter(raw: string | null): AssignmentFilter {
  const text = (raw ?? '').trim()
  if (text === '') return { kind: 'none' }
  if (/^atScope\(\)$/i.test(text)) return { kind: 'atScope' }
  if (/^atExactScope\(\)$/i.test(text)) return { kind: 'atExactScope' }
  const definition = /^policyDefinitionId\s+eq\s+'([^']+)'$/i.exec(text)
  if (definition?.[1]) return { kind: 'definition', policyDefinitionId: definition[1] }
  throw badRequest(
    'InvalidFilterInQueryString',
    `The filter '${text}' is not supported. Supported filters are 'atScope()', 'atExactScope()' and 'policyDefinitionId eq '{value}''.`
  )
}

/**
 * The assignments a list call at `scope` returns. No filter: those that apply to the scope (at it or above) plus
 * those below it. atScope(): at it or above. atExactScope(): exactly at it. policyDefinitionId: at it or above,
 * of that definition. Sorted by id so paging is stable.
 */
export function assignmentsForScope(
  fleet: SimulatedFleet,
  all: readonly PolicyAssignmentRecord[],
  scope: string,
  filter: AssignmentFilter
): PolicyAssignmentRecord[] {
  const chain = fleet.scopeChain(scope)
  const here = scopeKey(scope)
  const appliesHere = (a: PolicyAssignmentRecord): boolean => chain.includes(scopeKey(a.properties.scope))
  const selected = all.filter((a) => {
    switch (filter.kind) {
      case 'atExactScope':
        return scopeKey(a.properties.scope) === here
      case 'atScope':
        return appliesHere(a)
      case 'definition':
        return appliesHere(a) && scopeKey(a.properties.policyDefinitionId) === scopeKey(filter.policyDefinitionId)
      case 'none':
        return appliesHere(a) || fleet.scopeChain(a.properties.scope).includes(here)
    }
  })
  return selected.sort((x, y) => x.id.toLowerCase().localeCompare(y.id.toLowerCase()))
}
