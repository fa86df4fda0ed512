import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../../src/cli/run-cli.js'

function io(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), cwd, env: {}, isTty: false }
}

describe('flux-policy init (the CLI command)', () => {
  it('writes a policy repository that validate accepts right away', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fp-init-'))
    const init = io(cwd)
    expect(await runCli(['init', '--root', 'policies', '--team', 'payments', '--team', 'data'], init)).toBe(0)
    expect(init.stderr).toEqual([])
    expect(init.stdout.join('\n')).toContain('teams/data/sources.yaml')
    expect(readFileSync(join(cwd, 'policies/.github/workflows/flux-policy-audit.yml'), 'utf8')).toContain(
      'issues: write'
    )
    const validate = io(cwd)
    expect(await runCli(['validate', '--root', 'policies'], validate)).toBe(0)
    expect(validate.stdout.join('\n')).toContain('3 files valid')
  })

  it('writes nothing and names the files when any of them exists', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fp-init-'))
    mkdirSync(join(root, 'teams/data'), { recursive: true })
    writeFileSync(join(root, 'CODEOWNERS'), '* @someone\n')
    writeFileSync(join(root, 'teams/data/sources.yaml'), 'mine\n')
    const init = io(root)
    expect(await runCli(['init', '--team', 'payments', '--team', 'data'], init)).toBe(1)
    expect(init.stderr.join('\n')).toMatch(/exists already[\s\S]*teams\/data\/sources\.yaml[\s\S]*CODEOWNERS/)
    expect(readFileSync(join(root, 'CODEOWNERS'), 'utf8')).toBe('* @someone\n')
    const validate = io(root)
    expect(await runCli(['validate'], validate)).toBe(1)
    expect(validate.stdout.join('\n')).toContain('platform-file-missing')
  })

  it.each([
    [['init'], /init needs at least one --team/],
    [['init', '--team', 'a', '--yes'], /--yes does not apply to init/],
    [['init', '--team', 'a', '--format', 'json'], /--format does not apply to init/],
    [['validate', '--team', 'a'], /--team applies to init, not validate/],
    [['init', '--team', 'a', '--scope', '/subscriptions/not-a-guid'], /do not validate[\s\S]*scope-syntax/]
  ])('exits 2 on %j', async (args, message) => {
    const cli = io(mkdtempSync(join(tmpdir(), 'fp-init-')))
    expect(await runCli(args as string[], cli)).toBe(2)
    expect(cli.stderr.join('\n')).toMatch(message)
  })
})
