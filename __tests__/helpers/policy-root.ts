import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { PolicyFileText } from '../../src/config/validate-files.js'

/** Reads every file under a folder as the validator takes them (root-relative, forward slashes). */
export function readPolicyRoot(root: string): PolicyFileText[] {
  return walkFiles(root).map((path) => ({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }))
}

/** Every file below a folder, in a stable order. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walkFiles(join(dir, name)) : [join(dir, name)]))
}

/** The real built-in definition files, beside the repository in ../shared (CI lays them there too). */
export const REFERENCE_DEFINITIONS = resolve(process.cwd(), '..', 'shared', 'reference', 'azure-policy')

export interface RealDefinition {
  name: string
  properties: {
    displayName: string
    version: string
    parameters: Record<string, { type: string; defaultValue?: unknown; allowedValues?: unknown[] }>
    policyRule: { then: { details: { roleDefinitionIds: string[] } } }
  }
}

export function realDefinitions(): RealDefinition[] {
  return readdirSync(REFERENCE_DEFINITIONS)
    .filter((f) => f.startsWith('flux-') && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(REFERENCE_DEFINITIONS, f), 'utf8')) as RealDefinition)
}
