import * as core from '@actions/core'
import { resolve } from 'node:path'
import { validateRoot } from '../commands/validate.js'
import type { ActionSettings } from './inputs.js'
import { reportProblems } from './report-problems.js'

/** `mode: validate`: annotations on the lines, the full list in the job summary, outputs, and a failed step. */
export async function runValidateStep(settings: ActionSettings): Promise<void> {
  const { problems, fileCount } = await validateRoot(resolve(settings.workspace, settings.root))
  core.setOutput('valid', problems.length === 0 ? 'true' : 'false')
  core.setOutput('problem-count', String(problems.length))
  await reportProblems(problems, fileCount, settings)
  if (problems.length > 0) core.setFailed(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files; see the annotations and the job summary.`)
  else core.info(`✓ ${fileCount} policy files valid`)
}
