/** What the CLI needs from its process, so tests and the real entry can both provide it. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Asks a question on the terminal; undefined when there is no terminal to ask on. */
  ask?(question: string): Promise<string>
  cwd: string
  env: NodeJS.ProcessEnv
  /** Whether stdout is a terminal. */
  isTty: boolean
  /** Whether stderr is a terminal (apply shows progress there only then); absent: not a terminal. */
  errIsTty?: boolean
}

/**
 * How apply reports outcomes. Progress lines go to stderr only when stderr is a terminal: live feedback during a long
 * apply, and no second copy of every line in CI logs that merge both streams. Stdout lists every outcome unless it is
 * a terminal that already showed each one as progress (then only the verdict, so each outcome is printed once);
 * redirected stdout always gets the complete list.
 */
export function applyReporting(io: Pick<CliIo, 'isTty' | 'errIsTty'>): { progress: boolean; listOutcomes: boolean } {
  const progress = io.errIsTty === true
  return { progress, listOutcomes: !(progress && io.isTty) }
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const
