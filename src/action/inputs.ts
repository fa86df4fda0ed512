import * as core from '@actions/core'
import type { AzureInputs } from '../azure/azure-settings.js'
import { durationSeconds } from '../desired/duration.js'

export const MODES = ['auto', 'validate', 'plan', 'apply', 'audit'] as const
export type Mode = (typeof MODES)[number]

/** Every action input, read and checked once. */
export interface ActionSettings {
  /**
   * What the step does; `auto` picks from the event (pull_request → plan, push → apply, schedule / workflow_dispatch →
   * audit, otherwise validate).
   */
  mode: Mode
  /** Policy repository root, relative to the workspace. */
  root: string
  /** The checkout the runner gives (GITHUB_WORKSPACE), for annotation paths. */
  workspace: string
  /** Token for comments; `${{ github.token }}` by default. */
  githubToken: string
  /** Where to write the JSON plan, relative to the workspace; empty for none. */
  planFile: string
  azure: AzureInputs
  /** Refuse to apply changes the plan reviewed on the pull request did not contain (default true). */
  requireReviewedPlan: boolean
  /** After apply, poll the remediation tasks to a final state and report per-cluster outcomes. */
  waitForRemediation: boolean
  remediationTimeoutMinutes: number
  audit: AuditSettings
}

/** The inputs of `mode: audit`. */
export interface AuditSettings {
  /** Plan the issue changes and print them, write nothing. */
  dryRun: boolean
  /** Clusters created, and assignments written, less than this long ago (seconds) do not count yet. */
  graceSeconds: number
  /** GitHub issue writes (labels, issues, comments) one run may make at most. */
  maxIssueWrites: number
  /** Repair what remediation cannot: update Flux configurations that differ in what the policy cannot see. */
  selfHeal: boolean
}

export class InputError extends Error {}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const mode = core.getInput('mode') || 'auto'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}, not '${mode}'.`)
  }
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  return {
    mode: mode as Mode,
    root: core.getInput('root') || '.',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    githubToken,
    planFile: core.getInput('plan-file'),
    azure: {
      environment: core.getInput('environment'),
      armEndpoint: core.getInput('arm-endpoint'),
      tenantId: core.getInput('tenant-id'),
      clientId: core.getInput('client-id')
    },
    requireReviewedPlan: booleanInput('require-reviewed-plan', true),
    waitForRemediation: core.getInput('wait-for-remediation') === 'true',
    remediationTimeoutMinutes: positiveNumber(
      core.getInput('remediation-timeout-minutes') || '30',
      'remediation-timeout-minutes'
    ),
    audit: readAuditSettings()
  }
}

function readAuditSettings(): AuditSettings {
  const grace = core.getInput('grace-period') || '2h'
  if (!/^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/.test(grace))
    throw new InputError(`Input 'grace-period' must be a duration such as 2h, 90m or 1h30m, not '${grace}'.`)
  const writes = core.getInput('max-issue-writes') || '50'
  if (!/^\d+$/.test(writes)) throw new InputError(`Input 'max-issue-writes' must be a whole number, not '${writes}'.`)
  return {
    dryRun: core.getInput('dry-run') === 'true',
    graceSeconds: durationSeconds(grace),
    maxIssueWrites: Number(writes),
    selfHeal: booleanInput('self-heal', true)
  }
}

/** The mode `auto` means for an event. */
export function modeForEvent(mode: Mode, eventName: string): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'plan'
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'audit'
  return eventName === 'push' ? 'apply' : 'validate'
}

function positiveNumber(text: string, input: string): number {
  const value = Number(text)
  if (!(value > 0)) throw new InputError(`Input '${input}' must be a positive number, not '${text}'.`)
  return value
}

function booleanInput(input: string, fallback: boolean): boolean {
  const text = core.getInput(input)
  if (text === '') return fallback
  if (text !== 'true' && text !== 'false') {
    throw new InputError(`Input '${input}' must be true or false, not '${text}'.`)
  }
  return text === 'true'
}
