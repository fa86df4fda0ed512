import * as core from '@actions/core'

export const MODES = ['validate'] as const
export type Mode = (typeof MODES)[number]

/** Every action input, read and checked once. */
export interface ActionSettings {
  /** What the step does; later issues add plan, apply and audit. */
  mode: Mode
  /** Policy repository root, relative to the workspace. */
  root: string
  /** The checkout the runner gives (GITHUB_WORKSPACE), for annotation paths. */
  workspace: string
}

export class InputError extends Error {}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const mode = core.getInput('mode') || 'validate'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}, not '${mode}'.`)
  }
  return { mode: mode as Mode, root: core.getInput('root') || '.', workspace: env.GITHUB_WORKSPACE ?? process.cwd() }
}
