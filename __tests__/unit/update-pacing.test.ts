// How the direct update of Flux configurations goes on the wire when ARM's write buckets bind, in virtual time: the
// product's lanes and in-flight bounds (updateConfigurations), its ARM pacer and pacing policy, and ARM's token
// buckets as the emulator models them (50 ms away). Only the transport is simulated: each PATCH goes through
// armPacingPolicy to an ARM that spends a token of its subscription's bucket.
import { createHttpHeaders, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline'
import { createPipelineRequest } from '@azure/core-rest-pipeline'
import { TokenBucket } from '../../emulator/arm/token-bucket.js'
import { evaluateKql } from '../../emulator/resource-graph/index.js'
import { configurationExpectations } from '../../src/audit/configuration-expectation.js'
import type { AzureWrites } from '../../src/apply/azure-writes.js'
import { updateConfigurations } from '../../src/apply/update-configurations.js'
import { ARM_BUCKET_LIMITS, ArmPacer } from '../../src/azure/arm-pacer.js'
import { armPacingPolicy, inWireTurn } from '../../src/azure/arm-pacing-policy.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { inMemoryResourceGraph } from '../helpers/in-memory-azure.js'
import { virtualTime } from '../helpers/virtual-time.js'

const URL = 'https://github.com/contoso/fleet-apps'
const subscription = (i: number) => `${String(i).padStart(8, '0')}-dddd-4bbb-8ccc-${String(i).padStart(12, '0')}`

/** A source at a management group over the subscriptions, its kustomization path changed to `./v2`. */
function expectations(subscriptions: readonly string[]) {
  const { model, problems } = validatePolicyFiles([
    {
      path: 'flux-policy.yaml',
      text: `version: 1
location: westeurope
teams:
  apps:
    scopes: [/providers/Microsoft.Management/managementGroups/contoso]
managementGroups:
  contoso: [${subscriptions.map((s) => `/subscriptions/${s}`).join(', ')}]
`
    },
    {
      path: 'teams/apps/fleet-apps.yaml',
      text: `team: apps
sources:
  - name: fleet-apps
    scope: /providers/Microsoft.Management/managementGroups/contoso
    git: { url: '${URL}', branch: main }
    namespace: fleet-apps
    kustomization: { name: apps, path: ./v2 }
`
    }
  ])
  if (!model) throw new Error(JSON.stringify(problems))
  return configurationExpectations(buildDesiredState(model, { repository: 'contoso/fleet-policies' }))
}

/** Resource Graph's rows: `count` clusters in the subscription, each with the source's configuration on `./v1`. */
function configurations(subscriptionId: string, count: number) {
  return Array.from({ length: count }, (_, c) => ({
    id:
      `/subscriptions/${subscriptionId}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/` +
      `aks-${c}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/fleet-apps`,
    name: 'fleet-apps',
    type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
    subscriptionId,
    resourceGroup: 'rg',
    properties: {
      provisioningState: 'Succeeded',
      gitRepository: { url: URL, timeoutInSeconds: 600 },
      kustomizations: { apps: { path: './v1', timeoutInSeconds: 600, syncIntervalInSeconds: 600, prune: false } }
    }
  }))
}

/**
 * Runs the update over `perSubscription` configurations in each subscription, with `inFlight` requests on the wire at
 * most, against ARM's write buckets (`spent`: tokens someone else spent before, in ARM's bucket and the pacer's
 * estimate alike). Returns when each subscription's PATCHes went out, how many ARM refused, and the most on the wire.
 */
async function update(perSubscription: Record<string, number>, inFlight: number, spent: Record<string, number> = {}) {
  const time = virtualTime()
  const pacer = new ArmPacer({ limits: ARM_BUCKET_LIMITS, reserve: 2, now: time.now, sleep: time.sleep })
  const policy = armPacingPolicy(pacer)
  const buckets = new Map<string, TokenBucket>()
  const sentAt = new Map<string, number[]>()
  const log = { refused: 0, onWire: 0, mostOnWire: 0 }
  for (const [s, tokens] of Object.entries(spent)) {
    const bucket = new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now)
    buckets.set(s, bucket)
    for (let i = 0; i < tokens; i++) bucket.take()
    // As if the pacer had seen an answer of that other caller's.
    pacer.settle({ key: `subscription/${s}`, operation: 'writes' }, bucket.available())
  }
  // ARM, 50 ms away: counts the request halfway, answers with what is left.
  const arm = async (request: PipelineRequest): Promise<PipelineResponse> => {
    const s = /\/subscriptions\/([^/]+)/i.exec(request.url)![1]!
    sentAt.set(s, [...(sentAt.get(s) ?? []), time.now()])
    log.mostOnWire = Math.max(log.mostOnWire, ++log.onWire)
    await time.sleep(25)
    let bucket = buckets.get(s)
    if (!bucket) buckets.set(s, (bucket = new TokenBucket(ARM_BUCKET_LIMITS.writes, time.now)))
    const take = bucket.take()
    if (!take.allowed) log.refused++
    await time.sleep(25)
    log.onWire--
    const headers = createHttpHeaders({ 'x-ms-ratelimit-remaining-subscription-writes': String(take.remaining) })
    return { request, status: take.allowed ? 202 : 429, headers }
  }
  // What flux-configurations.ts does with the SDK client's pipeline, its transport replaced by `arm`.
  const writes: Pick<AzureWrites, 'updateFluxConfiguration'> = {
    async updateFluxConfiguration(id, _patch, options) {
      const request = createPipelineRequest({ url: `https://management.azure.com${id}`, method: 'PATCH' })
      await inWireTurn(options?.patchTurn, () => policy.sendRequest(request, arm))
      return { done: Promise.resolve() }
    }
  }
  const rows = Object.entries(perSubscription).flatMap(([s, count]) => configurations(s, count))
  const graph = inMemoryResourceGraph((query) => ({
    rows: [
      ...evaluateKql(query.query, { resources: [], kubernetesconfigurationresources: rows, policyresources: [] }).rows
    ]
  }))
  const running = updateConfigurations(expectations(Object.keys(perSubscription)), graph, writes, {
    lanes: { perSubscription: 200, total: inFlight }
  })
  await time.run()
  const result = await running
  return { result, sentAt, log }
}

