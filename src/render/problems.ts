import type { Problem } from '../config/problem.js'
import { terminalJson, terminalLines, terminalText } from './terminal-text.js'

export type ProblemFormat = 'text' | 'json' | 'github'
export const PROBLEM_FORMATS: readonly ProblemFormat[] = ['text', 'json', 'github']

/** The plain-terminal form: one line per problem, then a one-line verdict. */
export function renderProblemsText(problems: readonly Problem[], fileCount: number): string {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  error  ${p.message}  [${p.rule}]`)
  const verdict =
    problems.length === 0
      ? `✓ ${fileCount} ${plural(fileCount, 'file')} valid`
      : `✗ ${problems.length} ${plural(problems.length, 'problem')} in ${filesNamed(problems)} (${fileCount === 0 ? 'no policy files found' : `${fileCount} policy ${plural(fileCount, 'file')} found`})`
  return terminalLines([...lines, ...(lines.length ? [''] : []), verdict])
}

/** The documented machine form: {"valid": bool, "problems": [{file, line, column, rule, message}]}. */
export function renderProblemsJson(problems: readonly Problem[]): string {
  return terminalJson(
    JSON.stringify(
      {
        valid: problems.length === 0,
        problems: problems.map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message }))
      },
      null,
      2
    )
  )
}

/** GitHub workflow commands; `fileOf` maps a policy-root path to the repository path annotations need. */
export function renderProblemsGithub(
  problems: readonly Problem[],
  fileOf: (file: string) => string = (f) => f
): string {
  return problems
    .map(
      (p) =>
        `::error file=${escapeProperty(fileOf(p.file))},line=${p.line},col=${p.column},title=${escapeProperty(`flux-policy ${p.rule}`)}::${escapeData(p.message)}`
    )
    .join('\n')
}

// The runner's own escaping rules for workflow commands (as @actions/core's), after other controls are made visible.
function escapeData(value: string): string {
  return terminalText(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** The files the problems name; one of them can be a file that does not exist (a missing platform file). */
function filesNamed(problems: readonly Problem[]): string {
  const count = new Set(problems.map((p) => p.file)).size
  return `${count} ${plural(count, 'file')}`
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`
}
