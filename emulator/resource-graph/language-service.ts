import { createRequire } from 'node:module'

/**
 * The one door to Microsoft's Kusto language service (`@kusto/language-service-next`), a Bridge.NET port of the
 * C# `Kusto.Language` library. The package is two classic scripts that define the globals `Bridge`, `System` and
 * `Kusto` when run as CommonJS: ESM code (and jest in ESM mode) loads them through `createRequire`, then reads
 * `globalThis.Kusto.Language`. The package's own d.ts declares ~30k global types; the few members used here are
 * declared below instead, so nothing else needs to know about Bridge.NET.
 */

/** A list as Bridge.NET exposes `IReadOnlyList<T>`. */
export interface LsList<T> {
  Count: number
  getItem(index: number): T
}

export interface LsColumn {
  Name: string
  Type: LsType
}

export interface LsType {
  Name: string
  Kind: number
  Columns?: LsList<LsColumn>
}

export interface LsSymbol {
  Name: string
  Kind: number
}

/** `Kusto.Language.Syntax.SyntaxElement` (tokens and nodes). */
export interface LsElement {
  Kind: number
  IsToken: boolean
  ChildCount: number
  TextStart: number
  End: number
  Text?: string
  ValueText?: string
  LiteralValue?: unknown
  ResultType?: LsType | null
  ReferencedSymbol?: LsSymbol | null
  GetChild(index: number): LsElement | null
  GetName(index: number): string | null
}

export interface LsDiagnostic {
  Code: string
  Severity: string
  Message: string
  Start: number
  Length: number
  HasLocation: boolean
}

export interface LsCode {
  Syntax: LsElement
  ResultType: LsType | null
  GetDiagnostics(): LsList<LsDiagnostic>
  GetSyntaxDiagnostics(): LsList<LsDiagnostic>
}

interface LsGlobalState {
  WithDatabase(database: unknown): LsGlobalState
}

interface KustoLanguage {
  KustoCode: {
    Parse(text: string, globals?: LsGlobalState): LsCode
    ParseAndAnalyze(text: string, globals?: LsGlobalState): LsCode
  }
  GlobalState: { Default: LsGlobalState }
  Syntax: { SyntaxKind: Record<string, unknown> }
  Symbols: {
    SymbolKind: Record<string, unknown>
    ScalarTypes: Record<string, unknown>
    ColumnSymbol: new (
      name: string,
      type: unknown,
      description: null,
      originalColumns: null,
      source: null,
      examples: null
    ) => unknown
    TableSymbol: { $ctor4: new (name: string, columns: unknown[]) => unknown }
    DatabaseSymbol: { ctor: new (name: string, members: unknown[]) => unknown }
  }
}

let language: KustoLanguage | undefined
let syntaxKindNames: Map<number, string> | undefined
let symbolKindNames: Map<number, string> | undefined

/** Where a host that loaded the service already offers it (the Jest environment, scripts/jest-environment.mjs). */
const PRELOADED = Symbol.for('flux-policy.kusto-language')

/**
 * Loads the language service once per module registry, or takes the copy the host offers: Jest gives each test file
 * its own registry, and each test file paid the service's load and first analysis again, so its environment loads
 * the service once per worker. `bridge.js` exports `Bridge`, whose `global` is the realm where
 * `Kusto.Language.Bridge.js` then defines `Kusto`.
 */
export function kustoLanguage(): KustoLanguage {
  if (language) return language
  const preloaded = (globalThis as { [PRELOADED]?: KustoLanguage })[PRELOADED]
  if (preloaded) return (language = preloaded)
  const require = createRequire(import.meta.url)
  const bridge = require('@kusto/language-service-next/bridge.min.js') as {
    global?: { Kusto?: { Language?: KustoLanguage } }
  }
  require('@kusto/language-service-next/Kusto.Language.Bridge.min.js')
  const loaded =
    bridge.global?.Kusto?.Language ?? (globalThis as { Kusto?: { Language?: KustoLanguage } }).Kusto?.Language
  if (!loaded) throw new Error('@kusto/language-service-next did not define Kusto.Language')
  language = loaded
  return loaded
}

function enumNames(enumeration: Record<string, unknown>): Map<number, string> {
  const names = new Map<number, string>()
  for (const [name, value] of Object.entries(enumeration)) {
    if (typeof value === 'number' && !name.startsWith('$') && !names.has(value)) names.set(value, name)
  }
  return names
}

/** `SyntaxKind` name of an element, e.g. `FilterOperator`, `StringLiteralToken`. */
export function syntaxKindName(kind: number): string {
  syntaxKindNames ??= enumNames(kustoLanguage().Syntax.SyntaxKind)
  return syntaxKindNames.get(kind) ?? `SyntaxKind${kind}`
}

/** `SymbolKind` name of a symbol, e.g. `Column`, `Variable`, `Table`, `Function`. */
export function symbolKindName(kind: number): string {
  symbolKindNames ??= enumNames(kustoLanguage().Symbols.SymbolKind)
  return symbolKindNames.get(kind) ?? `SymbolKind${kind}`
}

export function listItems<T>(list: LsList<T> | null | undefined): T[] {
  const items: T[] = []
  if (!list) return items
  for (let i = 0; i < list.Count; i++) items.push(list.getItem(i))
  return items
}
