import type { AssignmentChange } from '../../plan/plan.js'

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * One line on the clusters a change reaches, e.g. "reaches 37 clusters (12 Arc, 25 AKS) in 2 subscriptions;
 * 3 disconnected; 30 already carry it". A delete says how many clusters keep the configuration (Azure Policy removes
 * nothing from clusters). Plain text: the caller makes it inert for its output. Undefined when the plan has no impact.
 */
export function impactLine(change: AssignmentChange): string | undefined {
  const impact = change.impact
  if (!impact || change.action === 'no-op') return undefined
  if (impact.status === 'unknown') return 'impact unknown: Resource Graph did not answer'
  const deleting = change.action === 'delete'
  const atLeast = impact.status === 'lower-bound' ? 'at least ' : ''
  const bound = impact.status === 'lower-bound' ? ' (lower bounds: the identity cannot read every scope involved)' : ''
  if (impact.clusters === 0)
    return `${deleting ? 'reached' : 'reaches'} no cluster${deleting ? '' : ' — check the scope for a typo'}${bound}`
  const subscriptions = Object.keys(impact.bySubscription).length
  const parts = [
    `${deleting ? 'reached' : 'reaches'} ${atLeast}${plural(impact.clusters, 'cluster')} (${impact.arc} Arc, ${impact.aks} AKS) in ${plural(subscriptions, 'subscription')}`
  ]
  if (impact.disconnected > 0) parts.push(`${impact.disconnected} disconnected`)
  if (impact.carrying !== undefined)
    parts.push(
      deleting
        ? `${atLeast}${plural(impact.carrying, 'cluster keeps', 'clusters keep')} its Flux configuration after the delete (orphaned: nothing enforces it)`
        : impact.carrying === 0
          ? 'none carries it yet'
          : `${atLeast}${impact.carrying} already ${impact.carrying === 1 ? 'carries' : 'carry'} it`
    )
  return `${parts.join('; ')}${bound}`
}

/** A team's clusters reached by its changes, for the team table: `≥` for lower bounds, `?` when unknown. */
export function teamReach(changes: readonly AssignmentChange[], team: string): string {
  let total = 0
  let atLeast = false
  for (const c of changes) {
    if (c.team !== team || c.action === 'no-op' || !c.impact) continue
    if (c.impact.status === 'unknown') return '?'
    total += c.impact.clusters
    atLeast ||= c.impact.status === 'lower-bound'
  }
  return `${atLeast ? '≥' : ''}${total}`
}

/** Whether any change of the plan carries an impact (the team table then shows the column). */
export const hasImpact = (changes: readonly AssignmentChange[]): boolean =>
  changes.some((c) => c.action !== 'no-op' && c.impact !== undefined)
