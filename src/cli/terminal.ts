/**
 * Terminal conventions of the CLI, pure. Colour follows https://no-color.org and https://force-color.org as
 * Node's own tty.getColorDepth does: FORCE_COLOR (unless 0 or false) forces it, a non-empty NO_COLOR turns it off,
 * otherwise colour only when stdout is a terminal.
 */
export function shouldColour(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase())
  if (env.NO_COLOR) return false
  return isTty
}

/** Whether an answer to apply's question confirms it: y or yes, in any case. */
export function isConfirmation(answer: string): boolean {
  return /^y(es)?$/i.test(answer.trim())
}
