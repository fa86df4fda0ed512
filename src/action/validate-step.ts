import { resolve } from 'node:path'
import { validateRoot } from '../commands/validate.js'
import type { ActionSettings } from './inputs.js'
import { problemsReport } from './report-problems.js'
import type { StepResult } from './step-result.js'

/** `mode: validate`: annotations on the lines, the full list in the job summary, outputs, and a failed step. */
export async function runValidateStep(settings: ActionSettings): Promise<StepResult> {
  const { problems, fileCount } = await validateRoot(resolve(settings.workspace, settings.root))
  return validateStepResult(problems, fileCount, settings)
}

export function validateStepResult(
  problems: Parameters<typeof problemsReport>[0],
  fileCount: number,
  settings: ActionSettings
): StepResult {
  const { messages, summary } = problemsReport(problems, fileCount, settings)
  const count = problems.length
  return {
    outputs: { valid: count === 0 ? 'true' : 'false', 'problem-count': String(count) },
    summary,
    messages: count === 0 ? [{ level: 'info', text: `✓ ${fileCount} policy files valid` }] : messages,
    failure:
      count > 0
        ? `${count} problem${count === 1 ? '' : 's'} in the policy files; see the annotations and the job summary.`
        : undefined
  }
}
