import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Starts `emulator/cli.ts` as a user would and reads the one JSON line it prints. */
function startCli(args: string[]): Promise<{ child: ChildProcess; announcement: Record<string, unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve({ child, announcement: JSON.parse(line) as Record<string, unknown> }))
    child.once('exit', (code) => reject(new Error(`the emulator CLI exited with ${code}`)))
  })
}

/** A fresh Node process that knows only the printed environment: trust comes from NODE_EXTRA_CA_CERTS. */
const CLIENT_SCRIPT = `
import { ClientSecretCredential } from '@azure/identity'
import { PolicyClient } from '@azure/arm-policy'
const e = process.env
const credential = new ClientSecretCredential(e.AZURE_TENANT_ID, e.AZURE_CLIENT_ID, e.AZURE_CLIENT_SECRET, { authorityHost: e.AZURE_AUTHORITY_HOST, disableInstanceDiscovery: true })
const client = new PolicyClient(credential, '11111111-1111-1111-1111-111111111111', { endpoint: e.AZURE_RESOURCE_MANAGER_ENDPOINT })
const definition = await client.policyDefinitions.getBuiltIn('f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1')
console.log(definition.displayName)
`

describe('the emulator CLI', () => {
  let running: ChildProcess | undefined
  afterEach(() => {
    running?.kill('SIGTERM')
  })

  it('prints one JSON line whose environment lets a separate process sign in and call ARM over the test CA', async () => {
    const { child, announcement } = await startCli(['--fleet', 'demo'])
    running = child
    expect(announcement).toMatchObject({
      armEndpoint: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+$/),
      authorityHost: expect.stringMatching(/^https:/),
      tenantId: expect.any(String),
      caFile: expect.any(String),
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    })
    const env = announcement.env as Record<string, string>
    expect(Object.keys(env).sort()).toEqual([
      'AZURE_AUTHORITY_HOST',
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_SECRET',
      'AZURE_RESOURCE_MANAGER_ENDPOINT',
      'AZURE_TENANT_ID',
      'NODE_EXTRA_CA_CERTS'
    ])
    const childEnv = { ...process.env, ...env, NO_PROXY: '127.0.0.1' }
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', CLIENT_SCRIPT], {
      env: childEnv,
      encoding: 'utf8',
      timeout: 300_000
    })
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('Configure installation of Flux extension on Kubernetes cluster')
  })

  it('generates a fleet of the requested size from a seed', async () => {
    const { child, announcement } = await startCli(['--fleet-size', '250', '--seed', '9'])
    running = child
    const response = await fetchWithCa(announcement, 'resources | summarize n = count()')
    expect(response).toMatchObject({ data: [{ n: 250 }] })
  })
})

async function fetchWithCa(announcement: Record<string, unknown>, query: string): Promise<unknown> {
  const { request } = await import('node:https')
  const { readFileSync } = await import('node:fs')
  const url = new URL(
    `${String(announcement.armEndpoint)}/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01`
  )
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        ca: readFileSync(String(announcement.caFile)),
        headers: { authorization: `Bearer ${String(announcement.token)}`, 'content-type': 'application/json' }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify({ query }))
  })
}
