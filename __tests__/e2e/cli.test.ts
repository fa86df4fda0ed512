import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runNode } from '../helpers/run-node.js'

const CLI = resolve('dist/cli.js')

function brokenCopyOfExamples(): string {
  const root = mkdtempSync(join(tmpdir(), 'fp-cli-'))
  cpSync('examples', root, { recursive: true })
  writeFileSync(
    join(root, 'teams/data/extra.yaml'),
    'team: data\nsources:\n  - name: extra\n    scope: /subscriptions/22222222-2222-2222-2222-222222222222\n    git:\n      url: ftp://example.com/repo\n      branch: main\n'
  )
  return root
}

describe('flux-policy CLI (built dist/cli.js)', () => {
  it('exits 0 on the examples', () => {
    const run = runNode(CLI, ['validate', '--root', 'examples'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('4 files valid')
  })

  it('prints the documented JSON and exits 1 on a problem', () => {
    const run = runNode(CLI, ['validate', '--root', brokenCopyOfExamples(), '--format', 'json'])
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual({
      valid: false,
      problems: [
        {
          file: 'teams/data/extra.yaml',
          line: 6,
          column: 12,
          rule: 'url-scheme',
          message: expect.stringContaining('ssh://')
        }
      ]
    })
  })

  it('prints workflow commands with paths relative to the working directory', () => {
    const root = brokenCopyOfExamples()
    const run = runNode(CLI, ['validate', '--root', '.', '--format', 'github'], { cwd: root })
    expect(run.status).toBe(1)
    expect(run.stdout.trim()).toMatch(
      /^::error file=teams\/data\/extra\.yaml,line=6,col=12,title=flux-policy url-scheme::/
    )
  })

  it.each([
    [['validate', '--format', 'xml'], /--format must be one of/],
    [['frobnicate'], /Unknown command 'frobnicate'/],
    [[], /No command given/],
    [['validate', '--root', '/nonexistent/policies'], /is not a folder/],
    [['validate', '--bogus'], /Unknown option/]
  ])('exits 2 on usage errors: %j', (args, message) => {
    const run = runNode(CLI, args as string[])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('answers --version with the package version', () => {
    const run = runNode(CLI, ['--version'])
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
