import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** One import of a module in another folder: `from` imports `to` (both relative to the source root). */
export interface FolderImport {
  from: string
  to: string
  fromFolder: string
  toFolder: string
}

/**
 * Every relative import (static, `export … from` and dynamic `import()`) between top-level folders of a source
 * tree. A file directly in the root (`cli.ts`, `version.ts`) is a folder of its own.
 */
export function folderImports(root: string): FolderImport[] {
  const imports: FolderImport[] = []
  for (const file of typeScriptFiles(root)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)) {
      const target = resolve(dirname(file), match[1]!)
      const from = relative(root, file).split(sep).join('/')
      const to = relative(root, target).split(sep).join('/')
      const fromFolder = from.split('/')[0]!
      const toFolder = to.split('/')[0]!
      if (fromFolder !== toFolder) imports.push({ from, to, fromFolder, toFolder })
    }
  }
  return imports
}

/** Cycles between folders, each as the path of folders that closes it (`a → b → a`); none for a layered tree. */
export function folderCycles(imports: readonly FolderImport[]): string[] {
  const edges = new Map<string, Set<string>>()
  for (const i of imports) edges.set(i.fromFolder, (edges.get(i.fromFolder) ?? new Set()).add(i.toFolder))
  const cycles = new Set<string>()
  const visit = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const at = path.indexOf(next)
      if (at >= 0) cycles.add(canonicalCycle(path.slice(at)))
      else visit(next, [...path, next])
    }
  }
  for (const start of edges.keys()) visit(start, [start])
  return [...cycles].sort()
}

function canonicalCycle(nodes: string[]): string {
  const first = nodes.indexOf([...nodes].sort()[0]!)
  const rotated = [...nodes.slice(first), ...nodes.slice(0, first)]
  return [...rotated, rotated[0]].join(' → ')
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}
