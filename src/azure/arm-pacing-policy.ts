import { AsyncLocalStorage } from 'node:async_hooks'
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'
import type { WireTurn } from '../apply/azure-writes.js'
import type { ArmBucket, ArmOperation, ArmPacer } from './arm-pacer.js'

const wireTurns = new AsyncLocalStorage<WireTurn>()

/**
 * Runs `call` so that each ARM request it makes goes on the wire inside `turn`, once the pacer has let it go. A
 * request waiting for a token of its bucket so holds no place of the caller's bound: with the bound taken first, the
 * requests of a subscription whose bucket was empty held the places while other subscriptions' requests, whose
 * buckets were full, waited behind them.
 */
export function inWireTurn<R>(turn: WireTurn | undefined, call: () => Promise<R>): Promise<R> {
  return turn ? wireTurns.run(turn, call) : call()
}

/**
 * Sends every ARM request through the pacer (see ArmPacer for why). Installed per retry, so the SDK's own
 * retries of a 5xx or a 429 wait for a token too; a 429 that still comes is retried by the SDK after Retry-After.
 */
export function armPacingPolicy(pacer: ArmPacer): PipelinePolicy {
  return {
    name: 'fluxPolicyArmPacing',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      // Resource Graph has a quota of its own (x-ms-user-quota-*, see throttle-retry-policy), not ARM's buckets.
      if (/\/providers\/microsoft\.resourcegraph\//i.test(request.url)) return next(request)
      const { bucket, header } = armBucketOf(request)
      const ticket = await pacer.acquire(bucket)
      let remaining: number | undefined
      try {
        const turn = wireTurns.getStore()
        const response = await (turn ? turn(() => next(request)) : next(request))
        const reported = Number.parseInt(response.headers.get(header) ?? '', 10)
        if (Number.isFinite(reported)) remaining = reported
        return response
      } finally {
        pacer.settle(bucket, remaining, ticket)
      }
    }
  }
}

/** The bucket ARM charges a request to: its subscription's (from the path) or the tenant's, by operation type. */
export function armBucketOf(request: Pick<PipelineRequest, 'url' | 'method'>): { bucket: ArmBucket; header: string } {
  const subscription = /^\/+subscriptions\/([^/?]+)/i.exec(new URL(request.url).pathname)?.[1]
  const operation: ArmOperation =
    request.method === 'GET' || request.method === 'HEAD' ? 'reads' : request.method === 'DELETE' ? 'deletes' : 'writes'
  const level = subscription ? 'subscription' : 'tenant'
  return {
    bucket: { key: subscription ? `subscription/${subscription.toLowerCase()}` : 'tenant', operation },
    header: `x-ms-ratelimit-remaining-${level}-${operation}`
  }
}
