import { ArmFailure, badRequest, notFound } from '../arm/arm-error.js'
import type { SimulatedFleet } from '../fleet/simulated-fleet.js'
import { parseScope } from '../fleet/scope.js'
import type { AssignmentIdentity, AssignmentProperties } from './assignment-record.js'
import type { DefinitionStore } from './definition-store.js'
import { checkParameterValues } from './parameter-values.js'
import { effectiveEffect, type PolicyDefinitionRecord } from './policy-definition.js'

/** A create-or-replace request that passed Azure's checks. */
export interface ValidAssignment {
  definition: PolicyDefinitionRecord
  location?: string
  identityType?: AssignmentIdentity['type']
  userAssignedIdentityIds: string[]
  properties: Omit<AssignmentProperties, 'scope' | 'instanceId'>
}

const NAME_PATTERN = /^[^<>*%&:\\?.+/]*[^<>*%&:\\?.+/ ]+$/
const ENFORCEMENT_MODES = ['Default', 'DoNotEnforce', 'Enroll']
const IDENTITY_EFFECTS = ['deployifnotexists', 'modify']

/** Validates `PUT {scope}/providers/Microsoft.Authorization/policyAssignments/{name}` like Azure Policy does. */
export function validateAssignment(
  definitions: DefinitionStore,
  fleet: SimulatedFleet,
  scope: string,
  name: string,
  body: Record<string, unknown>
): ValidAssignment {
  checkName(scope, name)
  const properties = objectOr(body.properties, 'properties')
  const definitionId = properties.policyDefinitionId
  if (typeof definitionId !== 'string' || definitionId === '') {
    throw badRequest(
      'InvalidRequestContent',
      "The request content was invalid: 'properties.policyDefinitionId' is required."
    )
  }
  const definition = definitions.resolve(definitionId)
  if (!definition) {
    const kind = /policySetDefinitions/i.test(definitionId) ? 'PolicySetDefinitionNotFound' : 'PolicyDefinitionNotFound'
    throw notFound(kind, `The policy definition '${definitionId.split('/').pop() ?? definitionId}' could not be found.`)
  }
  if (definition.scope !== '' && !fleet.isWithin(scope, definition.scope)) {
    throw badRequest(
      'InvalidCreatePolicyAssignmentRequest',
      `The policy definition specified in policy assignment '${name}' is out of scope. Policy definitions should be specified only at or above the policy assignment scope.`
    )
  }
  const parameters = checkParameterValues(
    name,
    definition,
    objectOr(properties.parameters ?? {}, 'properties.parameters')
  )
  const enforcementMode = properties.enforcementMode ?? 'Default'
  if (
    typeof enforcementMode !== 'string' ||
    !ENFORCEMENT_MODES.some((m) => m.toLowerCase() === enforcementMode.toLowerCase())
  ) {
    throw badRequest(
      'InvalidRequestContent',
      `The request content was invalid: enforcementMode '${String(enforcementMode)}' is not one of ${ENFORCEMENT_MODES.join(', ')}.`
    )
  }
  const identity =
    body.identity === undefined || body.identity === null ? undefined : objectOr(body.identity, 'identity')
  const identityType = identity ? readIdentityType(identity.type) : undefined
  const userAssignedIdentityIds = Object.keys((identity?.userAssignedIdentities ?? {}) as Record<string, unknown>)
  if (identityType === 'UserAssigned' && userAssignedIdentityIds.length === 0) {
    throw badRequest(
      'MissingIdentityIds',
      "The identity ids must not be null or empty for 'UserAssigned' identity type."
    )
  }
  const hasIdentity = identityType === 'SystemAssigned' || identityType === 'UserAssigned'
  const effect = effectiveEffect(definition, parameters)
  if (!hasIdentity && IDENTITY_EFFECTS.includes(effect.toLowerCase())) {
    throw badRequest(
      'ResourceIdentityRequired',
      `The policy assignment '${name}' request is invalid. Policy assignments must include a resource identity when assigning '${effect}' policy definitions.`
    )
  }
  const location = typeof body.location === 'string' && body.location !== '' ? body.location : undefined
  if (hasIdentity && location === undefined) {
    // The code is this emulator's guess; Azure documents only that location is required with a managed identity.
    throw badRequest(
      'LocationRequired',
      `The policy assignment '${name}' request is invalid. A location must be specified when the assignment has a managed identity.`
    )
  }
  const valid: ValidAssignment = {
    definition,
    userAssignedIdentityIds,
    properties: {
      policyDefinitionId: definitionId,
      definitionVersion:
        typeof properties.definitionVersion === 'string'
          ? properties.definitionVersion
          : `${definition.version.split('.')[0] ?? '1'}.*.*`,
      parameters,
      enforcementMode: ENFORCEMENT_MODES.find((m) => m.toLowerCase() === enforcementMode.toLowerCase()) ?? 'Default',
      notScopes: readNotScopes(properties.notScopes),
      ...optionalStrings(properties, ['displayName', 'description', 'assignmentType']),
      ...optionalValues(properties, ['metadata', 'nonComplianceMessages', 'resourceSelectors', 'overrides'])
    }
  }
  if (location !== undefined) valid.location = location
  if (identityType !== undefined) valid.identityType = identityType
  return valid
}

function checkName(scope: string, name: string): void {
  const limit = parseScope(scope)?.kind === 'managementGroup' ? 24 : 64
  if (!NAME_PATTERN.test(name)) {
    throw badRequest(
      'InvalidPolicyAssignmentName',
      `The policy assignment name '${name}' is invalid. The name must not contain '<>*%&:\\?.+/' or end with a space.`
    )
  }
  if (name.length > limit) {
    throw badRequest(
      'InvalidPolicyAssignmentName',
      `The policy assignment name '${name}' is invalid. The policy assignment name length must not exceed '${limit}' characters.`
    )
  }
}

function objectOr(value: unknown, path: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  throw badRequest(
    'InvalidRequestContent',
    `The request content was invalid and could not be deserialized: '${path}' must be an object.`
  )
}

function readIdentityType(type: unknown): AssignmentIdentity['type'] {
  const known = (['SystemAssigned', 'UserAssigned', 'None'] as const).find(
    (t) => typeof type === 'string' && t.toLowerCase() === type.toLowerCase()
  )
  if (!known)
    throw badRequest(
      'InvalidRequestContent',
      `The request content was invalid: identity type '${String(type)}' is not one of SystemAssigned, UserAssigned, None.`
    )
  return known
}

function readNotScopes(value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw badRequest(
      'InvalidRequestContent',
      "The request content was invalid: 'properties.notScopes' must be an array of strings."
    )
  }
  if (value.length > 400)
    throw new ArmFailure(400, 'InvalidRequestContent', 'A policy assignment can have at most 400 notScopes.')
  return value as string[]
}

function optionalStrings(source: Record<string, unknown>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => typeof source[k] === 'string').map((k) => [k, source[k] as string]))
}

type OptionalValueKey = 'metadata' | 'nonComplianceMessages' | 'resourceSelectors' | 'overrides'

function optionalValues(
  source: Record<string, unknown>,
  keys: OptionalValueKey[]
): Pick<AssignmentProperties, OptionalValueKey> {
  const present = keys.filter((k) => source[k] !== undefined && source[k] !== null)
  return Object.fromEntries(present.map((k) => [k, structuredClone(source[k])])) as Pick<
    AssignmentProperties,
    OptionalValueKey
  >
}
