import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { startGitHubEmulator } from '../../../emulator/github/index.js'
import { writeStepResult, type StepResult } from '../../../src/action/step-result.js'
import { octokitFor, repo } from './github-client.js'

// The one adapter that writes a step's result, in process, with the product's Octokit against the GitHub emulator:
// the runner's output and summary files are real files here, as on a runner.
const dir = mkdtempSync(join(tmpdir(), 'fp-step-result-'))
const files = { output: join(dir, 'output'), summary: join(dir, 'summary') }
let github: GitHubEmulator
const saved = {
  output: process.env.GITHUB_OUTPUT,
  summary: process.env.GITHUB_STEP_SUMMARY,
  exitCode: process.exitCode
}

beforeAll(async () => {
  github = await startGitHubEmulator()
  process.env.GITHUB_OUTPUT = files.output
  process.env.GITHUB_STEP_SUMMARY = files.summary
})

afterAll(async () => {
  await github.stop()
  process.env.GITHUB_OUTPUT = saved.output
  process.env.GITHUB_STEP_SUMMARY = saved.summary
})

beforeEach(() => {
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  process.exitCode = undefined
})

afterEach(() => {
  process.exitCode = saved.exitCode
})

const result = (issueNumber: number, extra: Partial<StepResult> = {}): StepResult => ({
  outputs: { applied: '3' },
  summary: '## flux-policy apply\n\n**✓ Applied** 3 changes.\n',
  messages: [],
  comment: {
    target: { ...repo, issueNumber, marker: '<!-- flux-policy:apply -->' },
    body: '<!-- flux-policy:apply -->\napplied'
  },
  ...extra
})

describe('writeStepResult', () => {
  it('writes outputs and summary, then the comment', async () => {
    await writeStepResult(result(1), octokitFor(github, github.tokens.bot))

    expect(readFileSync(files.output, 'utf8')).toMatch(/^applied<<.*\n3\n/)
    expect(readFileSync(files.summary, 'utf8')).toContain('**✓ Applied** 3 changes.')
    expect(github.state.comments.filter((c) => c.issueNumber === 1 && c.body.includes('applied'))).toHaveLength(1)
    expect(process.exitCode).toBeUndefined()
  })

  it('keeps outputs and summary when GitHub refuses the comment, and fails the step saying so', async () => {
    github.faults.inject('issues.createComment', {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })

    await writeStepResult(result(2), octokitFor(github, github.tokens.bot, { retries: 0 }))

    expect(readFileSync(files.output, 'utf8')).toMatch(/^applied<<.*\n3\n/)
    expect(readFileSync(files.summary, 'utf8')).toContain('**✓ Applied** 3 changes.')
    expect(process.exitCode).toBe(1)
  })

  it('takes a fork pull request whose token may not comment as no failure', async () => {
    github.faults.inject('issues.createComment', {
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const fork = result(2)
    fork.comment!.forkMayNotComment = true

    await writeStepResult(fork, octokitFor(github, github.tokens.bot, { retries: 0 }))

    expect(readFileSync(files.summary, 'utf8')).toContain('**✓ Applied** 3 changes.')
    expect(process.exitCode).toBeUndefined()
  })
})
