// Writes the JSON Schemas (defined in src/config/schema/) as files editors can use.
import { build } from 'esbuild'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export async function writeSchemas(dir) {
  const result = await build({
    stdin: {
      contents:
        "export { platformSchema } from './src/config/schema/platform-schema.ts'; export { teamSchema } from './src/config/schema/team-schema.ts'",
      resolveDir: process.cwd(),
      loader: 'ts'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false
  })
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  const { platformSchema, teamSchema } = await import(url)
  await writeFile(join(dir, 'flux-policy.schema.json'), `${JSON.stringify(platformSchema, null, 2)}\n`)
  await writeFile(join(dir, 'team.schema.json'), `${JSON.stringify(teamSchema, null, 2)}\n`)
}
