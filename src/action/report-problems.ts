import * as core from '@actions/core'
import { relative, resolve } from 'node:path'
import type { Problem } from '../config/problem.js'
import { renderProblemsSummary } from '../render/problems-summary.js'
import { terminalText } from '../render/terminal-text.js'

/** The repository path of a policy-root file, as annotations and comments need it. */
export function repositoryPath(workspace: string, root: string, file: string): string {
  return relative(workspace, resolve(workspace, root, file)).split('\\').join('/')
}

/**
 * Reports a validation in the step: one annotation per problem, on its line, and the full list in the job summary
 * (the runner shows only 10 annotations a step).
 */
export async function reportProblems(problems: readonly Problem[], fileCount: number, location: { workspace: string; root: string }): Promise<void> {
  for (const p of problems) {
    // @actions/core escapes %, CR and LF in the message; other controls (escape sequences) are made visible here.
    const file = terminalText(repositoryPath(location.workspace, location.root, p.file))
    core.error(terminalText(p.message), { title: `flux-policy ${p.rule}`, file, startLine: p.line, startColumn: p.column })
  }
  await core.summary.addRaw(renderProblemsSummary(problems, fileCount)).write()
}
