import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PolicyFileText } from '../../src/config/validate-files.js'

export { copyPolicyRoot } from '../../emulator/runner/runner-environment.js'

/** Reads every file under a folder as the validator takes them (root-relative, forward slashes). */
export function readPolicyRoot(root: string): PolicyFileText[] {
  return walkFiles(root).map((path) => ({
    path: relative(root, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8')
  }))
}

/** Writes `files` (root-relative path → text) as a policy root at `<a new temporary folder>/<name>`. */
export function writePolicyRoot(prefix: string, name: string, files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), prefix)), name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** Rewrites one file of a policy root with `change` of its text. */
export function editPolicyFile(root: string, path: string, change: (text: string) => string): void {
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')))
}

/** Every file below a folder, in a stable order. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walkFiles(join(dir, name)) : [join(dir, name)]))
}

/** The real built-in definition files, recorded in the repository (fixtures/azure/README.md says from where). */
export const REFERENCE_DEFINITIONS = fileURLToPath(new URL('../../fixtures/azure/policy-definitions/', import.meta.url))

export interface RealDefinition {
  name: string
  properties: {
    displayName: string
    version: string
    parameters: Record<string, { type: string; defaultValue?: unknown; allowedValues?: unknown[] }>
    policyRule: { then: { details: { roleDefinitionIds: string[] } } }
  }
}

/** The eight Flux v2 built-ins; throws when the recorded files are missing, so a test without its data fails. */
export function realDefinitions(): RealDefinition[] {
  const files = readdirSync(REFERENCE_DEFINITIONS).filter((f) => f.startsWith('flux-') && f.endsWith('.json'))
  if (files.length !== 8)
    throw new Error(`expected the 8 Flux v2 built-in definitions in ${REFERENCE_DEFINITIONS}, found ${files.length}`)
  return files.map((f) => JSON.parse(readFileSync(join(REFERENCE_DEFINITIONS, f), 'utf8')) as RealDefinition)
}
