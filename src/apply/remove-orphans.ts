import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../resource-graph/cluster-queries.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import type { ResourceGraphError } from '../resource-graph/resource-graph-error.js'
import type { Plan } from '../plan/plan.js'
import type { ApplyResult, OrphanReport } from './apply-result.js'
import {
  deletedSources,
  excludedManagementGroupsOf,
  orphanQueryScope,
  orphanQueryText,
  selectOrphans,
  type DeletedSource,
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
  const read = await findOrphans(sources, deps.resourceGraph)
  if ('error' in read) return unreadable(read.found, read.error.message)
  const found = read.found
  const report: OrphanReport = { found, removed: [], failed: [] }
  if (found.length === 0) return report
  if (!options.remove)
    return {
      ...report,
      kept:
        'Removing them is not enabled: set safety.removeConfigurationsOnDelete in flux-policy.yaml, or add the ' +
        "label 'flux-policy:remove-orphaned-configurations' to the pull request (CLI: " +
        '--remove-orphaned-configurations).'
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

/**
 * The configurations each source left on the clusters of its old scope (Resource Graph: one query per source, one per
 * excluded management group); an error as soon as one query fails (with what was found before it).
 */
export async function findOrphans(
  sources: readonly DeletedSource[],
  resourceGraph: ResourceGraphRunner
): Promise<{ found: OrphanedConfiguration[] } | { found: OrphanedConfiguration[]; error: ResourceGraphError }> {
  const found: OrphanedConfiguration[] = []
  for (const source of sources) {
    const scope = orphanQueryScope(source)
    if (!scope) continue
    const excludedSubscriptions: string[] = []
    for (const group of excludedManagementGroupsOf(source)) {
      const answer = await resourceGraph.run({
        scope: { managementGroups: [group] },
        query: CLUSTER_SUBSCRIPTIONS_QUERY
      })
      if ('error' in answer) return { found, error: answer.error }
      excludedSubscriptions.push(
        ...answer.rows.map((r) => String((r as { subscriptionId?: unknown }).subscriptionId ?? ''))
      )
    }
    const answer = await resourceGraph.run({ scope, query: orphanQueryText(source) })
    if ('error' in answer) return { found, error: answer.error }
    found.push(...selectOrphans(answer.rows, source, excludedSubscriptions))
  }
  return { found }
}

function unreadable(found: OrphanedConfiguration[], message: string): OrphanReport {
  return {
    found,
    removed: [],
    failed: [],
    unknown: true,
    kept: `Resource Graph could not be read, so orphans are unknown: ${message}`
  }
}
