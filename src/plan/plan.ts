import type { RemediationPath } from './remediation-path.js'
import type { DesiredAssignment } from '../desired/desired-assignment.js'
import type { FieldDiff } from './field-diff.js'
import type { LiveAssignment } from './live-assignment.js'
import type { DesiredDefinition } from '../desired/desired-definition.js'
import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import type { Reach } from './update-reach.js'
import type { ChangeImpact } from './cluster-impact.js'

interface ChangeBase {
  /** scope|name, lowercased: the assignment's identity in Azure. */
  key: string
  name: string
  scope: string
  kind: 'configuration' | 'extension'
  team: string
  /** The source name, or `flux-extension`. */
  source: string
  /** The clusters the change reaches, from Resource Graph when the plan read it; never part of the plan hash. */
  impact?: ChangeImpact
}

/**
 * How one changed field reaches clusters that already carry the deployed resource, read from the definition's
 * existence condition (src/plan/update-reach.ts): `remediation`, `invisible` (apply updates those clusters directly)
 * or `not-deployed` (nothing on a cluster changes).
 */
export interface FieldReach {
  /** `parameters.<name>` for an assignment; the property path (`kustomizations.apps.path`) for a definition. */
  field: string
  reach: Reach
  /** The deployed resource's properties it sets (`gitRepository.url`, `kustomizations.*.path`). */
  properties: string[]
}

export type AssignmentChange =
  | (ChangeBase & { action: 'create'; desired: DesiredAssignment })
  | (ChangeBase & {
      action: 'update'
      desired: DesiredAssignment
      live: LiveAssignment
      diffs: FieldDiff[]
      /** Per changed parameter; absent when no parameter changed or the definition could not be read. */
      reach?: FieldReach[]
    })
  | (ChangeBase & { action: 'delete'; live: LiveAssignment })
  | (ChangeBase & { action: 'no-op'; desired: DesiredAssignment; live: LiveAssignment })

export type ChangeAction = AssignmentChange['action']

/** A custom policy definition as Azure holds it: the parts the plan compares. */
export interface LiveDefinition {
  id: string
  name: string
  scope: string
  metadata: Record<string, unknown>
  /** The rule as written, when read: what a definition update changes in the deployed template. */
  policyRule?: unknown
}

/** A generated custom definition to create, update or delete; `body` is what apply writes. */
export type DefinitionChange = {
  key: string
  name: string
  scope: string
  team: string
  source: string
} & (
  | { action: 'create'; desired: DesiredDefinition; body: PolicyDefinitionBody }
  | {
      action: 'update'
      desired: DesiredDefinition
      body: PolicyDefinitionBody
      live: LiveDefinition
      /** Per changed property of the deployed template; absent when the live rule was not read. */
      reach?: FieldReach[]
    }
  | { action: 'delete'; live: LiveDefinition }
  | { action: 'no-op'; desired: DesiredDefinition; live: LiveDefinition; body?: PolicyDefinitionBody }
)

/** A role assignment apply will create for an assignment's managed identity. */
export interface PlannedRoleAssignment {
  assignmentKey: string
  assignmentName: string
  /** Where the role is granted: the assignment scope, or a Key Vault. */
  scope: string
  roleDefinitionId: string
}

/** A remediation task apply will start so existing clusters converge. */
export interface PlannedRemediation {
  assignmentKey: string
  assignmentName: string
  scope: string
  /** How the assignment's existing clusters will be reached (docs/plan-json.md); not part of the plan hash. */
  path?: RemediationPath
}

export interface PlanWarning {
  code:
    | 'drift'
    | 'foreign-assignment'
    | 'definition-in-use'
    | 'scope-unconfirmed'
    | 'shared-prerequisite'
    | 'permission-unconfirmed'
    | 'no-clusters'
    | 'impact-unknown'
  /** The assignment it concerns; empty for a warning about a scope. */
  assignmentKey: string
  message: string
}

/** A reason the plan cannot be applied at all; names the file and line of the source. */
export interface PlanError {
  code:
    | 'name-collision'
    | 'azure-limit'
    | 'definition-unavailable'
    | 'scope-not-found'
    | 'configuration-rename'
    | 'permission-missing'
  file: string
  line: number
  /** 1-based, when the error is about one field. */
  column?: number
  message: string
}

export interface ChangeCounts {
  create: number
  update: number
  delete: number
  noop: number
}

export interface Plan {
  repository: string
  /** Ordered as apply runs them: extension prerequisites, configurations, then deletes. */
  changes: AssignmentChange[]
  /** Generated custom definitions: written before the assignments that use them, deleted after. */
  definitionChanges: DefinitionChange[]
  definitionCounts: ChangeCounts
  roleAssignments: PlannedRoleAssignment[]
  remediations: PlannedRemediation[]
  warnings: PlanWarning[]
  errors: PlanError[]
  counts: ChangeCounts
  countsByTeam: Record<string, ChangeCounts>
  /** Semantic hash of what the plan would do (not of its text); empty plans share one hash. */
  hash: string
  maxDeletes: number
}
