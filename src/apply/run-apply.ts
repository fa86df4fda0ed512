import type { AssignmentChange, DefinitionChange, Plan } from '../plan/plan.js'
import { writeFailureReason } from './write-failure.js'
import type { LiveAssignment } from '../plan/live-assignment.js'
import { applySucceeded, type ApplyResult, type AssignmentOutcome } from './apply-result.js'
import type { AzureWrites } from './azure-writes.js'
import { remediationMissing, remediationsCache, type RemediationsAt } from './remediation-repair.js'
import { mapInLanes } from './subscription-lanes.js'
import { mapBounded } from './concurrency.js'
import { parseScope } from '../config/scope.js'
import { errorText } from '../util/error-text.js'

const DEFAULT_TOTAL_CONCURRENCY = 64

export interface ApplyOptions {
  /** Assignments in progress at once within one subscription (ARM throttles per subscription). */
  concurrency: number
  /** Assignments in progress at once over all subscriptions (default 64). */
  totalConcurrency?: number
  /** The pull request carries the override label: more deletes than safety.maxDeletes are allowed. */
  allowManyDeletes: boolean
  /** Names remediation tasks so a re-run of the same plan reuses them. */
  remediationSuffix: string
  onProgress?: (outcome: AssignmentOutcome) => void
}

/**
 * Makes Azure match the plan: extension prerequisites, then configurations (each followed by its identity's
 * roles and its remediation), then deletes; within each phase, subscriptions proceed side by side (see
 * mapInLanes). One assignment's failure never stops independent ones; every write is idempotent, so running
 * again after any failure converges.
 */
export async function runApply(plan: Plan, writes: AzureWrites, options: ApplyOptions): Promise<ApplyResult> {
  const refused = refusal(plan, options)
  if (refused) return { refused, outcomes: [], succeeded: false }
  const outcomes: AssignmentOutcome[] = []
  const record = (o: AssignmentOutcome) => {
    outcomes.push(o)
    options.onProgress?.(o)
  }
  const phase = async (changes: AssignmentChange[], apply: (c: AssignmentChange) => Promise<AssignmentOutcome>) => {
    const settled = await mapInLanes(
      changes,
      { perSubscription: options.concurrency, total: options.totalConcurrency ?? DEFAULT_TOTAL_CONCURRENCY },
      apply
    )
    settled.forEach((s, i) => record(s.status === 'fulfilled' ? s.value : failed(changes[i]!, s.reason)))
  }
  const definitionWrites = plan.definitionChanges.filter((c) => c.action === 'create' || c.action === 'update')
  await definitionPhase(definitionWrites, options, record, (c) =>
    c.action === 'create' || c.action === 'update' ? writes.putDefinition(c.scope, c.name, c.body) : Promise.resolve()
  )
  const reads: RepairReads = { grantsAt: grantCache(writes), remediationsAt: remediationsCache(writes) }
  const writesOf = (kind: 'extension' | 'configuration') =>
    plan.changes.filter((c) => c.kind === kind && c.action !== 'delete')
  await phase(writesOf('extension'), (c) => putWithFollowUps(c, plan, writes, reads, options))
  await phase(writesOf('configuration'), (c) => putWithFollowUps(c, plan, writes, reads, options))
  const deletes = plan.changes.filter((c) => c.action === 'delete')
  await phase(
    deletes.filter((c) => c.kind === 'configuration'),
    (c) => deleteWithRoles(c, writes)
  )
  await phase(
    deletes.filter((c) => c.kind === 'extension'),
    (c) => deleteWithRoles(c, writes)
  )
  const failedAssignments = new Set(outcomes.filter((o) => o.status !== 'succeeded').map((o) => o.key))
  // A definition goes only after every assignment being deleted went; a failed delete keeps it for the re-run.
  const definitionDeletes = plan.definitionChanges.filter((c) => c.action === 'delete' && failedAssignments.size === 0)
  await definitionPhase(definitionDeletes, options, record, (c) => writes.deleteDefinition(c.scope, c.name))
  return { outcomes, succeeded: applySucceeded(outcomes) }
}

function refusal(plan: Plan, options: ApplyOptions): string | undefined {
  if (plan.errors.length > 0)
    return `The plan has ${plan.errors.length} error(s); nothing was written. ${plan.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join(' ')}`
  if (plan.counts.delete > plan.maxDeletes && !options.allowManyDeletes) {
    return `The plan deletes ${plan.counts.delete} assignments, more than safety.maxDeletes (${plan.maxDeletes}); nothing was written. If that is intended, add the label 'flux-policy:allow-deletes' to the pull request and run again, or raise safety.maxDeletes.`
  }
  return undefined
}

