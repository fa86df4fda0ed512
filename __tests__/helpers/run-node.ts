import { spawnSync } from 'node:child_process'

export interface RunResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs a built script with the same Node the tests run on, as a user or the runner would. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): RunResult {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 300_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Like runNode, but asynchronous, so servers in the test process keep answering the child. */
export async function runNodeAsync(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}
): Promise<RunResult> {
  const { spawn } = await import('node:child_process')
  const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env ?? process.env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  child.stdin.end(options.input ?? '')
  const status = await new Promise<number | null>((done) => child.on('close', done))
  return { status, stdout, stderr }
}
