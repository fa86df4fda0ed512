import { KqlError, positionOf } from './errors.js'
import { kustoLanguage, listItems, type LsCode, type LsDiagnostic } from './language-service.js'
import { resourceGraphSchema, type KqlSchema, type KqlScalarType } from './schema.js'

/** A language-service diagnostic as plain data. */
export interface KqlDiagnostic {
  /** e.g. `KS142` (unknown name), `KS176` (operator expected), `KS211` (unknown function). */
  code: string
  severity: string
  message: string
  /** Offset and length in the query text. */
  start: number
  length: number
  /** From the parser (syntax) rather than the binder (names and types). */
  syntax: boolean
}

export interface KqlAnalysis {
  code: LsCode
  diagnostics: KqlDiagnostic[]
}

const globalsBySchema = new WeakMap<KqlSchema, Map<string, unknown>>()

/** Parses and binds a query against a declared schema with the Kusto language service. */
export function analyzeKql(query: string, schema: KqlSchema = resourceGraphSchema): KqlAnalysis {
  const language = kustoLanguage()
  const code = language.KustoCode.ParseAndAnalyze(query, globalsFor(schema, tableSpellings(query, schema)) as never)
  const syntaxKeys = new Set(listItems(code.GetSyntaxDiagnostics()).map(diagnosticKey))
  const diagnostics = listItems(code.GetDiagnostics()).map((d) => toDiagnostic(d, syntaxKeys.has(diagnosticKey(d))))
  return { code, diagnostics }
}

/**
 * Every diagnostic the language service reports for a query bound against the schema (the product's tests expect none).
 */
export function diagnoseKql(query: string, schema: KqlSchema = resourceGraphSchema): KqlDiagnostic[] {
  return analyzeKql(query, schema).diagnostics
}

/** Analyzes a query and throws the typed error of its first error diagnostic. */
export function analyzeOrThrow(query: string, schema: KqlSchema = resourceGraphSchema): LsCode {
  const { code, diagnostics } = analyzeKql(query, schema)
  const error = diagnostics.find((d) => d.severity === 'Error')
  if (error) {
    const position = positionOf(query, error.start, error.length)
    const kind = error.syntax ? 'ParserFailure' : error.code === 'KS211' ? 'UnknownFunction' : 'SemanticError'
    throw new KqlError(
      kind,
      `${error.message} (${error.code} at line ${position.line}, position ${position.characterPositionInLine})`,
      { position }
    )
  }
  return code
}

const diagnosticKey = (d: LsDiagnostic): string => `${d.Code}@${d.Start}:${d.Length}`

function toDiagnostic(d: LsDiagnostic, syntax: boolean): KqlDiagnostic {
  return { code: d.Code, severity: d.Severity, message: d.Message, start: d.Start, length: d.Length, syntax }
}

/**
 * Resource Graph table names are case-insensitive (Microsoft's samples write `Resources` and `resources`), the
 * language service's are not: every spelling of a table name found in the text is declared as that table.
 */
function tableSpellings(query: string, schema: KqlSchema): string[] {
  const names = new Set(schema.tables.map((t) => t.name.toLowerCase()))
  const spellings = new Set<string>()
  for (const match of query.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const word = match[0]
    if (names.has(word.toLowerCase())) spellings.add(word)
  }
  return [...spellings].sort()
}

function globalsFor(schema: KqlSchema, spellings: string[]): unknown {
  let bySpelling = globalsBySchema.get(schema)
  if (!bySpelling) globalsBySchema.set(schema, (bySpelling = new Map()))
  const key = spellings.join(',')
  const cached = bySpelling.get(key)
  if (cached) return cached
  const { Symbols, GlobalState } = kustoLanguage()
  const tables: unknown[] = []
  for (const table of schema.tables) {
    const names = new Set([table.name, ...spellings.filter((s) => s.toLowerCase() === table.name.toLowerCase())])
    for (const name of names) {
      const columns = table.columns.map(
        (c) => new Symbols.ColumnSymbol(c.name, scalarTypeSymbol(c.type), null, null, null, null)
      )
      tables.push(new Symbols.TableSymbol.$ctor4(name, columns))
    }
  }
  const globals = GlobalState.Default.WithDatabase(new Symbols.DatabaseSymbol.ctor(schema.database, tables))
  bySpelling.set(key, globals)
  return globals
}

const TYPE_SYMBOL_NAMES: Record<KqlScalarType, string> = {
  string: 'String',
  long: 'Long',
  int: 'Int',
  real: 'Real',
  decimal: 'Decimal',
  bool: 'Bool',
  datetime: 'DateTime',
  timespan: 'TimeSpan',
  guid: 'Guid',
  dynamic: 'Dynamic'
}

function scalarTypeSymbol(type: KqlScalarType): unknown {
  return kustoLanguage().Symbols.ScalarTypes[TYPE_SYMBOL_NAMES[type]]
}
