import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The shell blocks of the README's "Try it on your own files", one command per entry, comments dropped. */
function walkthroughBlocks(): string[][] {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('## Try it on your own files\n')
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) =>
    m[1]!
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
  )
}

const README_ENV_FILE = '/tmp/flux-policy-emulator.env'
const README_EVENTS = '/tmp/flux-policy-events'

interface Ran {
  status: number | null
  stdout: string
  stderr: string
}

/** What each README command must do, in order: a change to the walk-through has to change this too. */
const EXPECTED: Array<[string, (run: Ran) => void]> = [
  [
    'flux-policy init --root my-policies --team payments --team data --scope /subscriptions/',
    (run) => {
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('teams/data/sources.yaml')
    }
  ],
  [
    'flux-policy validate --root my-policies',
    (run) => {
      expect(run.stdout).toContain('3 files valid')
      expect(run.status).toBe(0)
    }
  ],
  [
    'flux-policy plan --root my-policies',
    (run) => {
      expect(run.stdout).toContain('Plan: 3 to create.')
      expect(run.status).toBe(0)
    }
  ],
  [
    'flux-policy apply --root my-policies --yes',
    (run) => {
      expect(run.stdout).toContain('Applied: 3 changes.')
      expect(run.status).toBe(0)
    }
  ],
  [
    'flux-policy plan --root my-policies',
    (run) => {
      expect(run.stdout).toContain('Plan: No changes.')
      expect(run.status).toBe(0)
    }
  ],
  [
    'flux-policy audit --root my-policies',
    (run) => {
      // Whether remediation has finished yet decides drift (exit 1) or none (exit 0); the report is there either way.
      expect(run.stdout).toMatch(/^Audit: /)
      expect(run.stdout).toMatch(/^data +1 /m)
      expect(run.stdout).toMatch(/^payments +1 /m)
      expect([0, 1]).toContain(run.status)
    }
  ],
  [
    'npm run action -- --event /tmp/flux-policy-events/pull_request.json --workspace my-policies',
    (run) => {
      expect(run.stdout).toMatch(/^Comment (created|updated): /m)
      expect(run.stdout).toContain('has-changes=false')
      expect(run.stdout).toContain('## flux-policy plan')
      expect(run.status).toBe(0)
    }
  ],
  [
    'npm run action -- --event /tmp/flux-policy-events/push.json --workspace my-policies',
    (run) => {
      expect(run.stdout).toMatch(/^ {2}plan-hash=[0-9a-f]{16}$/m)
      expect(run.status).toBe(0)
    }
  ],
  [
    'npm run action -- --event /tmp/flux-policy-events/schedule.json --workspace my-policies',
    (run) => {
      expect(run.stdout).toMatch(/^ {2}drifted-sources=\d+$/m)
      expect(run.stdout).toContain('## flux-policy audit')
      expect([0, 1]).toContain(run.status)
    }
  ]
]

describe("the README's walk-through on your own files (needs a built dist/: npm run build)", () => {
  let emulator: ChildProcess | undefined
  afterAll(async () => {
    if (!emulator || emulator.exitCode !== null) return
    const exited = new Promise((done) => emulator!.once('exit', done))
    emulator.kill('SIGTERM')
    await exited
  })

  it('runs as written against the emulators', async () => {
    const [emulatorBlock, ...commandBlocks] = walkthroughBlocks()
    expect(emulatorBlock).toHaveLength(1)
    const commands = commandBlocks.flat()
    const work = mkdtempSync(join(tmpdir(), 'fp-walkthrough-'))
    const envFile = join(work, 'emulator.env')
    const events = join(work, 'events')
    const paths = (line: string): string => line.replaceAll(README_ENV_FILE, envFile).replaceAll(README_EVENTS, events)
    const emulatorArgs = paths(emulatorBlock![0]!)
      .replace(/^npm run emulator -- /, '')
      .split(/\s+/)
    expect(emulatorArgs).toEqual(expect.arrayContaining([envFile, events]))
    emulator = spawn(process.execPath, ['--import', 'tsx', 'emulator/cli.ts', ...emulatorArgs], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let described = ''
    await new Promise<void>((done, fail) => {
      emulator!.stderr!.on('data', (chunk) => {
        described += chunk
        if (described.includes('Ctrl-C stops it.\n')) done()
      })
      emulator!.once('exit', (code) => fail(new Error(`the emulator exited with ${code}: ${described}`)))
    })
    expect(described).toContain('/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments')

    const bin = join(work, 'bin')
    mkdirSync(bin)
    writeFileSync(join(bin, 'flux-policy'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('dist/cli.js')}" "$@"\n`)
    chmodSync(join(bin, 'flux-policy'), 0o755)
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(AZURE_|GITHUB_|ACTIONS_|INIT_CWD)/.test(name))
    )
    const env = { ...inherited, PATH: `${bin}:${process.env.PATH}`, NO_PROXY: '127.0.0.1' }

    const sourced: string[] = []
    // `npm run action` runs in the flux-policy clone with INIT_CWD where the user typed it, as npm does.
    const action = `"${process.execPath}" --import tsx emulator/runner/cli.ts `
    const run = (line: string): Promise<Ran> =>
      new Promise((done) => {
        const viaNpm = line.startsWith('npm run action -- ')
        const command = viaNpm ? line.replace('npm run action -- ', action) : line
        const options = viaNpm ? { cwd: resolve('.'), env: { ...env, INIT_CWD: work } } : { cwd: work, env }
        const child = spawn('sh', ['-c', [...sourced, paths(command)].join(' && ')], options)
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (chunk) => (stdout += chunk))
        child.stderr.on('data', (chunk) => (stderr += chunk))
        child.on('close', (status) => done({ status, stdout, stderr }))
      })
    const ran: string[] = []
    const outputs: string[] = []
    for (const line of commands!) {
      if (line.startsWith('. ')) {
        sourced.push(paths(line))
        continue
      }
      if (line === 'npm run build') continue // done before the tests: this test needs dist/ too
      const [prefix, check] = EXPECTED[ran.length] ?? ['(nothing more expected)', () => undefined]
      expect(line.startsWith(prefix)).toBe(true)
      const result = await run(line)
      outputs.push(result.stdout, result.stderr)
      check(result)
      ran.push(line)
    }
    expect(ran).toHaveLength(EXPECTED.length)
    expect(sourced).toHaveLength(1)
    const token = readFileSync(envFile, 'utf8').match(/^export GITHUB_TOKEN='([^']+)'$/m)?.[1]
    expect(token).toBeDefined()
    expect(outputs.join('\n')).not.toContain(token!)
    expect(outputs.join('\n')).not.toContain('::add-mask::')
  }, 180_000)
})
