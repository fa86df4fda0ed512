import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../../emulator/index.js'
import { runNodeAsync } from '../helpers/run-node.js'
import { productEnv } from '../../emulator/product-env.js'
import { PRINCIPAL_TYPE_SKIPS_REPLICATION } from '../helpers/principal-type.js'

const CLI = resolve('dist/cli.js')
let azure: AzureEmulator
let root: string

// ARM's refill rate (10 writes a second) with a bucket of 6 instead of 200, so that the examples' ~35 writes
// (up to 14 in one subscription) must wait for tokens. The CLI paces on its own (real) clock, so ARM's buckets refill
// on real time too; the assertions are on counts, which do not depend on speed: a slower run only finds fuller
// buckets, and the pacer lets a request go only when its estimate (refilled no faster than ARM's) holds a token.
beforeAll(async () => {
  azure = await startAzureEmulator({
    fleet: 'demo',
    clock: createSimulatedClock(),
    armThrottling: { limits: { writes: { capacity: 6, refillPerSecond: 10 } } },
    simulation: PRINCIPAL_TYPE_SKIPS_REPLICATION
  })
  root = join(mkdtempSync(join(tmpdir(), 'fp-apply-pacing-')), 'policies')
  cpSync('examples', root, { recursive: true })
})

afterAll(async () => {
  await azure?.stop()
})

describe("apply paced to ARM's token buckets (the CLI in a child process)", () => {
  it('waits for tokens instead of bouncing off 429s', async () => {
    const run = await runNodeAsync(CLI, ['apply', '--yes', '--root', root, '--repository', 'contoso/fleet-policies'], {
      env: { PATH: process.env.PATH, ...productEnv(azure) }
    })
    expect(run.status).toBe(0)
    const writes = azure.requests.filter((r) => r.method === 'PUT')
    const perSubscription = new Map<string, number>()
    for (const w of writes)
      perSubscription.set(w.path.split('/')[2] ?? '', (perSubscription.get(w.path.split('/')[2] ?? '') ?? 0) + 1)
    expect(Math.max(...perSubscription.values())).toBeGreaterThan(6)
    expect(azure.requests.filter((r) => r.status === 429)).toEqual([])
  })
})
