// Fails when dist/ or schemas/ differ from what the sources build to (the committed bundle is what runners run).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const temp = mkdtempSync(join(tmpdir(), 'flux-policy-dist-'))
try {
  const validators = 'src/config/schema/compiled-validators.js'
  execFileSync(process.execPath, ['scripts/compile-validators.mjs', join(temp, 'validators.js')], { stdio: 'inherit' })
  const staleValidators = readFileSync(validators).equals(readFileSync(join(temp, 'validators.js')))
    ? []
    : [`differs: ${validators}`]
  execFileSync(process.execPath, ['scripts/build.mjs', join(temp, 'dist'), join(temp, 'schemas')], { stdio: 'inherit' })
  const differences = [...staleValidators, ...['dist', 'schemas'].flatMap((dir) => compare(dir, join(temp, dir)))]
  if (differences.length > 0) {
    console.error(
      `dist/, schemas/ or the compiled validators are out of date with the sources:\n  ${differences.join('\n  ')}\nRun \`npm run build\` and commit the result.`
    )
    process.exit(1)
  }
  console.log('dist/ and schemas/ match the sources')
} finally {
  rmSync(temp, { recursive: true, force: true })
}

function compare(committed, built) {
  const a = files(committed)
  const b = files(built)
  const names = [...new Set([...a.keys(), ...b.keys()])].sort()
  return names.flatMap((name) => {
    if (!a.has(name)) return [`missing: ${committed}/${name}`]
    if (!b.has(name)) return [`stale extra file: ${committed}/${name}`]
    return a.get(name).equals(b.get(name)) ? [] : [`differs: ${committed}/${name}`]
  })
}

function files(dir) {
  const out = new Map()
  const walk = (d) => {
    let entries
    try {
      entries = readdirSync(d)
    } catch {
      return
    }
    for (const name of entries) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.set(relative(dir, path), readFileSync(path))
    }
  }
  walk(dir)
  return out
}
