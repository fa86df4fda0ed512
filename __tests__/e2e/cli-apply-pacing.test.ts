import type { AzureEmulator } from '../../emulator/index.js'
import { runCli } from '../helpers/cli-run.js'
import { startDemoAzure, stopAll } from '../helpers/emulators.js'
import { copyPolicyRoot } from '../helpers/policy-root.js'

let azure: AzureEmulator
let root: string

// ARM's refill rate (10 writes a second) with a bucket of 6 instead of 200, so that the examples' ~35 writes
// (up to 14 in one subscription) must wait for tokens. The CLI paces on its own (real) clock, so ARM's buckets refill
// on real time too; the assertions are on counts, which do not depend on speed: a slower run only finds fuller
// buckets, and the pacer lets a request go only when its estimate (refilled no faster than ARM's) holds a token.
beforeAll(async () => {
  azure = await startDemoAzure({ armThrottling: { limits: { writes: { capacity: 6, refillPerSecond: 10 } } } })
  root = copyPolicyRoot('fp-apply-pacing-')
})

afterAll(() => stopAll(azure))

describe("apply paced to ARM's token buckets (the CLI in a child process)", () => {
  it('waits for tokens instead of bouncing off 429s', async () => {
    const run = await runCli(azure, root, ['apply', '--yes'])
    expect(run.status).toBe(0)
    const writes = azure.requests.filter((r) => r.method === 'PUT')
    const perSubscription = new Map<string, number>()
    for (const w of writes)
      perSubscription.set(w.path.split('/')[2] ?? '', (perSubscription.get(w.path.split('/')[2] ?? '') ?? 0) + 1)
    expect(Math.max(...perSubscription.values())).toBeGreaterThan(6)
    expect(azure.requests.filter((r) => r.status === 429)).toEqual([])
  })
})
