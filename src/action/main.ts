import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { readRunContext } from '../github/run-context.js'
import { modeForEvent, readSettings } from './inputs.js'
import { runApplyStep } from './apply-step.js'
import { runAuditStep } from './audit-step.js'
import { runPlanStep } from './plan-step.js'
import { runValidateStep } from './validate-step.js'

/** The action's entry: read the inputs and the event once, run the chosen mode; only here does an error fail the step. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH, 'utf8')) : {}
    const eventName = process.env.GITHUB_EVENT_NAME ?? ''
    switch (modeForEvent(settings.mode, eventName)) {
      case 'validate':
        await runValidateStep(settings)
        break
      case 'plan':
        await runPlanStep(settings, readRunContext(process.env, payload))
        break
      case 'apply':
        await runApplyStep(settings, readRunContext(process.env, payload))
        break
      case 'audit':
        await runAuditStep(settings, readRunContext(process.env, payload))
        break
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
