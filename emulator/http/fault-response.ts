import type { Fault } from './faults.js'
import type { EmulatorResponse } from './exchange.js'

/** The answer an injected throttle or 5xx gives: always an ARM error body (arm-policy v7 crashes on empty ones). */
export function faultResponse(fault: Exclude<Fault, { kind: 'latency' } | { kind: 'drop' }>): EmulatorResponse {
  if (fault.kind === 'reject') {
    return { status: fault.status, headers: {}, body: { error: { code: fault.code, message: fault.message } } }
  }
  const headers: Record<string, string> = {}
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds)
  if (fault.kind === 'throttle') {
    const wait = fault.retryAfterSeconds ?? 0
    const message = fault.message ?? `Number of requests exceeded the limit. Please try again after '${wait}' seconds.`
    return { status: 429, headers, body: { error: { code: fault.code ?? 'ResourceRequestsThrottled', message } } }
  }
  const code =
    fault.code ??
    (fault.status === 503 ? 'ServiceUnavailable' : fault.status === 504 ? 'GatewayTimeout' : 'InternalServerError')
  return {
    status: fault.status,
    headers,
    body: { error: { code, message: `The service answered ${fault.status} (injected fault).` } }
  }
}
