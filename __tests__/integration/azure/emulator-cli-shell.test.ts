import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const EMULATOR = ['--import', 'tsx', 'emulator/cli.ts']

interface Started {
  child: ChildProcess
  stdout: string
  stderr: string
}

/**
 * Starts the emulator CLI as a user would, until it says it serves (its last line, on stderr) and stdout holds
 * what `stdoutDone` waits for (the two pipes arrive in any order).
 */
function startEmulator(args: string[], stdoutDone: (stdout: string) => boolean = () => true): Promise<Started> {
  const child = spawn(process.execPath, [...EMULATOR, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const started: Started = { child, stdout: '', stderr: '' }
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (started.stderr.includes('Ctrl-C stops it.\n') && stdoutDone(started.stdout)) resolve(started)
    }
    child.stdout!.on('data', (chunk) => {
      started.stdout += chunk
      check()
    })
    child.stderr!.on('data', (chunk) => {
      started.stderr += chunk
      check()
    })
    child.once('exit', (code) => reject(new Error(`the emulator CLI exited with ${code}: ${started.stderr}`)))
  })
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  await exited
}

describe('the emulator CLI from a shell', () => {
  let running: ChildProcess | undefined
  afterEach(async () => {
    await stop(running)
    running = undefined
  })

  it('prints export lines, writes them to --save-env, and describes the fleet on stderr', async () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'fp-emulator-')), 'emulator.env')
    const args = ['--fleet', 'demo', '--github', '--format', 'export', '--save-env', envFile, '--describe']
    // The file is written before stdout; its last line (the Actions OIDC token) says stdout is complete.
    const started = await startEmulator(
      args,
      (out) => out.includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN=') && out.endsWith('\n')
    )
    running = started.child
    const lines = started.stdout.trimEnd().split('\n')
    expect(lines.every((line) => /^export [A-Z_]+='[^']*'$/.test(line))).toBe(true)
    expect(readFileSync(envFile, 'utf8')).toBe(started.stdout)
    expect(statSync(envFile).mode & 0o077).toBe(0)
    const shell = spawnSync(
      'sh',
      ['-c', `. "${envFile}" && printf '%s %s' "$AZURE_RESOURCE_MANAGER_ENDPOINT" "$GITHUB_API_URL"`],
      { encoding: 'utf8' }
    )
    expect(shell.stdout).toMatch(/^https:\/\/127\.0\.0\.1:\d+ http:\/\/127\.0\.0\.1:\d+$/)
    expect(started.stderr).toContain(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments — westeurope:'
    )
    expect(started.stderr).toContain(
      '/providers/Microsoft.Management/managementGroups/contoso-prod — Contoso production'
    )
  })

  it('stops on SIGTERM', async () => {
    const started = await startEmulator([])
    const exited = new Promise<number | null>((done) => started.child.once('exit', done))
    started.child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('answers --help with every option and exit 0', () => {
    const run = spawnSync(process.execPath, [...EMULATOR, '--help'], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Usage: npm run emulator -- \[options\]/)
    expect(run.stdout).toContain('--save-env PATH')
  })

  it('refuses an unknown option with the usage and exit 2, starting nothing', () => {
    const run = spawnSync(process.execPath, [...EMULATOR, '--bogus'], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^emulator: Unknown option '--bogus'[\s\S]*Usage:/)
  })
})
