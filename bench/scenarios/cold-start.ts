// Cold start of the bundled action: from spawning `node dist/index.js` (a plan on a pull request) to its first
// request reaching the Azure emulator; plus the size of dist/. Median of BENCH_RUNS fresh processes.
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startAzureEmulator } from '../../emulator/index.js'
import { startGitHubEmulator } from '../../emulator/github/start-github-emulator.js'
import { pullRequestEvent } from '../../emulator/github/events.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { median } from '../measure.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name)
    return total + (statSync(path).isDirectory() ? sizeOf(path) : statSync(path).size)
  }, 0)
}

const azure = await startAzureEmulator({ fleet: 'demo' })
const github = await startGitHubEmulator()
const eventFile = join(mkdtempSync(join(tmpdir(), 'fp-cold-')), 'event.json')
writeFileSync(eventFile, JSON.stringify(pullRequestEvent(github, { action: 'opened', number: 1 })))
const samples: number[] = []
try {
  for (let i = 0; i < RUNS; i++) {
    azure.requests.length = 0
    const env = {
      PATH: process.env.PATH,
      NODE_EXTRA_CA_CERTS: azure.caFile,
      AZURE_AUTHORITY_HOST: azure.authorityHost,
      GITHUB_WORKSPACE: resolve('examples'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'contoso/fleet-policies',
      INPUT_MODE: 'plan',
      'INPUT_ARM-ENDPOINT': azure.armEndpoint,
      'INPUT_TENANT-ID': azure.tenantId,
      'INPUT_CLIENT-ID': azure.clientId,
      AZURE_CLIENT_SECRET: azure.clientSecret
    }
    const spawnedAt = Date.now()
    const child = spawn(process.execPath, [resolve('dist/index.js')], { env, stdio: 'ignore' })
    await new Promise((done) => child.on('close', done))
    const first = azure.requests[0]
    if (!first) throw new Error('the action made no request')
    samples.push(first.receivedAt - spawnedAt)
  }
} finally {
  await azure.stop()
  await github.stop()
}
console.log(
  JSON.stringify({
    coldStartMs: median(samples),
    distBytes: sizeOf('dist'),
    indexJsBytes: statSync('dist/index.js').size
  })
)
