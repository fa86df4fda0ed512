import { applySucceeded, type ApplyResult, type AssignmentOutcome } from '../apply/apply-result.js'
import type { ConfigurationUpdateOutcome } from '../apply/apply-result.js'
import type { AzureWrites } from '../apply/azure-writes.js'
import { updateConfigurations, type UpdateLanes } from '../apply/update-configurations.js'
import { configurationExpectations } from '../audit/configuration-expectation.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import type { AzureReads } from '../plan/azure-reads.js'
import { runApply } from '../apply/run-apply.js'
import { checkAgainstReviewed, reviewRefusal, type ReviewCheck, type ReviewedPlan } from '../apply/reviewed-plan.js'
import { planRoot, type PlanOutcome } from './plan.js'
import { handleOrphans } from '../apply/remove-orphans.js'

export interface ApplyCommandOptions {
  allowManyDeletes: boolean
  /** Refuse when the fresh plan's hash differs from this (the reviewed plan). */
  requireHash?: string
  /** The plan reviewed on the merged pull request, to compare the fresh plan with. */
  reviewed?: ReviewedPlan
  /** Refuse unless the fresh plan is the reviewed plan, or what is left of it after an earlier run. */
  requireReviewed?: boolean
  concurrency?: number
  /** The override label: remove the configurations deleted sources leave (as safety.removeConfigurationsOnDelete). */
  removeOrphans?: boolean
  onProgress?: (outcome: AssignmentOutcome) => void
  /** PATCHes of Flux configurations in flight per subscription and in all. */
  configurationLanes?: UpdateLanes
  onConfigurationProgress?: (outcome: ConfigurationUpdateOutcome) => void
}

export type ApplyOutcome =
  | Extract<PlanOutcome, { kind: 'invalid' }>
  | { kind: 'applied'; planned: Extract<PlanOutcome, { kind: 'planned' }>; result: ApplyResult; review: ReviewCheck }

export const DEFAULT_APPLY_CONCURRENCY = 8

/**
 * Re-plans against live state, then applies; then, when Resource Graph is given, updates the Flux configurations on
 * the clusters directly where they differ from the files in what the policy cannot see (kustomizations, timeouts;
 * see `updateConfigurations`) — on every run, so a re-run retries what failed. Sources whose assignment or
 * definition failed to write are left for the re-run. Writes nothing when the files are invalid or a guard refuses.
 */
export async function applyRoot(
  root: string,
  repository: string,
  azure: { reads: AzureReads; writes: AzureWrites; resourceGraph?: ResourceGraphRunner },
  options: ApplyCommandOptions
): Promise<ApplyOutcome> {
  const planned = await planRoot(root, repository, azure.reads, { removeOrphans: options.removeOrphans === true })
  if (planned.kind === 'invalid') return planned
  if (options.requireHash && options.requireHash !== planned.plan.hash) {
    const refused = `The plan made now (${planned.plan.hash}) differs from the reviewed plan (${options.requireHash}): live state changed since review. Nothing was written; re-run the plan on a pull request and review it.`
    const result = { refused, outcomes: [], succeeded: false }
    return { kind: 'applied', planned, result, review: { kind: 'none-reviewed' } }
  }
  const review = checkAgainstReviewed(planned.plan, options.reviewed)
  const notReviewed = options.requireReviewed ? reviewRefusal(review, planned.plan.hash) : undefined
  if (notReviewed) {
    return { kind: 'applied', planned, result: { refused: notReviewed, outcomes: [], succeeded: false }, review }
  }
  const result = await runApply(planned.plan, azure.writes, {
    concurrency: options.concurrency ?? DEFAULT_APPLY_CONCURRENCY,
    allowManyDeletes: options.allowManyDeletes,
    remediationSuffix: planned.plan.hash.slice(0, 8),
    onProgress: options.onProgress
  })
  if (result.refused || !azure.resourceGraph) return { kind: 'applied', planned, result, review }
  const { resourceGraph } = azure
  const removeFluxConfiguration = azure.writes.removeFluxConfiguration?.bind(azure.writes)
  if (removeFluxConfiguration) {
    const orphans = await handleOrphans(
      planned.plan,
      result,
      { resourceGraph, removeFluxConfiguration },
      {
        remove: options.removeOrphans === true || planned.desired.removeConfigurationsOnDelete === true,
        allowManyDeletes: options.allowManyDeletes,
        concurrency: options.concurrency ?? DEFAULT_APPLY_CONCURRENCY
      }
    )
    if (orphans) {
      result.orphans = orphans
      if (orphans.failed.length > 0) result.succeeded = false
    }
  }
  const failedSources = new Set(
    result.outcomes.filter((o) => o.status !== 'succeeded').map((o) => `${o.team}/${o.source}`)
  )
  const configurationUpdates = await updateConfigurations(
    configurationExpectations(planned.desired).filter((e) => !failedSources.has(e.expectation.key)),
    resourceGraph,
    azure.writes,
    { lanes: options.configurationLanes, onProgress: options.onConfigurationProgress }
  )
  const succeeded = result.succeeded && applySucceeded(result.outcomes, configurationUpdates)
  return { kind: 'applied', planned, result: { ...result, configurationUpdates, succeeded }, review }
}
