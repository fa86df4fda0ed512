import type { FluxExtensionSettings, PolicyModel } from '../config/model.js'
import { locatedSources } from '../config/model.js'
import { contains, hierarchyFrom, parseScope, type Hierarchy, type Scope } from '../config/scope.js'
import { definitionFor, definitionId, type BuiltinDefinition } from './catalog.js'
import { TOOL_MARKER, type DesiredAssignment, type DesiredState } from './desired-assignment.js'
import { configurationAssignmentName, extensionAssignmentName } from './names.js'
import type { ParameterValues } from './desired-assignment.js'
import { sourceKindOf, sourceParameters } from './source-parameters.js'
import { assignmentStateHash } from './state-hash.js'
import { customFeaturesOf } from '../config/custom-features.js'
import { desiredDefinition } from './build-definitions.js'
import { isHardCodedParameter, type DesiredDefinition } from './desired-definition.js'

export const DEFAULT_MAX_DELETES = 5
/** The pseudo-team that owns the Flux-extension prerequisites (the platform file asks for them). */
export const EXTENSION_TEAM = '(flux extension)'

export interface DesiredStateOptions {
  /** owner/name of the policy repository; recorded in every assignment's metadata. */
  repository: string
}

/** Turns a valid policy model into the assignments Azure should have. Pure and deterministic. */
export function buildDesiredState(model: PolicyModel, options: DesiredStateOptions): DesiredState {
  const platform = model.platform.content
  const common = { location: platform.location, repository: options.repository }
  const definitions: DesiredDefinition[] = []
  const configurations = locatedSources(model).map(({ team, file, index, spec }) => {
    const scope = parseScope(spec.scope)!
    const definition = definitionFor(sourceKindOf(spec))
    const document = model.teams.find((t) => t.file === file)!.document
    const line = document.keyPositionOf(['sources', index]).line
    const named = document.positionOf([
      'sources',
      index,
      spec.configurationName === undefined ? 'name' : 'configurationName'
    ])
    const custom =
      customFeaturesOf(spec).length > 0 && platform.customDefinitions
        ? desiredDefinition(spec, definition, {
            team,
            file,
            line,
            repository: options.repository,
            scope: platform.customDefinitions.scope
          })
        : undefined
    if (custom) definitions.push(custom)
    const parameters = custom ? customDefinitionParameters(sourceParameters(spec), definition) : sourceParameters(spec)
    return finish({
      customDefinitionId: custom?.id,
      kind: 'configuration',
      name: configurationAssignmentName(team, spec.name, scope.kind),
      scope,
      definition,
      displayName: spec.displayName ?? `Flux: ${team}/${spec.name}`,
      description:
        spec.description ??
        `Flux v2 configuration '${parameters.configurationName}' from ${describeSource(spec)}. Managed by flux-policy from ${file}; change it there.`,
      notScopes: spec.exclude ?? [],
      enforcementMode: spec.enforcement ?? 'Default',
      parameters,
      team,
      source: spec.name,
      origin: { file, line, configurationName: { line: named.line, column: named.column } },
      ...common
    })
  })
  const extensions =
    platform.fluxExtension?.assign === false
      ? []
      : extensionAssignments(
          configurations,
          platform.fluxExtension ?? {},
          model.platform.file,
          hierarchyFrom(platform.managementGroups),
          common
        )
  return {
    repository: options.repository,
    assignments: [...extensions, ...configurations].sort(byScopeThenName),
    definitions,
    maxDeletes: platform.safety?.maxDeletes ?? DEFAULT_MAX_DELETES,
    ...(platform.safety?.removeConfigurationsOnDelete ? { removeConfigurationsOnDelete: true } : {}),
    ...(platform.managementGroups ? { managementGroups: platform.managementGroups } : {})
  }
}

interface Draft {
  kind: DesiredAssignment['kind']
  /** Set when the source uses a generated custom definition instead of the built-in. */
  customDefinitionId?: string
  name: string
  scope: Scope
  definition: BuiltinDefinition
  displayName: string
  description: string
  notScopes: string[]
  enforcementMode: DesiredAssignment['enforcementMode']
  parameters: ParameterValues
  team: string
  source: string
  origin: DesiredAssignment['origin']
  location: string
  repository: string
}

