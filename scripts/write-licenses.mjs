// Lists every npm package bundled into dist/ with its version and licence, and appends each licence text,
// so the committed bundle carries the notices its dependencies require.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export async function writeLicenses(metafile, file) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const root = packageRoot(input)
    if (root && !packages.has(root)) packages.set(root, readPackage(root))
  }
  const sorted = [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version)
  )
  const lines = ['Packages bundled into dist/ and their licences.', '']
  for (const p of sorted) lines.push(`${p.name}@${p.version} — ${p.license}`)
  for (const p of sorted) if (p.text) lines.push('', `----- ${p.name}@${p.version} -----`, p.text.trim())
  await writeFile(file, `${lines.join('\n')}\n`)
}

function packageRoot(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
  return match ? match[1] : undefined
}

function readPackage(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const licenseFile = existsSync(root)
    ? readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    : undefined
  return {
    name: pkg.name,
    version: pkg.version,
    license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package'),
    text: licenseFile ? readFileSync(join(root, licenseFile), 'utf8') : undefined
  }
}
