import type { ChangeAction } from '../plan/plan.js'
import type { ConfigurationUpdates } from '../audit/configuration-updates.js'

export type { ConfigurationUpdateOutcome, ConfigurationUpdates } from '../audit/configuration-updates.js'
import type { RemediationPath } from '../plan/remediation-path.js'
import type { OrphanedConfiguration } from './orphaned-configurations.js'

/** What happened to one assignment during apply. */
export interface AssignmentOutcome {
  key: string
  name: string
  scope: string
  team: string
  source: string
  /** `no-op` outcomes are reported only when apply had to repair something (roles a failed run left out). */
  action: ChangeAction
  /** Generated custom definitions are reported like assignments. */
  kind?: 'definition'
  status: 'succeeded' | 'failed' | 'skipped'
  /** Why it failed or was skipped, in words for people (never a secret). */
  reason?: string
  rolesGranted: Array<{ scope: string; result: 'created' | 'existed' }>
  remediationId?: string
  /** The assignment's ARM id, when apply started (or left pending) its remediation. */
  assignmentId?: string
  /** How the assignment's existing clusters are reached (set when a remediation was called for). */
  remediationPath?: RemediationPath
  /** `evaluate-subscriptions`: how many subscriptions were evaluated first. */
  evaluatedSubscriptions?: number
  /** `pending-evaluation`: the remediation to start once Azure has evaluated the assignment. */
  pendingRemediation?: { assignmentId: string; name: string }
}

export interface ApplyResult {
  /** Nothing written: a guard stopped the apply before any write. */
  refused?: string
  outcomes: AssignmentOutcome[]
  /** Flux configurations updated directly, when apply could read them (Resource Graph). */
  configurationUpdates?: ConfigurationUpdates
  succeeded: boolean
  /** Flux configurations the deleted sources left on clusters (absent when the plan deleted no source). */
  orphans?: OrphanReport
}

/** What apply found, and did, about the configurations deleted sources left behind. */
export interface OrphanReport {
  /** Every orphaned configuration found (in clusters; each one a configuration on one cluster). */
  found: OrphanedConfiguration[]
  /** Ids of the configurations removed by this apply. */
  removed: string[]
  failed: Array<{ id: string; reason: string }>
  /** Why the found ones were kept (not enabled, over safety.maxDeletes, Resource Graph unreadable). */
  kept?: string
  /** Resource Graph could not be read: what the deleted sources left is not known (found is what was read). */
  unknown?: boolean
}

export function applySucceeded(outcomes: readonly AssignmentOutcome[], updates?: ConfigurationUpdates): boolean {
  return (
    outcomes.every((o) => o.status === 'succeeded') &&
    !updates?.error &&
    (updates?.outcomes ?? []).every((o) => o.status === 'updated')
  )
}
