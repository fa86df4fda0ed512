import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'
import type { ArmBucket, ArmOperation, ArmPacer } from './arm-pacer.js'

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
        const response = await next(request)
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
