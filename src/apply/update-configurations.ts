import type { ConfigurationExpectation } from '../audit/configuration-expectation.js'
import { writeFailureReason } from './write-failure.js'
import { ownedConfigurationsQueryText } from '../audit/configuration-query.js'
import { CLUSTER_SUBSCRIPTIONS_QUERY } from '../resource-graph/cluster-queries.js'
import { excludedManagementGroups, planDriftQueries } from '../audit/query-plan.js'
import type { ResourceGraphRunner } from '../resource-graph/resource-graph-runner.js'
import type { ConfigurationUpdateOutcome, ConfigurationUpdates } from './apply-result.js'
import type { AzureWrites, WireTurn } from './azure-writes.js'
import {
  configurationPatch,
  patchedFields,
  type FluxConfigurationPatch,
  type LiveConfiguration
} from './configuration-patch.js'
import { laneSemaphore } from './concurrency.js'
import { laneOf, mapInLanes, type LaneLimits } from './subscription-lanes.js'

/**
 * PATCHes under way per subscription: at most as many as ARM's write bucket holds (200, refilled at 10 a second;
 * "Request limits and throttling"), so within a subscription only the bucket paces them: the ARM pacer lets each go
 * when a token is expected, and reads `x-ms-ratelimit-remaining-subscription-writes` from every answer (how many
 * enter the SDK's pipeline at once: `enteringPerLane`). On the wire at once, over all subscriptions, PATCHes and
 * status reads together: 96, for the client's sake, not ARM's; a request takes its place only once it has its token
 * (a request waiting for one holds none), and subscriptions take turns. Each request in flight holds a connection,
 * and a new one costs a TLS handshake; fewer places leave the client waiting on latency. Measured on the 1,000
 * clusters of bench `update-convergence` (50 ms latency; medians of four or five runs each, one after the other,
 * idle machine): 64 places took 2,235 ms, 96 took 1,907 ms, 128 took 2,149 ms.
 */
export const DEFAULT_UPDATE_LANES: UpdateLanes = { perSubscription: 200, total: 96 }

/** The direct update's bounds: PATCHes under way per subscription (at most), requests on the wire over all. */
export interface UpdateLanes {
  perSubscription: number
  total: number
}

export interface ConfigurationUpdateOptions {
  lanes?: UpdateLanes
  onProgress?: (outcome: ConfigurationUpdateOutcome) => void
}

interface PendingUpdate {
  /** The configuration's id: its subscription is the lane. */
  scope: string
  expectation: ConfigurationExpectation
  live: LiveConfiguration
  patch: FluxConfigurationPatch
}

/**
 * Brings the Flux configurations the sources own in line with the files, for what the policy cannot see (see
 * `ConfigurationExpectation`): lists every configuration of each source's name and URL within its scope (Resource
 * Graph, batched by subscriptions as the audit is), works out the PATCH of each from what it holds now, and sends
 * them in per-subscription lanes. Decided from live state alone, so a re-run after any failure updates exactly what
 * is still behind, and a run with nothing behind writes nothing. A configuration being deleted is left alone.
 */
export async function updateConfigurations(
  expectations: readonly ConfigurationExpectation[],
  graph: ResourceGraphRunner,
  writes: Pick<AzureWrites, 'updateFluxConfiguration'>,
  options: ConfigurationUpdateOptions = {}
): Promise<ConfigurationUpdates> {
  if (expectations.length === 0) return { outcomes: [] }
  const sources = expectations.map((e) => e.expectation)
  const subscriptionsUnder = new Map<string, string[]>()
  for (const group of excludedManagementGroups(sources)) {
    const answer = await graph.run({ scope: { managementGroups: [group] }, query: CLUSTER_SUBSCRIPTIONS_QUERY })
    if ('error' in answer) return { outcomes: [], error: answer.error.message }
    subscriptionsUnder.set(
      group.toLowerCase(),
      answer.rows.map((r) => String((r as { subscriptionId?: unknown }).subscriptionId ?? '')).filter(Boolean)
    )
  }
  const pending: PendingUpdate[] = []
  for (const query of planDriftQueries(sources, subscriptionsUnder)) {
    const answer = await graph.run({ scope: query.scope, query: ownedConfigurationsQueryText(query) })
    if ('error' in answer) return { outcomes: [], error: answer.error.message }
    for (const row of answer.rows) {
      const live = liveConfiguration(row)
      const expectation = live && expectations[live.source]
      if (!live || !expectation || /^deleting$/i.test(live.provisioningState)) continue
      const patch = configurationPatch(expectation, live)
      if (patch) pending.push({ scope: live.id, expectation, live, patch })
    }
  }
  // The lanes hold the PATCHes waiting for ARM's write tokens; the total bounds what is on the wire (see
  // DEFAULT_UPDATE_LANES), PATCHes and status reads together, a status read ahead of any PATCH: it finishes an
  // update already sent. The operations finish side by side after acceptance.
  const lanes = options.lanes ?? DEFAULT_UPDATE_LANES
  const wireTurns = laneSemaphore(lanes.total)
  const waiting = { perSubscription: enteringPerLane(lanes), total: Number.POSITIVE_INFINITY }
  const accepted = await mapInLanes(pending, waiting, async (update) => {
    const lane = laneOf(update.scope)
    const finish = await updateOne(update, writes, {
      patchTurn: (send) => wireTurns({ lane }, send),
      statusTurn: (send) => wireTurns({ lane, ahead: true }, send)
    })
    // Wrapped, so the lane is free once the request is accepted, not when the operation ends.
    return {
      outcome: finish().then((outcome) => {
        options.onProgress?.(outcome)
        return outcome
      })
    }
  })
  const outcomes = await Promise.all(
    accepted.map((result, i) =>
      result.status === 'fulfilled' ? result.value.outcome : outcomeOf(pending[i]!, 'failed', reasonOf(result.reason))
    )
  )
  return { outcomes }
}

