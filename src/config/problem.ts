import type { RuleId } from './rules.js'

/** One thing wrong with a user's file, at a 1-based line and column. */
export interface Problem {
  /** Path relative to the policy root, with forward slashes. */
  file: string
  line: number
  column: number
  rule: RuleId
  message: string
}

export interface Position {
  line: number
  column: number
}

export const START_OF_FILE: Position = { line: 1, column: 1 }

export function problemAt(file: string, at: Position, rule: RuleId, message: string): Problem {
  return { file, line: at.line, column: at.column, rule, message }
}

/** Sorts problems by file, then line, then column, then rule, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  )
}
