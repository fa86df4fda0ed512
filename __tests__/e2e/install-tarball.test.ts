import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string }

/** npm as the tests were started with (`npm test` sets npm_execpath), else the one on PATH. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const execPath = process.env.npm_execpath
  const [command, prefix] = execPath?.endsWith('.js') ? [process.execPath, [execPath]] : ['npm', []]
  return spawnSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', timeout: 240_000 })
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 })
}

describe('installing the packed CLI into any folder (needs a built dist/: npm run build)', () => {
  const work = mkdtempSync(join(tmpdir(), 'fp-install-'))
  let tarball = ''

  beforeAll(() => {
    const packed = npm(['pack', '--json', '--pack-destination', work], resolve('.'))
    expect(packed.status).toBe(0)
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>
    tarball = join(work, info!.filename)
    const files = info!.files.map((f) => f.path)
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli.js',
        'dist/index.js',
        'schemas/flux-policy.schema.json',
        'schemas/team.schema.json',
        'action.yml'
      ])
    )
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('emulator/') || f.startsWith('__tests__/'))).toBe(
      false
    )
  }, 120_000)

  it('installs from the tarball and runs init and validate from the installed bin', () => {
    const folder = join(work, 'someone-else')
    run('mkdir', ['-p', folder], work)
    writeFileSync(join(folder, 'package.json'), '{ "name": "trying-flux-policy", "private": true }\n')
    const install = npm(['install', '--no-audit', '--no-fund', tarball], folder)
    expect(install.stderr).not.toMatch(/ERR!/)
    expect(install.status).toBe(0)
    const bin = join(folder, 'node_modules/.bin/flux-policy')
    expect(run(bin, ['--version'], folder).stdout.trim()).toBe(PACKAGE.version)
    const init = run(bin, ['init', '--root', 'policies', '--team', 'payments'], folder)
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    const validate = run(bin, ['validate', '--root', 'policies'], folder)
    expect(validate.stdout).toContain('2 files valid')
    expect(validate.status).toBe(0)
  }, 300_000)
})