type GrantCache = (scope: string) => Promise<Array<{ principalId: string; roleDefinitionId: string }>>

/** What apply reads (once per scope) to repair what an earlier, failed or killed, run left out. */
interface RepairReads {
  grantsAt: GrantCache
  remediationsAt: RemediationsAt
}

function grantCache(writes: AzureWrites): GrantCache {
  const cache = new Map<string, ReturnType<GrantCache>>()
  return (scope) => {
    const key = scope.toLowerCase()
    if (!cache.has(key)) cache.set(key, writes.roleGrantsAt(scope))
    return cache.get(key)!
  }
}

/**
 * Creates or updates an assignment, then grants its identity's roles and starts its remediation. An unchanged
 * assignment is checked too: if an earlier run failed before its roles were granted, they are granted now and
 * a remediation started; if it failed after the roles but before the remediation, the remediation is started
 * now — so a re-run converges.
 */
async function putWithFollowUps(
  change: AssignmentChange,
  plan: Plan,
  writes: AzureWrites,
  reads: RepairReads,
  options: ApplyOptions
): Promise<AssignmentOutcome> {
  if (change.action === 'delete') throw new Error('not a write')
  const outcome = base(change)
  await revokeOldVaults(change, writes)
  const written =
    change.action === 'no-op'
      ? { id: change.live.id, principalId: change.live.identity?.principalId }
      : await writes.putAssignment(change.desired)
  const { id, principalId } = written
  if (!principalId)
    return {
      ...outcome,
      reason: 'Azure returned no managed identity for the assignment, so its roles could not be granted.'
    }
  const planned = plan.roleAssignments.filter((r) => r.assignmentKey === change.key)
  const required = change.desired.roles.roleDefinitionIds.flatMap((roleDefinitionId) =>
    [change.desired.scope, ...change.desired.roles.extraScopes].map((scope) => ({ scope, roleDefinitionId }))
  )
  const missing = change.action === 'create' ? [] : await missingGrants(required, principalId, reads.grantsAt)
  for (const role of [...planned, ...missing.filter((m) => !planned.some((p) => sameGrant(p, m)))]) {
    outcome.rolesGranted.push({
      scope: role.scope,
      result: await writes.grantRole(role.scope, principalId, role.roleDefinitionId)
    })
  }
  const enforced = change.desired.enforcementMode === 'Default'
  const remediate =
    plan.remediations.some((r) => r.assignmentKey === change.key) ||
    (missing.length > 0 && enforced) ||
    (change.action === 'no-op' &&
      enforced &&
      change.desired.parameters.effect !== 'Disabled' &&
      (await remediationMissing(change.live, reads.remediationsAt)))
  if (remediate)
    Object.assign(
      outcome,
      await startAssignmentRemediation(writes, {
        assignmentId: id,
        scope: change.scope,
        name: `${change.name}-${options.remediationSuffix}`.slice(0, 90),
        written: change.action !== 'no-op'
      })
    )
  if (change.action === 'no-op' && outcome.rolesGranted.length === 0)
    return { ...outcome, status: 'succeeded', action: 'no-op' }
  return { ...outcome, status: 'succeeded' }
}

/**
 * Starts the remediation that reaches the assignment's existing clusters. At a subscription or resource group:
 * `ReEvaluateCompliance`, which evaluates first. At a management group, where Azure refuses that, an
 * `ExistingNonCompliant` remediation finds clusters only once Azure has evaluated the assignment: for one just
 * written that is pending (apply-step evaluates the subscriptions below and starts it when it waits; else the next
 * run does); for one written by an earlier run, it starts now if Azure has evaluated it, else stays pending.
 */
export async function startAssignmentRemediation(
  writes: Pick<AzureWrites, 'startRemediation' | 'assignmentEvaluated'>,
  task: { assignmentId: string; scope: string; name: string; written: boolean }
): Promise<Pick<AssignmentOutcome, 'remediationId' | 'remediationPath' | 'pendingRemediation' | 'assignmentId'>> {
  const { assignmentId, scope, name } = task
  if (parseScope(scope)?.kind !== 'managementGroup')
    return {
      assignmentId,
      remediationId: await writes.startRemediation(assignmentId, scope, name, 'ReEvaluateCompliance'),
      remediationPath: 're-evaluate'
    }
  if (!task.written && (await writes.assignmentEvaluated(assignmentId, scope)))
    return {
      assignmentId,
      remediationId: await writes.startRemediation(assignmentId, scope, name, 'ExistingNonCompliant'),
      remediationPath: 'existing-non-compliant'
    }
  return { assignmentId, remediationPath: 'pending-evaluation', pendingRemediation: { assignmentId, name } }
}

