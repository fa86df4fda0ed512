import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runBundledAction } from './run-action.js'
import { actionInputDefaults, masksIn, parseRunnerArgs, RUNNER_USAGE, runnerLog, stepEnv } from './runner-options.js'

/** `npm run action -- --event FILE …`: runs the bundled action once on an event, as the runner would (see usage). */
async function main(): Promise<void> {
  const command = parseRunnerArgs(process.argv.slice(2))
  if (command.kind === 'help') {
    process.stdout.write(`${RUNNER_USAGE}\n`)
    return
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`action: ${command.message}\n\n${RUNNER_USAGE}\n`)
    process.exitCode = 2
    return
  }
  const repository = fileURLToPath(new URL('../../', import.meta.url))
  // `npm run` starts scripts in the package folder; paths the user typed are relative to where they typed them.
  const userPath = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path)
  const event = JSON.parse(readFileSync(userPath(command.eventFile), 'utf8')) as unknown
  const inputs = {
    ...actionInputDefaults(readFileSync(resolve(repository, 'action.yml'), 'utf8'), process.env),
    ...command.inputs
  }
  const run = await runBundledAction({
    workspace: userPath(command.workspace),
    inputs,
    env: stepEnv(process.env, command.eventName),
    eventName: command.eventName,
    event,
    action: resolve(repository, 'dist/index.js')
  })
  const masks = masksIn(`${run.stdout}\n${run.stderr}`)
  const outputs =
    Object.entries(run.outputs)
      .map(([name, value]) => `  ${name}=${value}`)
      .join('\n') || '  (none)'
  const shown =
    `${run.stdout}${run.stderr}`.trimEnd() +
    `\n\nOutputs:\n${outputs}\n\nJob summary:\n${run.summary.trimEnd() || '(empty)'}\n`
  process.stdout.write(runnerLog(shown, masks))
  process.exitCode = run.status ?? 1
}

main().catch((error: unknown) => {
  process.stderr.write(`action: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
