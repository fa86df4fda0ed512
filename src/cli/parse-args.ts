import { parseArgs } from 'node:util'
import { PROBLEM_FORMATS, type ProblemFormat } from '../render/problems.js'

export const USAGE = `Usage: flux-policy <command> [options]

Commands:
  validate    Check the policy files (flux-policy.yaml and teams/**/*.yaml)

Options:
  --root DIR                 Policy repository root (default: .)
  --format text|json|github  Output format (default: text)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 valid, 1 problems found, 2 usage error.`

export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; root: string; format: ProblemFormat }
  | { kind: 'usage-error'; message: string }

const COMMANDS = ['validate'] as const

/** Turns argv (without node and script) into one request; never throws. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: 'string', default: '.' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const [command, ...rest] = positionals
  if (!command) return { kind: 'usage-error', message: 'No command given.' }
  if (!(COMMANDS as readonly string[]).includes(command)) return { kind: 'usage-error', message: `Unknown command '${command}'. Commands: ${COMMANDS.join(', ')}.` }
  if (rest.length > 0) return { kind: 'usage-error', message: `Unexpected argument '${rest[0]}'.` }
  if (!(PROBLEM_FORMATS as readonly string[]).includes(values.format!)) {
    return { kind: 'usage-error', message: `--format must be one of ${PROBLEM_FORMATS.join(', ')}, not '${values.format}'.` }
  }
  return { kind: 'validate', root: values.root!, format: values.format as ProblemFormat }
}
