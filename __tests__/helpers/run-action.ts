export { runBundledAction, type ActionRun } from '../../emulator/runner/run-action.js'
