// The world the demo runs in: the Azure emulator with the demo fleet on a fast clock, the GitHub emulator, and a
// workspace holding a copy of examples/ — everything the action would see on a real runner.
import { createSimulatedClock, startAzureEmulator, type AzureEmulator } from '../emulator/index.js'
import { startGitHubEmulator, type GitHubEmulator } from '../emulator/github/start-github-emulator.js'
import { runBundledAction, type ActionRun } from '../emulator/runner/run-action.js'
import { actionInputs, copyPolicyRoot, runnerEnv } from '../emulator/runner/runner-environment.js'

/** Simulated seconds per real second: remediations that take Azure 10–20 minutes take the demo seconds. */
export const DEMO_CLOCK_RATE = 120

export interface DemoWorld {
  azure: AzureEmulator
  github: GitHubEmulator
  workspace: string
  runAction(eventName: string, event: unknown, inputs?: Record<string, string>): Promise<ActionRun>
  stop(): Promise<void>
}

export async function startDemoWorld(): Promise<DemoWorld> {
  const azure = await startAzureEmulator({
    fleet: 'demo',
    clock: createSimulatedClock({ rate: DEMO_CLOCK_RATE }),
    resourceGraph: { quota: false }
  })
  const github = await startGitHubEmulator()
  const workspace = copyPolicyRoot('flux-policy-demo-', 'fleet-policies')
  const env = runnerEnv(azure, github)
  const baseInputs = actionInputs(azure, github, { mode: 'auto', root: '.' })
  return {
    azure,
    github,
    workspace,
    runAction: (eventName, event, inputs = {}) =>
      runBundledAction({ workspace, eventName, event, env, inputs: { ...baseInputs, ...inputs } }),
    stop: async () => {
      await azure.stop()
      await github.stop()
    }
  }
}
