import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { locatedSources } from '../../src/config/model.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'

const EXAMPLES = join(process.cwd(), 'examples')

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
}

describe('examples/', () => {
  const files = walk(EXAMPLES).map((path) => ({ path: relative(EXAMPLES, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }))
  const result = validatePolicyFiles(files)

  it('validates with no problems', () => {
    expect(result.problems).toEqual([])
  })

  it('yields a model of three teams and seven sources', () => {
    expect(result.model).toBeDefined()
    expect(result.model!.teams).toHaveLength(3)
    expect(new Set(result.model!.teams.map((t) => t.content.team))).toEqual(new Set(['platform', 'payments', 'data']))
    expect(locatedSources(result.model!)).toHaveLength(7)
  })
})
