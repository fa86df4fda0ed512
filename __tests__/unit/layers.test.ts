// The architecture, checked on the sources: folders form layers without cycles; the pure core and the apply
// engine reach Azure and GitHub only through interfaces they define (AzureReads, AzureWrites, ResourceGraphRunner,
// RemediationWatch), implemented in src/azure/ and src/github/ and built at the edges (src/action/, src/cli/).
import { folderCycles, folderImports } from '../helpers/import-graph.js'

const ADAPTERS = ['azure', 'github', 'action', 'cli', 'commands', 'cli.ts', 'index.ts']
const PURE_CORE = ['config', 'desired', 'plan', 'audit', 'render', 'issues', 'util', 'resource-graph']
const imports = folderImports('src')
const importsOf = (folders: readonly string[], forbidden: readonly string[]) =>
  imports
    .filter((i) => folders.includes(i.fromFolder) && forbidden.includes(i.toFolder))
    .map((i) => `${i.from} → ${i.to}`)

describe('the layers of src/', () => {
  it('sees the imports between folders', () => {
    expect(imports.some((i) => i.from === 'commands/plan.ts' && i.toFolder === 'plan')).toBe(true)
    expect(imports.some((i) => i.from === 'index.ts' && i.toFolder === 'action')).toBe(true)
  })

  it('has no cycle between folders', () => {
    expect(folderCycles(imports)).toEqual([])
  })

  it('keeps the pure core (config, desired, plan, audit, render, issue decisions) free of adapters', () => {
    expect(importsOf(PURE_CORE, ADAPTERS)).toEqual([])
  })

  it('lets apply reach Azure only through the interfaces it defines', () => {
    expect(importsOf(['apply'], ADAPTERS)).toEqual([])
  })

  it('lets commands take their Azure reads, writes and queries as interfaces instead of building clients', () => {
    expect(importsOf(['commands'], ['azure', 'github', 'action', 'cli'])).toEqual([])
  })
})

describe('folderCycles', () => {
  const edge = (fromFolder: string, toFolder: string) => ({
    from: `${fromFolder}/x.ts`,
    to: `${toFolder}/y.js`,
    fromFolder,
    toFolder
  })

  it('finds each cycle once, however it is entered', () => {
    expect(
      folderCycles([
        edge('render', 'audit'),
        edge('audit', 'render'),
        edge('apply', 'azure'),
        edge('azure', 'apply'),
        edge('cli', 'render')
      ])
    ).toEqual(['apply → azure → apply', 'audit → render → audit'])
    expect(folderCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a')])).toEqual(['a → b → c → a'])
    expect(folderCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([])
  })
})
