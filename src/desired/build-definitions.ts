import type { KustomizationSpec, SourceSpec } from '../config/model.js'
import { parseScope } from '../config/scope.js'
import { hashOf } from '../util/canonical-json.js'
import type { BuiltinDefinition } from './catalog.js'
import { TOOL_MARKER } from './desired-assignment.js'
import type { DesiredDefinition, KustomizationLiteral } from './desired-definition.js'
import { durationSeconds } from './duration.js'

const DEFAULT_SECONDS = 600
const MAX_DEFINITION_NAME = 64

export interface DefinitionContext {
  team: string
  file: string
  line: number
  repository: string
  /** customDefinitions.scope of the platform file. */
  scope: string
}

/** The custom definition a source needs, derived from the built-in that would otherwise serve it. */
export function desiredDefinition(
  spec: SourceSpec,
  builtin: BuiltinDefinition,
  context: DefinitionContext
): DesiredDefinition {
  const scope = parseScope(context.scope)!.id
  const hash = hashOf({ team: context.team, source: spec.name }, 8)
  const name = `fp-def-${`${context.team}-${spec.name}`.slice(0, MAX_DEFINITION_NAME - 16).replace(/-+$/, '')}-${hash}`
  return {
    name,
    scope,
    id: `${scope}/providers/Microsoft.Authorization/policyDefinitions/${name}`,
    basedOn: builtin.name,
    displayName: `Flux (flux-policy): ${context.team}/${spec.name}`,
    description: `${builtin.displayName}, with ${describeExtras(spec)} hard-coded. Generated and managed by flux-policy from ${context.file}; change it there.`,
    kustomizations: Object.fromEntries(
      kustomizationList(spec).map((k, i) => [k.name ?? `kustomization-${i + 1}`, literal(k)])
    ),
    gitTimeoutInSeconds: spec.git?.https && spec.git.timeout ? durationSeconds(spec.git.timeout) : undefined,
    metadata: {
      managedBy: TOOL_MARKER,
      fluxPolicy: { repository: context.repository, team: context.team, file: context.file, source: spec.name }
    },
    origin: { file: context.file, line: context.line }
  }
}

function kustomizationList(spec: SourceSpec): KustomizationSpec[] {
  return spec.kustomizations ?? [spec.kustomization ?? {}]
}

function literal(k: KustomizationSpec): KustomizationLiteral {
  const seconds = (d: string | undefined) => (d === undefined ? DEFAULT_SECONDS : durationSeconds(d))
  return {
    path: k.path ?? './',
    dependsOn: k.dependsOn ?? [],
    timeoutInSeconds: seconds(k.timeout),
    syncIntervalInSeconds: seconds(k.syncInterval),
    retryIntervalInSeconds: seconds(k.retryInterval),
    prune: k.prune ?? false,
    force: k.force ?? false
  }
}

function describeExtras(spec: SourceSpec): string {
  const count = kustomizationList(spec).length
  return `${count} kustomization${count === 1 ? '' : 's'}${spec.git?.https && spec.git.timeout ? ' and the Git timeout' : ''}`
}