function finish(draft: Draft): DesiredAssignment {
  const { definition, scope } = draft
  const shape = {
    policyDefinitionId: draft.customDefinitionId ?? definitionId(definition),
    displayName: draft.displayName,
    description: draft.description,
    notScopes: draft.notScopes,
    enforcementMode: draft.enforcementMode,
    parameters: draft.parameters
  }
  return {
    kind: draft.kind,
    name: draft.name,
    scope: scope.id,
    scopeKind: scope.kind,
    ...shape,
    basedOn: definition.name,
    location: draft.location,
    identity: { type: 'SystemAssigned' },
    metadata: {
      managedBy: TOOL_MARKER,
      fluxPolicy: {
        repository: draft.repository,
        team: draft.team,
        file: draft.origin.file,
        source: draft.source,
        desiredStateHash: assignmentStateHash({ scope: scope.id, ...shape })
      }
    },
    roles: {
      roleDefinitionIds: [...definition.roleDefinitionIds],
      extraScopes: [
        ...new Set(
          definition.keyVaultParameters
            .map((p) => draft.parameters[p])
            .filter((v): v is string => typeof v === 'string')
        )
      ]
    },
    origin: draft.origin
  }
}

function extensionAssignments(
  configurations: DesiredAssignment[],
  settings: FluxExtensionSettings,
  platformFile: string,
  hierarchy: Hierarchy,
  common: { location: string; repository: string }
): DesiredAssignment[] {
  const scopes = new Map(configurations.map((c) => [c.scope.toLowerCase(), parseScope(c.scope)!]))
  const definition = definitionFor('extension')
  return minimalCoveringScopes([...scopes.values()], hierarchy).map((scope) =>
    finish({
      kind: 'extension',
      name: extensionAssignmentName(scope.id, scope.kind),
      scope,
      definition,
      displayName: 'Flux: install the Flux extension',
      description:
        'Installs the Flux extension on every cluster in this scope, for the Flux configurations flux-policy assigns here. Managed by flux-policy.',
      notScopes: [],
      enforcementMode: 'Default',
      parameters: extensionParameters(settings),
      team: EXTENSION_TEAM,
      source: 'flux-extension',
      origin: { file: platformFile, line: 1 },
      ...common
    })
  )
}

/**
 * The scopes no other of them contains: a prerequisite has no exclusions, so one at a management group or
 * subscription installs the extension on every cluster below it, and one per minimal covering scope does the job.
 * Containment that is only 'unknown' (a group missing from `managementGroups`) does not count.
 */
function minimalCoveringScopes(scopes: Scope[], hierarchy: Hierarchy): Scope[] {
  const within = (inner: Scope, outer: Scope) => outer !== inner && contains(outer.id, inner.id, hierarchy) === 'inside'
  // Two scopes inside each other (a cycle the platform file should not declare) both stay.
  return scopes.filter((inner) => !scopes.some((outer) => within(inner, outer) && !within(outer, inner)))
}

function extensionParameters(settings: FluxExtensionSettings): ParameterValues {
  const values = {
    helmControllerEnabled: settings.helmController,
    notificationControllerEnabled: settings.notificationController,
    imageAutomationController: settings.imageAutomationController,
    imageReflectorController: settings.imageReflectorController,
    releaseTrain: settings.releaseTrain,
    autoUpgradeMinorVersion: settings.autoUpgradeMinorVersion,
    version: settings.version,
    effect: 'DeployIfNotExists'
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ParameterValues
}

function describeSource(spec: PolicyModel['teams'][number]['content']['sources'][number]): string {
  return spec.git ? spec.git.url : `bucket ${spec.bucket!.name} at ${spec.bucket!.url}`
}

function byScopeThenName(a: DesiredAssignment, b: DesiredAssignment): number {
  return a.kind === b.kind
    ? a.scope.localeCompare(b.scope) || a.name.localeCompare(b.name)
    : a.kind === 'extension'
      ? -1
      : 1
}

/**
 * A generated definition declares the built-in's parameters but for those it hard-codes, so the assignment sends
 * only those: Azure refuses an assignment naming a parameter its definition does not declare (400
 * UndefinedPolicyParameter), e.g. `repositoryTimeout`, which the HTTPS built-in lacks and the template hard-codes.
 */
function customDefinitionParameters(parameters: ParameterValues, builtin: BuiltinDefinition): ParameterValues {
  return Object.fromEntries(
    Object.entries(parameters).filter(([name]) => name in builtin.parameters && !isHardCodedParameter(name))
  )
}
