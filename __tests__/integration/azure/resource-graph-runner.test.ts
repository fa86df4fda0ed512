// The Resource Graph runner over the real @azure/arm-resourcegraph client and the emulator: paging, the quota,
// throttling without Retry-After, and failures that end the audit instead of passing for "no drift".
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../../emulator/index.js'
import { createResourceGraphRunner, resetsAfterMs } from '../../../src/azure/resource-graph.js'
import { resourceGraphClient } from '../../helpers/product-clients.js'

const ALL = { scope: { managementGroups: ['contoso'] }, query: 'resources | project id | order by id asc' }

describe('running Resource Graph queries', () => {
  const clock = createSimulatedClock()
  const sleep = async (ms: number) => clock.advance(ms)
  let azure: AzureEmulator
  beforeAll(async () => {
    azure = await startAzureEmulator({ fleet: 'demo', clock, resourceGraph: { quota: { limit: 3, windowMs: 5_000 } } })
  })
  afterAll(() => azure.stop())
  beforeEach(() => {
    azure.faults.clear()
    clock.advance(60_000)
  })
  const graphRequests = () => azure.requests.forRoute('resourceGraph.resources')

  it('follows $skipToken through every page, and waits out the quota instead of being throttled', async () => {
    const before = graphRequests().length
    const runner = createResourceGraphRunner(resourceGraphClient(azure, { sleep }), { sleep, pageSize: 4 })
    const answer = await runner.run(ALL)
    expect('rows' in answer && answer.rows.length).toBe(azure.fleet.clusters.length)
    expect(runner.stats).toEqual({ requests: 8, rows: 30, quotaWaits: 2 })
    expect(
      graphRequests()
        .slice(before)
        .map((r) => r.status)
    ).toEqual(Array(8).fill(200))
  })

  it('retries a 429 without Retry-After (the SDK gives up on those) after the quota reset', async () => {
    azure.faults.add({ route: 'resourceGraph.resources', sequence: [{ kind: 'throttle' }, 'pass'] })
    const waits: number[] = []
    const runner = createResourceGraphRunner(
      resourceGraphClient(azure, {
        sleep: async (ms) => {
          waits.push(ms)
          clock.advance(ms)
        }
      }),
      { sleep }
    )
    const answer = await runner.run(ALL)
    expect('rows' in answer && answer.rows.length).toBe(30)
    expect(waits).toHaveLength(1)
  })

  it('turns a query that keeps failing into an error, never into an empty result', async () => {
    azure.faults.add({ route: 'resourceGraph.resources', fault: { kind: 'error', status: 503, retryAfterSeconds: 0 } })
    const answer = await createResourceGraphRunner(resourceGraphClient(azure, { sleep }), { sleep }).run(ALL)
    expect(answer).toEqual({
      error: { code: 'resource-graph-failed', message: expect.stringContaining('(503 ServiceUnavailable)') }
    })
  })

  it("hides what a refusal echoes of the request: the error's message is shown to people", async () => {
    const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQifQ.c2lnbmF0dXJl'
    azure.faults.add({
      route: 'resourceGraph.resources',
      fault: {
        kind: 'reject',
        status: 400,
        code: 'BadRequest',
        message: `Query refused; Authorization: Bearer ${token}`
      }
    })
    const answer = await createResourceGraphRunner(resourceGraphClient(azure, { sleep }), { sleep }).run(ALL)
    const message = 'error' in answer ? answer.error.message : ''
    expect(message).toContain('(400 BadRequest)')
    expect(message).toContain('[secret hidden]')
    expect(message).not.toContain(token)
  })

  it('gives up on throttling that does not end, with its own error code', async () => {
    azure.faults.add({ route: 'resourceGraph.resources', fault: { kind: 'throttle' } })
    const answer = await createResourceGraphRunner(resourceGraphClient(azure, { sleep }), { sleep }).run(ALL)
    expect('error' in answer && answer.error.code).toBe('resource-graph-throttled')
  })

  it('refuses a truncated result (no $skipToken possible after take)', async () => {
    const runner = createResourceGraphRunner(resourceGraphClient(azure, { sleep }), { sleep, pageSize: 5 })
    const answer = await runner.run({ ...ALL, query: 'resources | project id | take 20' })
    expect('error' in answer && answer.error.code).toBe('resource-graph-truncated')
  })

  it('reads the hh:mm:ss of x-ms-user-quota-resets-after', () => {
    expect([resetsAfterMs('00:00:04'), resetsAfterMs('01:02:03'), resetsAfterMs(undefined)]).toEqual([
      4_100, 3_723_100, 1_000
    ])
  })
})
