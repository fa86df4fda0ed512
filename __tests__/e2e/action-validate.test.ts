import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runNode } from '../helpers/run-node.js'

const ACTION = resolve('dist/index.js')

/** Runs the bundled action the way the runner does: INPUT_* variables, output and summary files, a workspace. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = join(workspace, '..', `output-${Date.now()}`)
  const summaryFile = join(workspace, '..', `summary-${Date.now()}`)
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  const run = runNode(ACTION, [], { cwd: workspace, env })
  return { ...run, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') }
}

function workspaceWithPolicies(): string {
  const base = mkdtempSync(join(tmpdir(), 'fp-action-'))
  const workspace = join(base, 'repo')
  cpSync('examples', join(workspace, 'policies'), { recursive: true })
  return workspace
}

describe('the action in mode validate (built dist/index.js)', () => {
  it('succeeds on valid files and says so in outputs and summary', () => {
    const result = runAction(workspaceWithPolicies(), { mode: 'validate', root: 'policies' })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatch(/valid<<.*\ntrue\n/)
    expect(result.summary).toContain('4 policy files valid')
  })

  it('annotates each problem on its line, lists all in the summary, and fails the step', () => {
    const workspace = workspaceWithPolicies()
    writeFileSync(
      join(workspace, 'policies/teams/data/bad.yaml'),
      'team: data\nsources:\n  - name: Bad\n    scope: /subscriptions/22222222-2222-2222-2222-222222222222\n    bucket: { url: https://s3.example.com, name: b, localSecret: creds }\n'
    )
    const result = runAction(workspace, { mode: 'validate', root: 'policies' })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      /::error title=flux-policy name-format,file=policies\/teams\/data\/bad\.yaml,line=3,col=11::/
    )
    expect(result.stdout).toMatch(
      /::error title=flux-policy invalid-value,file=policies\/teams\/data\/bad\.yaml,line=5,/
    )
    expect(result.stdout).toMatch(/::error::2 problems in the policy files/)
    expect(result.outputs).toMatch(/problem-count<<.*\n2\n/)
    expect(result.summary).toContain('| `teams/data/bad.yaml:3:11` | `name-format` |')
  })

  it('fails clearly on an unknown mode', () => {
    const result = runAction(workspaceWithPolicies(), { mode: 'deploy' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("Input 'mode' must be one of auto, validate, plan, apply, audit, not 'deploy'.")
  })
})
