// Bundles the action and the CLI into dist/ and writes the JSON Schemas into schemas/.
// `node scripts/build.mjs [outDir] [schemaDir]` — check-dist builds into a temp dir and compares.
import { build } from 'esbuild'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeLicenses } from './write-licenses.mjs'
import { compileValidators } from './compile-validators.mjs'

const outDir = process.argv[2] ?? 'dist'
const schemaDir = process.argv[3] ?? 'schemas'

// Bundled CommonJS dependencies call require() and use __dirname; give them both in ESM.
const banner = [
  "import { createRequire as __fpCreateRequire } from 'node:module';",
  "import { fileURLToPath as __fpFileURLToPath } from 'node:url';",
  "import { dirname as __fpDirname } from 'node:path';",
  'const require = __fpCreateRequire(import.meta.url);',
  'const __filename = __fpFileURLToPath(import.meta.url);',
  'const __dirname = __fpDirname(__filename);'
].join('\n')

// @azure/identity imports `open` only to show InteractiveBrowserCredential's sign-in page, which neither the action
// nor the CLI ever constructs (src/azure/credential.ts). A stub keeps `open` and the browser and WSL detection it
// brings (default-browser, is-wsl, run-applescript, …) out of the bundle; reaching it anyway fails with a clear error.
const noBrowserSignIn = {
  name: 'no-browser-sign-in',
  setup(build) {
    build.onResolve({ filter: /^open$/ }, (args) =>
      args.importer.includes('node_modules/@azure/identity/')
        ? { path: 'open', namespace: 'no-browser-sign-in' }
        : undefined
    )
    build.onLoad({ filter: /.*/, namespace: 'no-browser-sign-in' }, () => ({
      loader: 'js',
      contents:
        "export default async function open() { throw new Error('flux-policy never opens a browser to sign in; " +
        "use GitHub OIDC, a service principal, workload identity or the Azure CLI.') }"
    }))
  }
}

await compileValidators('src/config/schema/compiled-validators.js')
await rm(outDir, { recursive: true, force: true })
const result = await build({
  metafile: true,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: outDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  define: { FLUX_POLICY_VERSION: JSON.stringify(JSON.parse(await readFile('package.json', 'utf8')).version) },
  legalComments: 'none',
  plugins: [noBrowserSignIn],
  logLevel: 'warning'
})

await writeLicenses(result.metafile, join(outDir, 'licenses.txt'))

await mkdir(schemaDir, { recursive: true })
const { writeSchemas } = await import('./write-schemas.mjs')
await writeSchemas(schemaDir)
