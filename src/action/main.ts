import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { readRunContext } from '../github/run-context.js'
import { modeForEvent, readSettings } from './inputs.js'
import { terminalText } from '../render/terminal-text.js'
import { crashText } from '../render/crash-text.js'

/**
 * The action's entry: read the inputs and the event once, run the chosen mode; only here does an error fail the
 * step. Each mode is loaded on demand, so a step loads only the clients its mode uses (cold start).
 */
export async function run(): Promise<void> {
  try {
    const settings = readSettings()
    const payload = process.env.GITHUB_EVENT_PATH
      ? JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH, 'utf8'))
      : {}
    const context = () => readRunContext(process.env, payload)
    const github = async (apiUrl: string) => {
      if (!settings.githubToken) return undefined
      const { createGitHubClient } = await import('../github/octokit.js')
      return createGitHubClient({
        token: settings.githubToken,
        baseUrl: apiUrl,
        log: { warn: (message: string) => core.warning(terminalText(message)) }
      })
    }
    const { writeStepResult } = await import('./step-result.js')
    switch (modeForEvent(settings.mode, process.env.GITHUB_EVENT_NAME ?? '')) {
      case 'validate':
        await writeStepResult(await (await import('./validate-step.js')).runValidateStep(settings))
        break
      case 'plan': {
        const client = await github(context().apiUrl)
        await writeStepResult(await (await import('./plan-step.js')).runPlanStep(settings, context(), client), client)
        break
      }
      case 'apply': {
        const client = await github(context().apiUrl)
        await writeStepResult(await (await import('./apply-step.js')).runApplyStep(settings, context(), client), client)
        break
      }
      case 'audit': {
        const client = await github(context().apiUrl)
        await writeStepResult(await (await import('./audit-step.js')).runAuditStep(settings, context(), client))
        break
      }
    }
  } catch (error) {
    core.setFailed(crashText(error))
  }
}

/**
 * The last resort for an error nothing handled (an uncaught exception, an unhandled rejection): the step fails with
 * one line, every secret hidden (Node's own report would print the message and the error's fields as they are into
 * the log), and the process stops as Node would stop it.
 */
export function failOnCrash(): void {
  const crash = (error: unknown) => {
    core.setFailed(crashText(error))
    process.exit(1)
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
}
