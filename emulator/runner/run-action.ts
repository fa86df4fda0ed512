import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/**
 * The GitHub Actions runner, as far as a JavaScript action sees it: runs the bundled action as the runner does —
 * `node dist/index.js` with INPUT_* variables, the event payload in GITHUB_EVENT_PATH, output and summary files —
 * asynchronously, so emulators in the calling process keep serving.
 */
export async function runBundledAction(options: {
  workspace: string
  inputs: Record<string, string>
  env: NodeJS.ProcessEnv
  eventName: string
  event: unknown
  action?: string
  /** Cancels the job the hard way (SIGKILL, as a runner that loses its machine): no clean-up runs. */
  signal?: AbortSignal
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fp-runner-'))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') }
  writeFileSync(files.event, JSON.stringify(options.event))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: '4242',
    ...refAndSha(options.eventName, options.event),
    ...options.env,
    ...Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  const script = options.action ?? resolve('dist/index.js')
  const child = spawn(process.execPath, [script], {
    cwd: options.workspace,
    env,
    signal: options.signal,
    killSignal: 'SIGKILL'
  })
  child.on('error', (error) => {
    if (error.name !== 'AbortError') throw error
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const status = await new Promise<number | null>((done) => child.on('close', done))
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8')
  }
}

/** GITHUB_REF and GITHUB_SHA as the runner derives them from the event. */
function refAndSha(eventName: string, event: unknown): NodeJS.ProcessEnv {
  const e = event as {
    ref?: string
    after?: string
    number?: number
    pull_request?: { number: number; merge_commit_sha?: string | null; head: { sha: string } }
  }
  if (eventName.startsWith('pull_request') && e.pull_request) {
    return {
      GITHUB_REF: `refs/pull/${e.pull_request.number}/merge`,
      GITHUB_SHA: e.pull_request.merge_commit_sha ?? e.pull_request.head.sha
    }
  }
  return { GITHUB_REF: e.ref ?? '', GITHUB_SHA: e.after ?? '' }
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}
