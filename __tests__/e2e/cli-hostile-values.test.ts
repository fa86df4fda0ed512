// A file value with a line break, escape sequences and a bidi override, through the built CLI: every output
// format prints it as visible escapes, so it cannot start a workflow command or drive the terminal.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runNode } from '../helpers/run-node.js'

const CLI = resolve('dist/cli.js')
// An unknown key, double-quoted so that YAML decodes the escapes: a newline, a workflow command, ANSI and OSC.
const KEY = '"x\\n::error file=x::spoofed\\e[31m\\e]0;title\\a\\u202Eexe"'

function rootWithHostileKey(): string {
  const root = mkdtempSync(join(tmpdir(), 'fp-cli-hostile-'))
  cpSync('examples', root, { recursive: true })
  const source =
    '  - name: extra\n    scope: /subscriptions/22222222-2222-2222-2222-222222222222\n' +
    '    git: { url: https://example.com/repo, branch: main }\n'
  writeFileSync(join(root, 'teams/data/extra.yaml'), `team: data\n${KEY}: 1\nsources:\n${source}`)
  return root
}

describe('the CLI prints hostile values inertly', () => {
  const root = rootWithHostileKey()

  it.each(['text', 'github', 'json'])('validate --format %s', (format) => {
    const run = runNode(CLI, ['validate', '--root', root, '--format', format])
    expect(run.status).toBe(1)
    const out = run.stdout + run.stderr
    expect(out).toContain('spoofed')
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    // Two problems (an unknown key, a control character in it): one workflow command each, none from the value.
    expect(out.split('\n').filter((l) => l.startsWith('::')).length).toBe(format === 'github' ? 2 : 0)
  })
})
