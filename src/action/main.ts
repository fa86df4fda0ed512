import * as core from '@actions/core'
import { readSettings } from './inputs.js'
import { runValidateStep } from './validate-step.js'

/** The action's entry: read the inputs once, run the chosen mode; only here does an error fail the step. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    switch (settings.mode) {
      case 'validate':
        await runValidateStep(settings)
        break
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
