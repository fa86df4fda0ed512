/** What the CLI needs from its process, so tests and the real entry can both provide it. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Asks a question on the terminal; undefined when there is no terminal to ask on. */
  ask?(question: string): Promise<string>
  cwd: string
  env: NodeJS.ProcessEnv
  isTty: boolean
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const
