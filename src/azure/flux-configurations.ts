import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline'
import type { FluxConfigurationPatch } from '../apply/configuration-patch.js'
import type { WireTurn } from '../apply/azure-writes.js'
import { inWireTurn } from './arm-pacing-policy.js'
import type { AzureClients } from './clients.js'

const CONFIGURATION_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/providers\/Microsoft\.KubernetesConfiguration\/fluxConfigurations\/([^/]+)$/i

/** The parts of a Flux configuration's ARM id the SDK takes separately. */
export function configurationIdParts(id: string) {
  const match = CONFIGURATION_ID.exec(id)
  if (!match) throw new Error(`Not a Flux configuration id: ${id}`)
  const [, subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name] = match.map((p) =>
    p === undefined ? '' : decodeURIComponent(p)
  ) as [string, string, string, string, string, string, string]
  return { subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name }
}

/**
 * Without a `Retry-After`, the wait before the next status poll: the SDK's own default (`@azure/core-lro`,
 * `POLL_INTERVAL_IN_MS`). The resource provider sent none on its long-running writes in a recorded session
 * (Azure/azure-cli-extensions, src/k8s-extension/…/recordings/test_k8s_extension.yaml: `Azure-AsyncOperation` and
 * `Location` only), so this is the usual wait against Azure.
 */
export const DEFAULT_POLL_INTERVAL_MS = 2000

export interface UpdateOptions {
  /** Waits that long (default: real time). */
  sleep?(ms: number): Promise<void>
  /**
   * The PATCH's and each status read's time on the wire, once ARM's bucket has a token for it (default: at once), so
   * the caller bounds how many are in flight (see `inWireTurn`).
   */
  patchTurn?: WireTurn
  statusTurn?: WireTurn
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * PATCH of a Flux configuration, a long-running operation (API 2023-05-01, the SDK's version). Resolves once Azure
 * accepted the request (rejects when it refused it, after the client's retries); `done` then confirms the operation:
 * it waits what ARM's `Retry-After` says and reads the operation's status (`FluxConfigOperationStatus_Get`) until it
 * has finished, rejecting when it failed. Two requests per update: not the SDK's `beginUpdate`, which polls at once
 * whatever `Retry-After` says and then GETs the resource again (a third request, for a body apply does not use).
 * The PATCH goes through the same client's pipeline (sign-in, retries, ARM pacing) with the SDK's wire format
 * (`FluxConfigurationPatch`: the fields under `properties`).
 */
export async function updateFluxConfiguration(
  clients: AzureClients,
  configurationId: string,
  patch: FluxConfigurationPatch,
  options: UpdateOptions = {}
): Promise<{ done: Promise<void> }> {
  const parts = configurationIdParts(configurationId)
  const client = clients.kubernetesConfiguration(parts.subscriptionId)
  const path = configurationId
    .split('/')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
    .join('/')
  const request = createPipelineRequest({
    url: `${clients.cloud.armEndpoint.replace(/\/+$/, '')}${path}?api-version=${client.apiVersion}`,
    method: 'PATCH',
    headers: createHttpHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
    body: JSON.stringify({ properties: patch })
  })
  const response = await inWireTurn(options.patchTurn, () => client.sendRequest(request))
  if (response.status >= 400) throw armError(response.status, response.bodyAsText, `PATCH ${configurationId}`)
  const operationUrl = response.headers.get('azure-asyncoperation')
  // 200: nothing to change, or done at once (the spec allows both); nothing to follow.
  if (response.status !== 202 || !operationUrl) return { done: Promise.resolve() }
  const operationId = decodeURIComponent(new URL(operationUrl).pathname.split('/').pop() ?? '')
  const done = confirm(clients, parts, operationId, retryAfterMs(response.headers.get('retry-after')), options)
  // Settled by the caller later; marked handled now so a failure while it waits is not an unhandled rejection.
  done.catch(() => undefined)
  return { done }
}

/** Reads the operation's status after each `Retry-After` until it has finished; rejects when it did not succeed. */
async function confirm(
  clients: AzureClients,
  p: ReturnType<typeof configurationIdParts>,
  operationId: string,
  firstWaitMs: number,
  { sleep = realSleep, statusTurn }: UpdateOptions
): Promise<void> {
  const statuses = clients.kubernetesConfiguration(p.subscriptionId).fluxConfigOperationStatus
  let waitMs = firstWaitMs
  for (;;) {
    if (waitMs > 0) await sleep(waitMs)
    let retryAfter: string | undefined
    const status = await inWireTurn(statusTurn, () =>
      statuses.get(p.resourceGroup, p.clusterRp, p.clusterResourceName, p.clusterName, p.name, operationId, {
        onResponse: (raw) => (retryAfter = raw.headers.get('retry-after') ?? undefined)
      })
    )
    const state = (status.status ?? '').toLowerCase()
    if (state === 'succeeded') return
    if (state === 'failed' || state === 'canceled' || state === 'cancelled') {
      const error = status.error
      throw new Error(
        `The update of ${p.name} ${state}: ${error?.code ?? 'no code'}: ${error?.message ?? 'no message'}`
      )
    }
    waitMs = retryAfterMs(retryAfter)
  }
}

/** `Retry-After` in whole seconds or an HTTP date; absent or unreadable: the SDK's default interval. */
export function retryAfterMs(header: string | null | undefined): number {
  const value = header?.trim() ?? ''
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN
  return Number.isNaN(date) ? DEFAULT_POLL_INTERVAL_MS : Math.max(0, date - Date.now())
}

/** An ARM error answer as the SDK would throw it: `RestError` with the error's code and message. */
function armError(statusCode: number, body: string | null | undefined, what: string): RestError {
  let code: string | undefined
  let message = `${what}: HTTP ${statusCode}`
  try {
    const parsed = JSON.parse(body ?? '') as { error?: { code?: unknown; message?: unknown } }
    if (typeof parsed.error?.code === 'string') code = parsed.error.code
    if (typeof parsed.error?.message === 'string') message = parsed.error.message
  } catch {
    // Not JSON: the status line says it.
  }
  return new RestError(message, { statusCode, ...(code ? { code } : {}) })
}
