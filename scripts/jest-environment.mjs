// Jest's node environment, plus one thing every test file would otherwise load again: Microsoft's Kusto language
// service (`@kusto/language-service-next`, which the Resource Graph emulator binds queries with). Jest gives each
// test file a fresh module registry, so each file paid the service's load and its first analysis (seconds under
// load). This module is loaded once per Jest worker, outside the test files' registries: the service, loaded here
// with Node's own `createRequire` on first use, is shared by every test file the worker runs, through a getter on
// each test file's global (emulator/resource-graph/language-service.ts reads it).
import { createRequire } from 'node:module'
import { TestEnvironment } from 'jest-environment-node'

const load = createRequire(import.meta.url)
let language

function kustoLanguage() {
  if (language) return language
  const bridge = load('@kusto/language-service-next/bridge.min.js')
  load('@kusto/language-service-next/Kusto.Language.Bridge.min.js')
  language = bridge.global?.Kusto?.Language ?? globalThis.Kusto?.Language
  if (!language) throw new Error('@kusto/language-service-next did not define Kusto.Language')
  return language
}

export default class SharedKustoEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    Object.defineProperty(this.global, Symbol.for('flux-policy.kusto-language'), { get: kustoLanguage })
  }
}
