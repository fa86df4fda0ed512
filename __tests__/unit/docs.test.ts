import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { RULES } from '../../src/config/rules.js'
import { VERSION } from '../../src/version.js'

describe('docs agree with the code', () => {
  it('docs/errors.md lists every rule id exactly once, and no other', () => {
    const documented = [...readFileSync('docs/errors.md', 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
    expect(documented.sort()).toEqual(Object.keys(RULES).sort())
  })

  it('the README documents every action input and output, and nothing else', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: object; outputs: object }
    const readme = readFileSync('README.md', 'utf8')
    const tableKeys = (header: string) => {
      const section = readme.split(`| ${header} |`)[1]!.split('\n\n')[0]!
      return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort()
    }
    expect(tableKeys('input')).toEqual(Object.keys(action.inputs).sort())
    expect(tableKeys('output')).toEqual(Object.keys(action.outputs).sort())
  })

  it('docs/plan-json.md documents every top-level field of the JSON plan', async () => {
    const { renderPlanJson } = await import('../../src/render/plan/plan-json.js')
    const { buildPlan } = await import('../../src/plan/build-plan.js')
    const plan = buildPlan({ repository: 'o/r', assignments: [], definitions: [], maxDeletes: 5 }, [])
    const fields = Object.keys(JSON.parse(renderPlanJson(plan, { commit: 'abc' })))
    const documented = [
      ...readFileSync('docs/plan-json.md', 'utf8').matchAll(/^\| `([a-zA-Z]+)` \| (?:integer|string|object|array)/gm)
    ].map((m) => m[1])
    expect(documented.sort()).toEqual(fields.sort())
  })

  it('the built CLI reports the package version (kept only in package.json)', async () => {
    const { runNode } = await import('../helpers/run-node.js')
    expect(VERSION).toBe('development')
    expect(runNode('dist/cli.js', ['--version']).stdout.trim()).toBe(
      JSON.parse(readFileSync('package.json', 'utf8')).version
    )
  })
})
