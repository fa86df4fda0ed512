import { stat } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { CloudSettingError } from '../azure/cloud.js'
import { validateRoot } from '../commands/validate.js'
import { renderProblemsGithub, renderProblemsJson, renderProblemsText, type ProblemFormat } from '../render/problems.js'
import { VERSION } from '../version.js'
import { EXIT, type CliIo } from './cli-io.js'
import { parseCliArgs, USAGE } from './parse-args.js'
import { auditCommand } from './audit-command.js'
import { initCommand } from './init-command.js'
import { planCommand } from './plan-command.js'
import { terminalText } from '../render/terminal-text.js'

export { EXIT, type CliIo }

/** The CLI: parses arguments, runs one command, returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseCliArgs(argv)
  switch (request.kind) {
    case 'help':
      io.out(USAGE)
      return EXIT.ok
    case 'version':
      io.out(VERSION)
      return EXIT.ok
    case 'usage-error':
      io.err(`flux-policy: ${request.message}\n\n${USAGE}`)
      return EXIT.usage
  }
  const root = resolve(io.cwd, request.root)
  if (request.kind === 'init') return initCommand(request, root, io)
  if (!(await isDirectory(root))) {
    io.err(
      `flux-policy: --root ${terminalText(root)} is not a folder. Point --root at the policy repository (the folder holding flux-policy.yaml).`
    )
    return EXIT.usage
  }
  if (request.kind === 'validate') return validateCommand(root, request.format, io)
  try {
    return request.kind === 'audit' ? await auditCommand(request, root, io) : await planCommand(request, root, io)
  } catch (error) {
    if (error instanceof CloudSettingError) {
      io.err(terminalText(`flux-policy: ${error.message}`))
      return EXIT.usage
    }
    throw error
  }
}

async function validateCommand(root: string, format: ProblemFormat, io: CliIo): Promise<number> {
  const { problems, fileCount } = await validateRoot(root)
  if (format === 'json') io.out(renderProblemsJson(problems))
  else if (format === 'github') {
    const text = renderProblemsGithub(problems, (file) => relative(io.cwd, resolve(root, file)).split('\\').join('/'))
    if (text) io.out(text)
  } else io.out(renderProblemsText(problems, fileCount))
  return problems.length === 0 ? EXIT.ok : EXIT.problems
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  )
}
