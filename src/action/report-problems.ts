import { relative, resolve } from 'node:path'
import type { Problem } from '../config/problem.js'
import { renderProblemsSummary } from '../render/problems-summary.js'
import type { StepMessage } from './step-result.js'

/** The repository path of a policy-root file, as annotations and comments need it. */
export function repositoryPath(workspace: string, root: string, file: string): string {
  return relative(workspace, resolve(workspace, root, file))
    .split('\\')
    .join('/')
}

/**
 * How a step reports a validation: one annotation per problem, on its line, and the full list for the job summary
 * (the runner shows only 10 annotations a step).
 */
export function problemsReport(
  problems: readonly Problem[],
  fileCount: number,
  location: { workspace: string; root: string }
): { messages: StepMessage[]; summary: string } {
  const messages = problems.map((p): StepMessage => ({
    level: 'error',
    text: p.message,
    properties: {
      title: `flux-policy ${p.rule}`,
      file: repositoryPath(location.workspace, location.root, p.file),
      startLine: p.line,
      startColumn: p.column
    }
  }))
  return { messages, summary: renderProblemsSummary(problems, fileCount) }
}
