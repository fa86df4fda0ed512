// One run of the long-line scenario: a team file with one comment line of N characters (default 1 MB) built from
// the inputs that made the old secret patterns quadratic, validated as the CLI does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateRoot } from '../../src/commands/validate.js'
import { peakRssMb } from '../measure.js'

const length = Number(process.argv[2] ?? 1_000_000)

/** Repeated fragments each of which once made a pattern retry from every start: `a-a-a-…`, `a+a+a+…`, … */
export function hostileLine(chars: number): string {
  const fragments = ['a-', 'a+', 'xoxb', 'eyJaaaaaaaaaa-', 'a://', '&sig=', 'LS0tLS1CRUdJTi', 'password ', 'ab:cd@']
  const each = Math.ceil(chars / fragments.length)
  return `# ${fragments.map((f) => f.repeat(Math.ceil(each / f.length)).slice(0, each)).join(' ')}`
}

const root = mkdtempSync(join(tmpdir(), 'fp-bench-long-line-'))
try {
  cpSync('examples', root, { recursive: true })
  const file = join(root, 'teams', 'payments', 'apps.yaml')
  writeFileSync(file, `${hostileLine(length)}\n${readFileSync(file, 'utf8')}`)
  const started = performance.now()
  const { problems } = await validateRoot(root)
  const wallMs = Math.round(performance.now() - started)
  if (problems.length > 0) throw new Error(`the files should be valid: ${JSON.stringify(problems.slice(0, 3))}`)
  console.log(JSON.stringify({ lineKb: Math.round(length / 1000), wallMs, peakRssMb: peakRssMb() }))
} finally {
  rmSync(root, { recursive: true, force: true })
}
