import type { AssignmentOutcome } from './apply-result.js'
import type { AzureWrites } from './azure-writes.js'
import { errorText } from '../util/error-text.js'

/** What completing a pending remediation needs of Azure (src/azure/policy-evaluation.ts implements it). */
export interface SubscriptionEvaluations {
  /** The subscriptions below a management group that hold clusters, minus the assignment's notScopes. */
  subscriptionsBelow(scope: string, notScopes: readonly string[]): Promise<string[]>
  /** Starts an on-demand evaluation; the function polls once and says whether it is done. */
  trigger(subscriptionId: string): Promise<() => Promise<boolean>>
  startRemediation: AzureWrites['startRemediation']
  sleep(ms: number): Promise<void>
  now(): number
}

/** Waits between polls of an evaluation: an on-demand scan takes minutes (Azure answers Retry-After). */
const POLL_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000]

/**
 * Completes the remediations apply left pending at management groups (run-apply.ts): triggers one evaluation per
 * subscription below them that holds clusters (each subscription once, however many assignments share it), polls
 * until those are done, then starts each assignment's `ExistingNonCompliant` remediation, which now finds the
 * non-compliant clusters. An assignment whose evaluations did not finish by the deadline (or failed) stays pending,
 * with the reason; the next run or the nightly audit starts its remediation.
 */
export async function evaluateThenRemediate(
  outcomes: AssignmentOutcome[],
  azure: SubscriptionEvaluations,
  timeoutMs: number,
  notScopesOf: (outcome: AssignmentOutcome) => readonly string[] = () => []
): Promise<void> {
  const pending = outcomes.filter((o) => o.pendingRemediation)
  if (pending.length === 0) return
  const deadline = azure.now() + timeoutMs
  const below = new Map<AssignmentOutcome, string[]>()
  for (const outcome of pending) below.set(outcome, await azure.subscriptionsBelow(outcome.scope, notScopesOf(outcome)))
  const subscriptions = [...new Set([...below.values()].flat())]
  const polls = new Map<string, () => Promise<boolean>>()
  const failed = new Map<string, string>()
  for (const subscription of subscriptions) {
    try {
      polls.set(subscription, await azure.trigger(subscription))
    } catch (error) {
      failed.set(subscription, errorText(error))
    }
  }
  const done = new Set<string>()
  for (let poll = 0; done.size + failed.size < subscriptions.length && azure.now() < deadline; poll++) {
    await azure.sleep(Math.min(POLL_DELAYS_MS[Math.min(poll, POLL_DELAYS_MS.length - 1)]!, deadline - azure.now()))
    for (const [subscription, isDone] of polls) {
      if (done.has(subscription) || failed.has(subscription)) continue
      try {
        if (await isDone()) done.add(subscription)
      } catch (error) {
        failed.set(subscription, errorText(error))
      }
    }
  }
  for (const outcome of pending) {
    const mine = below.get(outcome)!
    const problem = mine.find((s) => failed.has(s))
    if (problem !== undefined) {
      outcome.reason = `Evaluating subscription ${problem} failed (${failed.get(problem)}); the remediation is pending.`
      continue
    }
    if (!mine.every((s) => done.has(s))) {
      outcome.reason = `The evaluation of ${mine.length} subscription(s) did not finish in time; the remediation is pending.`
      continue
    }
    const { assignmentId, name } = outcome.pendingRemediation!
    outcome.remediationId = await azure.startRemediation(assignmentId, outcome.scope, name, 'ExistingNonCompliant')
    outcome.remediationPath = 'evaluate-subscriptions'
    outcome.evaluatedSubscriptions = mine.length
    delete outcome.pendingRemediation
  }
}
