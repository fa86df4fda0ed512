import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../resource-graph/cluster-queries.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import type { Plan } from '../plan/plan.js'
import type { ApplyResult, OrphanReport } from './apply-result.js'
import {
  deletedSources,
  excludedManagementGroupsOf,
  orphanQueryScope,
  orphanQueryText,
  selectOrphans,
  type OrphanedConfiguration
} from './orphaned-configurations.js'
import { mapInLanes } from './subscription-lanes.js'
import { errorText } from '../util/error-text.js'

export interface OrphanOptions {
  /** safety.removeConfigurationsOnDelete, or the apply's override label: remove what is found. */
  remove: boolean
  /** The override label for safety.maxDeletes. */
  allowManyDeletes: boolean
  /** Removals in flight at once per subscription (ARM's delete bucket is per subscription and principal). */
  concurrency: number
}

export interface OrphanDeps {
  resourceGraph: ResourceGraphRunner
  /** Turns off prune on the configuration's kustomizations, then deletes it (docs/orphaned-configurations.md). */
  removeFluxConfiguration(id: string): Promise<void>
}

/**
 * After the assignments went: finds the Flux configurations each successfully deleted source left on the clusters of
 * its old scope (Resource Graph, one query per source and one per excluded management group), and removes them when
 * enabled — paced in the same per-subscription lanes as the rest of apply — unless the plan's deletes plus these
 * (counted in clusters) exceed safety.maxDeletes without the override label. Undefined when no source was deleted.
 */
export async function handleOrphans(
  plan: Plan,
  result: ApplyResult,
  deps: OrphanDeps,
  options: OrphanOptions
): Promise<OrphanReport | undefined> {
  const deleted = new Set(
    result.outcomes.filter((o) => o.action === 'delete' && o.status === 'succeeded').map((o) => o.key)
  )
  const sources = deletedSources(plan).filter((s) => deleted.has(s.assignmentKey))
  if (sources.length === 0) return undefined
  const found: OrphanedConfiguration[] = []
  for (const source of sources) {
    const scope = orphanQueryScope(source)
    if (!scope) continue
    const excludedSubscriptions: string[] = []
    for (const group of excludedManagementGroupsOf(source)) {
      const answer = await deps.resourceGraph.run({
        scope: { managementGroups: [group] },
        query: CLUSTER_SUBSCRIPTIONS_QUERY
      })
      if ('error' in answer) return unreadable(found, answer.error.message)
      excludedSubscriptions.push(
        ...answer.rows.map((r) => String((r as { subscriptionId?: unknown }).subscriptionId ?? ''))
      )
    }
    const answer = await deps.resourceGraph.run({ scope, query: orphanQueryText(source) })
    if ('error' in answer) return unreadable(found, answer.error.message)
    found.push(...selectOrphans(answer.rows, source, excludedSubscriptions))
  }
  const report: OrphanReport = { found, removed: [], failed: [] }
  if (found.length === 0) return report
  if (!options.remove)
    return {
      ...report,
      kept:
        'Removing them is not enabled: set safety.removeConfigurationsOnDelete in flux-policy.yaml, or add the ' +
        "label 'flux-policy:remove-orphaned-configurations' to the pull request."
    }
  const deletes = plan.counts.delete + found.length
  if (deletes > plan.maxDeletes && !options.allowManyDeletes)
    return {
      ...report,
      kept:
        `Removing them would make ${deletes} deletes (${plan.counts.delete} assignments, ${found.length} configurations), ` +
        `more than safety.maxDeletes (${plan.maxDeletes}); add the label 'flux-policy:allow-deletes' or raise it.`
    }
  const settled = await mapInLanes(
    found.map((o) => ({ ...o, scope: `/subscriptions/${o.subscriptionId}` })),
    { perSubscription: options.concurrency, total: options.concurrency * 8 },
    (o) => deps.removeFluxConfiguration(o.id)
  )
  settled.forEach((s, i) => {
    const id = found[i]!.id
    if (s.status === 'fulfilled') report.removed.push(id)
    else report.failed.push({ id, reason: errorText(s.reason) })
  })
  return report
}

function unreadable(found: OrphanedConfiguration[], message: string): OrphanReport {
  return {
    found,
    removed: [],
    failed: [],
    kept: `Resource Graph could not be read, so orphans are unknown: ${message}`
  }
}
