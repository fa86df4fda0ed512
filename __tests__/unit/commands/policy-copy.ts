import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const REPOSITORY = 'contoso/fleet-policies'

/** A copy of examples/ to edit, in a fresh temporary folder. */
export function copyOfExamples(): { root: string; edit(path: string, change: (text: string) => string): void } {
  const root = join(mkdtempSync(join(tmpdir(), 'fp-commands-')), 'policies')
  cpSync('examples', root, { recursive: true })
  return {
    root,
    edit: (path, change) => writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')))
  }
}
