import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'

/** `npm run action -- …`: arguments, the inputs the runner fills in, and what the runner shows of a step. Pure. */

export const RUNNER_USAGE = `Usage: npm run action -- --event FILE [--event-name NAME] [--workspace DIR]
                          [--input NAME=VALUE]…

Runs the bundled action (dist/index.js; \`npm run build\` first) once, as the GitHub Actions runner does: inputs as
INPUT_* variables (action.yml's defaults, \${{ github.token }} from GITHUB_TOKEN), the payload in GITHUB_EVENT_PATH,
output and summary files. Azure and GitHub come from the environment: source the file \`npm run emulator --
--github --events DIR --save-env FILE\` writes. Prints the step's log (masked values as ***), its outputs and its
job summary; exits with the step's code.

Options:
  --event FILE           The event payload (the emulator's --events DIR has pull_request, push, schedule and
                         workflow_dispatch)
  --event-name NAME      GITHUB_EVENT_NAME (default: the file's name without .json)
  --workspace DIR        GITHUB_WORKSPACE, the checked-out policy repository (default: .)
  --input NAME=VALUE     An input of the action (repeatable), e.g. --input mode=plan --input root=policies
  -h, --help             Show this help`

export interface RunnerRequest {
  kind: 'run'
  eventFile: string
  eventName: string
  workspace: string
  inputs: Record<string, string>
}

export type RunnerCommand = RunnerRequest | { kind: 'help' } | { kind: 'usage-error'; message: string }

export function parseRunnerArgs(argv: readonly string[]): RunnerCommand {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        event: { type: 'string' },
        'event-name': { type: 'string' },
        workspace: { type: 'string', default: '.' },
        input: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message }
  }
  if (values.help) return { kind: 'help' }
  if (values.event === undefined)
    return { kind: 'usage-error', message: '--event FILE is required: the payload the runner hands the step.' }
  const inputs: Record<string, string> = {}
  for (const assignment of values.input ?? []) {
    const at = assignment.indexOf('=')
    if (at <= 0) return { kind: 'usage-error', message: `--input takes NAME=VALUE, not '${assignment}'.` }
    inputs[assignment.slice(0, at)] = assignment.slice(at + 1)
  }
  const eventName = values['event-name'] ?? basename(values.event).replace(/\.json$/, '')
  return { kind: 'run', eventFile: values.event, eventName, workspace: values.workspace, inputs }
}

/**
 * The inputs the runner passes when the workflow gives none: action.yml's defaults, with `${{ github.token }}`
 * read from GITHUB_TOKEN (https://docs.github.com/actions/sharing-automations/creating-actions/
 * metadata-syntax-for-github-actions#inputsinput_iddefault).
 */
export function actionInputDefaults(actionYml: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const action = parse(actionYml) as { inputs?: Record<string, { default?: unknown }> }
  return Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => {
      const value = input.default === undefined ? '' : String(input.default)
      return [name, value.replace(/\$\{\{\s*github\.token\s*\}\}/g, env.GITHUB_TOKEN ?? '')]
    })
  )
}

/** The values the step asked the runner to mask (`::add-mask::`). */
export function masksIn(log: string): string[] {
  return [...log.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1]!.trim()).filter(Boolean)
}

/**
 * Text as the runner shows it: masked values replaced by *** everywhere, and the mask and `::debug::` commands
 * themselves not shown (debug logging is off unless ACTIONS_STEP_DEBUG is set).
 */
export function runnerLog(text: string, masks: readonly string[]): string {
  const shown = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::') && !line.startsWith('::debug::'))
    .join('\n')
  return [...masks].sort((a, b) => b.length - a.length).reduce((log, secret) => log.split(secret).join('***'), shown)
}

/** Which of the caller's variables reach the step: the emulators' environment, nothing else of the shell. */
export function stepEnv(env: NodeJS.ProcessEnv, eventName: string): NodeJS.ProcessEnv {
  const github = ['API_URL', 'GRAPHQL_URL', 'SERVER_URL', 'REPOSITORY', 'TOKEN'].map((name) => `GITHUB_${name}`)
  const passed = (name: string): boolean =>
    /^(AZURE_\w+|ACTIONS_ID_TOKEN_REQUEST_\w+|NODE_EXTRA_CA_CERTS|NO_PROXY|HOME)$/.test(name) || github.includes(name)
  // Pull request and push payloads name their commit; scheduled and dispatched runs take the default branch's.
  const commitFromEnv = !['pull_request', 'pull_request_target', 'push'].includes(eventName)
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => passed(name) || (commitFromEnv && (name === 'GITHUB_REF' || name === 'GITHUB_SHA'))
    )
  )
}
