/**
 * Import boundaries (checked by `npm run lint`). The layering, from the inside out:
 *   core      config/ desired/ plan/ audit/ issues/ render/ apply/ init/ util/ resource-graph/ — decisions over data
 *   adapters  azure/ github/ files/                               — the only code that talks to Azure, GitHub, disks
 *   commands  commands/                                           — orchestration over the interfaces
 *   entries   action/ cli/ index.ts cli.ts                        — build the real adapters, read inputs, write outputs
 * The emulator is its own world: it never asks src/ how Azure behaves, and src/ never reaches into it.
 */
const CORE = '^src/(config|desired|plan|audit|issues|render|apply|init|util|resource-graph)/'
const ADAPTERS = '^src/(azure|github|files)/'
const COMMANDS = '^src/commands/'
const ENTRIES = '^src/(action|cli)/|^src/(index|cli)[.]ts$'

module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-adapter',
      severity: 'error',
      comment: 'The pure core decides from data; it receives Azure and GitHub as interfaces, never the adapters.',
      from: { path: CORE },
      to: { path: `${ADAPTERS}|${COMMANDS}|${ENTRIES}`, dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'core-imports-no-adapter-types',
      severity: 'error',
      comment: 'Types live with the layer that owns them: move a type the core needs down into the core.',
      from: { path: CORE },
      to: { path: `${ADAPTERS}|${COMMANDS}|${ENTRIES}`, dependencyTypes: ['type-only'] }
    },
    {
      name: 'adapters-import-no-commands',
      severity: 'error',
      from: { path: ADAPTERS },
      to: { path: `${COMMANDS}|${ENTRIES}` }
    },
    { name: 'commands-import-no-entries', severity: 'error', from: { path: COMMANDS }, to: { path: ENTRIES } },
    {
      name: 'commands-import-no-adapters',
      severity: 'error',
      comment: 'Commands take Azure reads, writes and Resource Graph as interfaces; the entries build the real ones.',
      from: { path: COMMANDS },
      to: { path: '^src/(azure|github)/', dependencyTypesNot: ['type-only'] }
    },
    { name: 'src-imports-no-emulator', severity: 'error', from: { path: '^src/' }, to: { path: '^emulator/' } },
    {
      name: 'emulator-imports-no-src',
      severity: 'error',
      comment: 'The emulator loads recorded Azure data itself; sharing the product code would make it agree with it.',
      from: { path: '^emulator/' },
      to: { path: '^src/' }
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Type-only cycles erase at build time; value cycles do not.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } }
    },
    {
      name: 'src-imports-declared-runtime-packages',
      severity: 'error',
      comment: 'The bundle ships src/: every package it imports is a declared runtime dependency.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev', 'npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'no-undeclared-packages',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] }
    },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|schemas|node_modules|coverage|demo-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json']
    }
  }
}