async function missingGrants(
  required: Array<{ scope: string; roleDefinitionId: string }>,
  principalId: string,
  grantsAt: GrantCache
) {
  const missing: typeof required = []
  for (const need of required) {
    const grants = await grantsAt(need.scope)
    if (!grants.some((g) => g.principalId === principalId && sameRole(g.roleDefinitionId, need.roleDefinitionId)))
      missing.push(need)
  }
  return missing
}

const roleGuid = (id: string) => id.split('/').pop()!.toLowerCase()
const sameRole = (a: string, b: string) => roleGuid(a) === roleGuid(b)
const sameGrant = (a: { scope: string; roleDefinitionId: string }, b: { scope: string; roleDefinitionId: string }) =>
  a.scope.toLowerCase() === b.scope.toLowerCase() && sameRole(a.roleDefinitionId, b.roleDefinitionId)

/**
 * Revokes the identity's roles, then deletes the assignment. In this order a run killed in between leaves the
 * assignment (and so the delete in the next plan), and the re-run revokes what is left; the other way round the
 * roles would be stranded, their principal belonging to no assignment any plan sees.
 */
async function deleteWithRoles(change: AssignmentChange, writes: AzureWrites): Promise<AssignmentOutcome> {
  if (change.action !== 'delete') throw new Error('not a delete')
  const principalId = change.live.identity?.principalId
  if (principalId) await writes.revokeRoles(principalId, [change.scope, ...vaultsOf(change.live)])
  await writes.deleteAssignment(change.live)
  return { ...base(change), status: 'succeeded' }
}

const KEY_VAULT_ID = /^\/?subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+$/i

/** The Key Vaults a live assignment of ours reads secrets from (its `keyVaultName` parameter, a vault id). */
function vaultsOf(live: LiveAssignment): string[] {
  const vault = live.parameters.keyVaultName
  return typeof vault === 'string' && KEY_VAULT_ID.test(vault) ? [vault] : []
}

/**
 * The grants on Key Vaults an update moves the source away from: the identity's roles of the built-in at each old
 * vault. Revoked before the assignment is written, so a run killed in between still plans the update (the live
 * assignment names the old vault) and the re-run revokes them; nothing else at the vault is touched.
 */
async function revokeOldVaults(change: AssignmentChange, writes: AzureWrites): Promise<void> {
  if (change.action !== 'update' || !change.live.identity?.principalId) return
  const kept = change.desired.roles.extraScopes.map((s) => s.replace(/^\/+/, '').toLowerCase())
  const old = vaultsOf(change.live).filter((v) => !kept.includes(v.replace(/^\/+/, '').toLowerCase()))
  if (old.length === 0) return
  await writes.revokeRoles(change.live.identity.principalId, old, change.desired.roles.roleDefinitionIds)
}

function base(change: AssignmentChange): AssignmentOutcome {
  return {
    key: change.key,
    name: change.name,
    scope: change.scope,
    team: change.team,
    source: change.source,
    action: change.action,
    status: 'failed',
    rolesGranted: []
  }
}

function failed(change: AssignmentChange, reason: unknown): AssignmentOutcome {
  return { ...base(change), status: 'failed', reason: writeFailureReason(reason) }
}

async function definitionPhase(
  changes: DefinitionChange[],
  options: ApplyOptions,
  record: (o: AssignmentOutcome) => void,
  write: (c: DefinitionChange) => Promise<void>
): Promise<void> {
  const settled = await mapBounded(changes, options.concurrency, write)
  settled.forEach((s, i) => {
    const c = changes[i]!
    const outcome: AssignmentOutcome = {
      key: c.key,
      name: c.name,
      scope: c.scope,
      team: c.team,
      source: c.source,
      action: c.action,
      kind: 'definition',
      status: 'succeeded',
      rolesGranted: []
    }
    record(s.status === 'fulfilled' ? outcome : { ...outcome, status: 'failed', reason: errorText(s.reason) })
  })
}
