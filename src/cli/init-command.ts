import { access, mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { validatePolicyFiles } from '../config/validate-files.js'
import { PLACEHOLDER_MARK, scaffoldPolicyRepository } from '../init/scaffold.js'
import { renderProblemsText } from '../render/problems.js'
import { EXIT, type CliIo } from './cli-io.js'
import type { CliRequest } from './parse-args.js'

type InitRequest = Extract<CliRequest, { kind: 'init' }>

/** `flux-policy init`: writes a new policy repository into root; never overwrites a file. */
export async function initCommand(request: InitRequest, root: string, io: CliIo): Promise<number> {
  const scaffold = scaffoldPolicyRepository({ teams: request.teams, scopes: request.scopes })
  if (scaffold.kind === 'error') {
    io.err(`flux-policy: ${scaffold.message}`)
    return EXIT.usage
  }
  const { problems, files } = validatePolicyFiles(scaffold.files)
  if (problems.length > 0) {
    io.err(
      'flux-policy: init would write files that do not validate (check --team and --scope):\n' +
        renderProblemsText(problems, files.length)
    )
    return EXIT.usage
  }
  const existing = (
    await Promise.all(scaffold.files.map(async (f) => ((await exists(join(root, f.path))) ? f.path : undefined)))
  ).filter((path): path is string => path !== undefined)
  if (existing.length > 0) {
    io.err(
      'flux-policy: init writes no file that exists already; move these away or pick another --root:\n' +
        existing.map((path) => `  ${path}`).join('\n')
    )
    return EXIT.problems
  }
  for (const file of scaffold.files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true })
    await writeFile(join(root, file.path), file.text, { flag: 'wx' })
  }
  const shown = relative(io.cwd, root) || '.'
  io.out(
    [
      `Wrote a policy repository to ${shown}:`,
      ...scaffold.files.map((f) => `  ${f.path}`),
      `Next: replace every value marked ${PLACEHOLDER_MARK}, run \`flux-policy validate --root ${shown}\`, ` +
        'and push it to GitHub.'
    ].join('\n')
  )
  return EXIT.ok
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
