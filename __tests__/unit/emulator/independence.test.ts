import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { walkFiles } from '../../helpers/policy-root.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** Every relative module a TypeScript file under `folder` imports, as a repository path. */
function importsUnder(folder: string): Array<{ file: string; target: string }> {
  return walkFiles(`${ROOT}${folder}`)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => ({
          file: relative(ROOT, file),
          target: relative(ROOT, fileURLToPath(new URL(spec, `file://${file}`)))
        }))
    )
}

describe('the emulator and the product stand apart', () => {
  it('the emulator imports nothing from src/ (it knows Azure from recorded data, not from the product)', () => {
    const imports = importsUnder('emulator')
    expect(imports.length).toBeGreaterThan(100)
    expect(imports.filter((i) => i.target.startsWith('src/'))).toEqual([])
  })

  it('the product imports nothing from emulator/', () => {
    const imports = importsUnder('src')
    expect(imports.length).toBeGreaterThan(100)
    expect(imports.filter((i) => i.target.startsWith('emulator/'))).toEqual([])
  })
})