describe("the direct update's pacing when ARM's write buckets bind", () => {
  it('sends each subscription at its own bucket, side by side: both start at once and end at the refill rate', async () => {
    const [a, b] = [subscription(1), subscription(2)]
    const { result, sentAt, log } = await update({ [a]: 300, [b]: 300 }, 8)
    expect(result.outcomes.filter((o) => o.status === 'updated')).toHaveLength(600)
    expect(log.refused).toBe(0)
    expect(log.mostOnWire).toBeLessThanOrEqual(8)
    for (const s of [a, b]) {
      expect(sentAt.get(s)).toHaveLength(300)
      // The first at once, or one round trip later when the other subscription's took the first places.
      expect(sentAt.get(s)![0]).toBeLessThanOrEqual(50)
      // The 100 past the bucket at 10 a second: the last PATCH ~10 s in (the first 200 took 200 × 50 ms / 4, and
      // the pacer keeps a few tokens in reserve), not after the other subscription's.
      expect(Math.max(...sentAt.get(s)!)).toBeLessThan(11_000)
    }
  })

  it("keeps no PATCH of another subscription off the wire while one subscription's waits for tokens", async () => {
    const [a, b] = [subscription(1), subscription(2)]
    // a's bucket is empty: its 100 PATCHes go one per refilled token, over 10 s; b's 200 need only the wire.
    const { sentAt, log } = await update({ [a]: 100, [b]: 200 }, 4, { [a]: 200 })
    expect(log.refused).toBe(0)
    expect(log.mostOnWire).toBeLessThanOrEqual(4)
    // 200 PATCHes 4 at a time, 50 ms each: 2.5 s, and a little for a's one at a time.
    expect(Math.max(...sentAt.get(b)!)).toBeLessThan(3_500)
    expect(Math.max(...sentAt.get(a)!)).toBeGreaterThan(9_000)
  })
})
