import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileKind, type PolicyFileText } from '../config/validate-files.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** Reads the platform file and every team file under a policy root; other files are left alone. */
export async function readPolicyRoot(root: string): Promise<PolicyFileText[]> {
  const paths = (await listFiles(root, '')).filter((path) => fileKind(path) !== undefined).sort()
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })))
}

async function listFiles(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : listFiles(root, path)
      return entry.isFile() ? [path] : []
    })
  )
  return nested.flat()
}
