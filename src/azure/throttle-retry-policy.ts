import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'

export interface ThrottleRetryOptions {
  /** Tries after the first 429. */
  maxRetries: number
  /** Wait when the response says nothing about when to come back. */
  fallbackDelayMs: number
  /** Never wait longer than this for one retry. */
  maxDelayMs: number
  sleep(ms: number): Promise<void>
}

export const DEFAULT_THROTTLE_RETRY: ThrottleRetryOptions = {
  maxRetries: 5,
  fallbackDelayMs: 1_000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Retries 429 answers that carry no Retry-After, which the SDK's own retry policy gives up on: waits as long as
 * the quota headers say (Resource Graph's `x-ms-user-quota-resets-after`, hh:mm:ss), else backs off exponentially.
 * 429s with Retry-After are left to the SDK.
 */
export function throttleRetryPolicy(options: ThrottleRetryOptions = DEFAULT_THROTTLE_RETRY): PipelinePolicy {
  return {
    name: 'fluxPolicyThrottleRetry',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      for (let attempt = 0; ; attempt++) {
        const response = await next(request)
        if (response.status !== 429 || response.headers.get('retry-after') || attempt >= options.maxRetries)
          return response
        await options.sleep(Math.min(delayFor(response, attempt, options.fallbackDelayMs), options.maxDelayMs))
      }
    }
  }
}

function delayFor(response: PipelineResponse, attempt: number, fallbackMs: number): number {
  const resetsAfter = response.headers.get('x-ms-user-quota-resets-after')
  const parsed = resetsAfter ? /^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(resetsAfter) : null
  if (parsed) return ((Number(parsed[1]) * 60 + Number(parsed[2])) * 60 + Number(parsed[3])) * 1000 + 100
  return fallbackMs * 2 ** attempt
}
