import { parseScope } from '../config/scope.js'
import { definitionById } from '../desired/catalog.js'
import type { AssignmentChange } from './plan.js'

/**
 * What one changed assignment reaches in the fleet, read from Resource Graph (never part of the plan hash).
 * `lower-bound`: Resource Graph leaves out, without an error, what the signed-in identity may not read, and it did
 * not confirm it can read every scope involved, so the counts are at least these.
 */
export type ChangeImpact =
  | {
      status: 'exact' | 'lower-bound'
      clusters: number
      arc: number
      aks: number
      /** Arc clusters whose agents are not connected (`connectivityStatus` Offline or Expired). */
      disconnected: number
      /** Clusters by lower-case subscription id. */
      bySubscription: Record<string, number>
      /**
       * Configuration changes: clusters that already carry a Flux configuration of the configuration name and source
       * URL (the new URL for creates and updates; for a delete, the clusters that keep it after the delete).
       */
      carrying?: number
    }
  | { status: 'unknown'; reason: string }

/** An impact with counts. */
export type CountedImpact = Exclude<ChangeImpact, { status: 'unknown' }>

/** What the Resource Graph query needs of a changed assignment. */
export interface ImpactTarget {
  key: string
  scope: string
  notScopes: readonly string[]
  /** Lower case; absent for the Flux extension prerequisite. */
  configuration?: { name: string; url: string }
}

/** The changed assignments (no-ops reach nothing new) as query targets; only scopes that parse. */
export function impactTargets(changes: readonly AssignmentChange[]): ImpactTarget[] {
  return changes.flatMap((change): ImpactTarget[] => {
    if (change.action === 'no-op' || !parseScope(change.scope)) return []
    const assignment = change.action === 'delete' ? change.live : change.desired
    const configuration = change.kind === 'configuration' ? configurationOf(assignment) : undefined
    return [{ key: change.key, scope: change.scope, notScopes: assignment.notScopes, configuration }]
  })
}

/** The configuration name and source URL an assignment deploys: its parameters, else its built-in's defaults. */
function configurationOf(assignment: { policyDefinitionId: string; parameters: Record<string, unknown> }): {
  name: string
  url: string
} {
  const builtin = definitionById(assignment.policyDefinitionId)
  const value = (name: string): string => {
    const v = assignment.parameters[name] ?? builtin?.parameters[name]?.defaultValue
    return typeof v === 'string' ? v : ''
  }
  return {
    name: value('configurationName').toLowerCase(),
    url: (value('repositoryUrl') || value('bucketUrl')).toLowerCase()
  }
}

/** One row of the impact query: clusters of one target in one subscription. */
export interface ImpactRow {
  slot: number
  subscriptionId: string
  clusters: number
  arc: number
  disconnected: number
  carrying: number
}

/** The counts of every target from the rows of the requests that covered it; a target no row names reached none. */
export function foldImpact(
  targets: readonly ImpactTarget[],
  rows: ReadonlyMap<string, readonly Omit<ImpactRow, 'slot'>[]>,
  complete: (key: string) => boolean
): Map<string, ChangeImpact> {
  const impacts = new Map<string, ChangeImpact>()
  for (const target of targets) {
    const bySubscription: Record<string, number> = {}
    let clusters = 0
    let arc = 0
    let disconnected = 0
    let carrying = 0
    for (const row of rows.get(target.key) ?? []) {
      clusters += row.clusters
      arc += row.arc
      disconnected += row.disconnected
      carrying += row.carrying
      const subscription = row.subscriptionId.toLowerCase()
      bySubscription[subscription] = (bySubscription[subscription] ?? 0) + row.clusters
    }
    impacts.set(target.key, {
      status: complete(target.key) ? 'exact' : 'lower-bound',
      clusters,
      arc,
      aks: clusters - arc,
      disconnected,
      bySubscription,
      ...(target.configuration ? { carrying } : {})
    })
  }
  return impacts
}

/** Reads a number column of a Resource Graph row (Kusto longs may come back as numbers or strings). */
export function countOf(row: Record<string, unknown>, column: string): number {
  const value = Number(row[column] ?? 0)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}
