// Every pattern that runs over file text is linear: a 1 MB line of the inputs that made the old secret patterns
// retry from every start validates (with the default test timeout, which a quadratic pattern would exceed).
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Problem } from '../../src/config/problem.js'

const TOKEN = 'ghp_Zq3fakeTokenForTheCorpus0000000000000'
const children: ChildProcess[] = []
const roots: string[] = []

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill()
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

/** The examples with `line` put first in one team file, validated in a child process. */
async function validateWithLine(line: string): Promise<Problem[]> {
  const root = mkdtempSync(join(tmpdir(), 'fp-long-line-'))
  roots.push(root)
  cpSync('examples', root, { recursive: true })
  const file = join(root, 'teams', 'payments', 'apps.yaml')
  writeFileSync(file, `${line}\n${readFileSync(file, 'utf8')}`)
  const child = spawn(process.execPath, ['--import', 'tsx', '__tests__/helpers/validate-in-child.ts', root])
  children.push(child)
  let out = ''
  let err = ''
  child.stdout.on('data', (c) => (out += c))
  child.stderr.on('data', (c) => (err += c))
  const code = await new Promise((done) => child.on('close', done))
  if (code !== 0) throw new Error(err)
  return JSON.parse(out) as Problem[]
}

const half = 500_000
const hostile = `# ${'a-'.repeat(half / 2)} ${'a+'.repeat(half / 4)}${'https://'.repeat(half / 32)}${'eyJaaaaaaaaaa-'.repeat(half / 56)}`

describe('a 1 MB hostile line', () => {
  it('validates, and the files are valid', async () => {
    expect(await validateWithLine(hostile)).toEqual([])
  })

  it('still finds a secret at its end, at the right column', async () => {
    const problems = await validateWithLine(`${hostile} ${TOKEN}`)
    expect(problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      ['teams/payments/apps.yaml', 1, hostile.length + 2, 'secret-in-file']
    ])
    expect(JSON.stringify(problems)).not.toContain(TOKEN)
  })
})
