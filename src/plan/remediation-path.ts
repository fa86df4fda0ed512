import { parseScope } from '../config/scope.js'

/**
 * How an assignment's existing clusters are reached. Azure evaluates a new or changed assignment only about 5
 * minutes after the write, so a remediation that takes the clusters "already known to be non-compliant"
 * (`ExistingNonCompliant`) started right after it deploys to none:
 * - `re-evaluate`: at a subscription or resource group, a remediation with `ReEvaluateCompliance` evaluates first;
 * - `evaluate-subscriptions`: at a management group (where Azure refuses `ReEvaluateCompliance`), apply triggers an
 *   evaluation of each subscription below that has clusters, waits for them, then starts an `ExistingNonCompliant`
 *   remediation;
 * - `pending-evaluation`: at a management group when apply does not wait; the next run (or the audit) starts the
 *   remediation once Azure has evaluated the assignment;
 * - `existing-non-compliant`: Azure has evaluated the assignment already, so the remediation starts at once.
 */
export type RemediationPath = 're-evaluate' | 'evaluate-subscriptions' | 'pending-evaluation' | 'existing-non-compliant'

/** The path an assignment written at `scope` takes: the plan's promise, before anything is read. */
export function plannedRemediationPath(scope: string, waits: boolean): RemediationPath {
  if (parseScope(scope)?.kind !== 'managementGroup') return 're-evaluate'
  return waits ? 'evaluate-subscriptions' : 'pending-evaluation'
}

/** The plan's words: at a management group the path depends on whether apply waits. */
export function describePlannedPath(path: RemediationPath | undefined): string {
  if (path === 'evaluate-subscriptions')
    return 'evaluate the subscriptions below, then remediate (pending evaluation until the next run when apply does not wait)'
  return path ? describeRemediationPath(path) : 'remediate'
}

/** In words, for the plan and the apply result. */
export function describeRemediationPath(path: RemediationPath, subscriptions?: number): string {
  switch (path) {
    case 're-evaluate':
      return 're-evaluate, then remediate'
    case 'evaluate-subscriptions':
      return subscriptions === undefined
        ? 'evaluate the subscriptions below, then remediate'
        : `evaluate ${subscriptions} subscription${subscriptions === 1 ? '' : 's'}, then remediate`
    case 'pending-evaluation':
      return 'pending evaluation (the next run or the nightly audit starts the remediation)'
    case 'existing-non-compliant':
      return 'remediate the clusters Azure found non-compliant'
  }
}
