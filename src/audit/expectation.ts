import type { ScopeKind } from '../config/scope.js'
import { definitionById, POLICY_DEFINITION_PREFIX, type BuiltinDefinition } from '../desired/catalog.js'
import type { DesiredAssignment, DesiredState } from '../desired/desired-assignment.js'
import type { DesiredDefinition } from '../desired/desired-definition.js'

/** The ref a source follows; Flux's precedence when several are set is commit > semver > tag > branch. */
export type RefKind = 'commit' | 'semver' | 'tag' | 'branch' | 'bucket'

/** What every cluster under one managed source should carry, in the values Azure deploys (defaults filled in). */
export interface SourceExpectation {
  /** `team/source`: the source's identity across runs (issue markers, reports). */
  key: string
  team: string
  source: string
  /** Policy-root-relative file and line the source is written at. */
  file: string
  line: number
  assignmentName: string
  scope: string
  scopeKind: ScopeKind
  notScopes: readonly string[]
  configurationName: string
  namespace: string
  url: string
  ref: { kind: RefKind; value: string }
  kustomizationName: string
  kustomizationPath: string
  /** When the live assignment was last written (ISO), if known: cluster drift waits out the grace period after it. */
  assignedAt?: string
}

const REF_PARAMETERS: ReadonlyArray<[RefKind, string]> = [
  ['commit', 'repositoryRefCommit'],
  ['semver', 'repositoryRefSemver'],
  ['tag', 'repositoryRefTag'],
  ['branch', 'repositoryRefBranch']
]

/**
 * One expectation per configuration source whose assignment deploys: effect `Disabled` and enforcement
 * `DoNotEnforce` deploy nothing, so only their assignment is audited. Pure. `assignedAt` says when the live
 * assignment of a desired one was last written, when it exists.
 */
export function sourceExpectations(
  desired: DesiredState,
  assignedAt: (assignment: DesiredAssignment) => string | undefined = () => undefined
): SourceExpectation[] {
  return deployingAssignments(desired).map((a) => {
    const marker = a.metadata.fluxPolicy
    const { custom, parameter } = deployedValues(desired, a)
    const [customName, customKustomization] = Object.entries(custom?.kustomizations ?? {})[0] ?? []
    const bucketName = parameter('bucketName')
    const gitRef = REF_PARAMETERS.find(([, name]) => parameter(name) !== '')
    const ref = bucketName
      ? { kind: 'bucket' as const, value: bucketName }
      : { kind: gitRef?.[0] ?? 'branch', value: gitRef ? parameter(gitRef[1]) : '' }
    const at = assignedAt(a)
    return {
      key: `${marker.team}/${marker.source}`,
      team: marker.team,
      source: marker.source,
      file: a.origin.file,
      line: a.origin.line,
      assignmentName: a.name,
      scope: a.scope,
      scopeKind: a.scopeKind,
      notScopes: a.notScopes,
      configurationName: parameter('configurationName'),
      namespace: parameter('configurationNamespace'),
      url: parameter(bucketName ? 'bucketUrl' : 'repositoryUrl'),
      ref,
      kustomizationName: customName ?? parameter('kustomizationName'),
      kustomizationPath: customKustomization?.path ?? parameter('kustomizationPath'),
      ...(at ? { assignedAt: at } : {})
    }
  })
}

/** The configuration assignments whose remediation deploys something (the sources the audit checks). */
export const deployingAssignments = (desired: DesiredState): DesiredAssignment[] =>
  desired.assignments.filter(
    (a) => a.kind === 'configuration' && a.enforcementMode === 'Default' && a.parameters.effect !== 'Disabled'
  )

/**
 * What an assignment deploys: its generated custom definition, if any (which hard-codes the kustomizations), and
 * each parameter's value as Azure uses it (the assignment's, else the built-in's default).
 */
export function deployedValues(
  desired: DesiredState,
  a: DesiredAssignment
): {
  custom: DesiredDefinition | undefined
  builtin: BuiltinDefinition | undefined
  parameter: (name: string) => string
} {
  const custom = desired.definitions?.find((d) => d.id.toLowerCase() === a.policyDefinitionId.toLowerCase())
  const builtin = definitionById(custom ? `${POLICY_DEFINITION_PREFIX}${custom.basedOn}` : a.policyDefinitionId)
  return { custom, builtin, parameter: (name) => valueOf(a, builtin, name) }
}

/** The value Azure uses: the assignment's, else the definition's default. */
function valueOf(a: DesiredAssignment, definition: BuiltinDefinition | undefined, name: string): string {
  const value = a.parameters[name] ?? definition?.parameters[name]?.defaultValue
  return value === undefined ? '' : String(value)
}

/** `branch:main`, `semver:>=1.4.0 <2.0.0`, `bucket:models`: how the audit query compares refs. */
export const refText = (ref: SourceExpectation['ref']): string => `${ref.kind}:${ref.value}`

/** Kustomization paths compare without a leading `./` or trailing `/` (`./` and `` are the repository root). */
export function normalisedPath(path: string): string {
  const trimmed = path.replace(/^\.\/|\/+$/g, '')
  return trimmed === '.' ? '' : trimmed
}