/** Fewest PATCHes a subscription may have in the pipeline at once, however many subscriptions share. */
const MIN_ENTERING_PER_LANE = 8

/**
 * How many PATCHes each subscription may have in the client's pipeline at once (built, signed, waiting for a token
 * or a place on the wire): a fair share, over the subscriptions with PATCHes still to send, of twice the places on
 * the wire, so one is ready whenever a place frees; at least `MIN_ENTERING_PER_LANE`, at most `perSubscription`.
 */
function enteringPerLane({ perSubscription, total }: UpdateLanes): LaneLimits['perSubscription'] {
  return (lanesWaiting) =>
    Math.min(perSubscription, Math.max(MIN_ENTERING_PER_LANE, Math.ceil((2 * total) / Math.max(1, lanesWaiting))))
}

/** Sends one PATCH (inside its lane) and returns the wait for its operation (outside any lane). */
async function updateOne(
  update: PendingUpdate,
  writes: Pick<AzureWrites, 'updateFluxConfiguration'>,
  turns: { patchTurn: WireTurn; statusTurn: WireTurn }
): Promise<() => Promise<ConfigurationUpdateOutcome>> {
  try {
    const { done } = await writes.updateFluxConfiguration(update.live.id, update.patch, turns)
    return () =>
      done.then(
        () => outcomeOf(update, 'updated'),
        (error: unknown) => outcomeOf(update, 'failed', reasonOf(error))
      )
  } catch (error) {
    const failed = outcomeOf(update, 'failed', reasonOf(error))
    return () => Promise.resolve(failed)
  }
}

function outcomeOf(
  { expectation: { expectation }, live, patch }: PendingUpdate,
  status: ConfigurationUpdateOutcome['status'],
  reason?: string
): ConfigurationUpdateOutcome {
  return {
    key: expectation.key,
    team: expectation.team,
    source: expectation.source,
    clusterId: live.clusterId,
    configurationId: live.id,
    fields: patchedFields(patch),
    status,
    ...(reason !== undefined ? { reason } : {})
  }
}

/** A row of the owned-configurations query, checked; undefined for a row without what the update needs. */
function liveConfiguration(row: unknown): (LiveConfiguration & { source: number }) | undefined {
  if (row === null || typeof row !== 'object') return undefined
  const r = row as Record<string, unknown>
  if (typeof r.id !== 'string' || typeof r.source !== 'number') return undefined
  const kustomizations =
    r.kustomizations !== null && typeof r.kustomizations === 'object' && !Array.isArray(r.kustomizations)
      ? (r.kustomizations as Record<string, unknown>)
      : {}
  return {
    source: r.source,
    id: r.id,
    clusterId: typeof r.clusterId === 'string' ? r.clusterId : '',
    name: typeof r.name === 'string' ? r.name : '',
    provisioningState: typeof r.provisioningState === 'string' ? r.provisioningState : '',
    kustomizations,
    ...(typeof r.sourceTimeout === 'number' ? { sourceTimeoutInSeconds: r.sourceTimeout } : {})
  }
}

// A 403 is said to be one (the identity lacks fluxConfigurations/write there), not a generic failure.
const reasonOf = writeFailureReason
