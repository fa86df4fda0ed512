/**
 * ARM template / Azure Policy expressions (`"[if(not(empty(parameters('x'))), parameters('x'), json('null'))]"`),
 * evaluated the way Azure does for the functions the Flux built-ins use. Syntax and functions: Microsoft Learn
 * "Template syntax and expressions" (template-expressions.md: a string starting with `[` and ending with `]` is an
 * expression, `[[` escapes a literal `[`, strings are single-quoted with `''` for a quote) and "Template functions"
 * (template-functions-logical/-string/-comparison/-object/-deployment). Names are case-insensitive. An unknown
 * function or bad syntax throws: the emulator is as strict as Azure, which rejects such a template.
 */
export interface ExpressionScope {
  /** `parameters('name')`: a policy parameter (in a policy rule) or a template parameter (in a template). */
  parameter(name: string): unknown
  /** `field('alias')`: only in a policy rule's deployment parameters, about the resource being evaluated. */
  field(name: string): unknown
}

export class TemplateExpressionError extends Error {}

/** A JSON value with every expression string in it (keys too) evaluated. */
export function evaluateDeep(value: unknown, scope: ExpressionScope): unknown {
  if (typeof value === 'string') return evaluateString(value, scope)
  if (Array.isArray(value)) return value.map((v) => evaluateDeep(v, scope))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [String(evaluateString(k, scope)), evaluateDeep(v, scope)])
    )
  }
  return value
}

/** A string's value: the expression's result when it is one, the string itself otherwise. */
export function evaluateString(text: string, scope: ExpressionScope): unknown {
  if (!text.startsWith('[') || !text.endsWith(']')) return text
  if (text.startsWith('[[')) return text.slice(1)
  const parser = new Parser(text.slice(1, -1), scope)
  const value = parser.expression()
  parser.end()
  return value
}

type Fn = (args: unknown[], scope: ExpressionScope) => unknown

const isEmpty = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.keys(v as object).length === 0)

const FUNCTIONS: Readonly<Record<string, Fn>> = {
  parameters: ([name], scope) => scope.parameter(String(name)),
  field: ([name], scope) => scope.field(String(name)),
  if: ([condition, whenTrue, whenFalse]) => (bool(condition) ? whenTrue : whenFalse),
  not: ([value]) => !bool(value),
  and: (args) => args.every(bool),
  or: (args) => args.some(bool),
  empty: ([value]) => isEmpty(value),
  equals: ([a, b]) => JSON.stringify(a) === JSON.stringify(b),
  json: ([text]) => JSON.parse(String(text)) as unknown,
  concat: (args) =>
    args.every(Array.isArray) ? (args as unknown[][]).flat() : args.map((a) => (a === null ? '' : String(a))).join(''),
  contains: ([container, item]) =>
    Array.isArray(container) ? container.includes(item) : String(container).includes(String(item)),
  tolower: ([text]) => String(text).toLowerCase(),
  toupper: ([text]) => String(text).toUpperCase(),
  string: ([value]) => (typeof value === 'string' ? value : JSON.stringify(value)),
  true: () => true,
  false: () => false
}

function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  throw new TemplateExpressionError(
    `The template language expression expected a boolean, got '${JSON.stringify(value)}'.`
  )
}

/**
 * A recursive-descent parser that evaluates as it parses. Both branches of `if` are evaluated (ARM evaluates only
 * the chosen one; no branch of the Flux built-ins can fail).
 */
class Parser {
  private at = 0
  constructor(
    private readonly text: string,
    private readonly scope: ExpressionScope
  ) {}

  expression(): unknown {
    this.skipSpace()
    const c = this.text[this.at]
    if (c === "'") return this.accessors(this.stringLiteral())
    if (c !== undefined && /[-\d]/.test(c)) return this.number()
    const name = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.at))?.[0]
    if (!name) throw this.error('expected a function, a string or a number')
    this.at += name.length
    this.expect('(')
    const args: unknown[] = []
    this.skipSpace()
    if (this.text[this.at] !== ')') {
      for (;;) {
        args.push(this.expression())
        this.skipSpace()
        if (this.text[this.at] !== ',') break
        this.at++
      }
    }
    this.expect(')')
    const fn = FUNCTIONS[name.toLowerCase()]
    if (!fn)
      throw new TemplateExpressionError(
        `The template function '${name}' is not valid (or not simulated by the emulator).`
      )
    return this.accessors(fn(args, this.scope))
  }

  end(): void {
    this.skipSpace()
    if (this.at !== this.text.length) throw this.error('unexpected text after the expression')
  }

  /** `.property` and `[index]` after a value. */
  private accessors(value: unknown): unknown {
    let current = value
    for (;;) {
      this.skipSpace()
      const c = this.text[this.at]
      if (c === '.') {
        this.at++
        const key = /^\w+/.exec(this.text.slice(this.at))?.[0]
        if (!key) throw this.error('expected a property name')
        this.at += key.length
        current = propertyOf(current, key)
      } else if (c === '[') {
        this.at++
        const key = this.expression()
        this.expect(']')
        current = Array.isArray(current) ? current[Number(key)] : propertyOf(current, String(key))
      } else {
        return current
      }
    }
  }

  private stringLiteral(): string {
    let out = ''
    this.at++
    for (;;) {
      const c = this.text[this.at++]
      if (c === undefined) throw this.error('unterminated string')
      if (c === "'") {
        if (this.text[this.at] !== "'") return out
        this.at++
      }
      out += c
    }
  }

  private number(): number {
    const digits = /^-?\d+/.exec(this.text.slice(this.at))?.[0]
    if (!digits) throw this.error('expected a number')
    this.at += digits.length
    return Number(digits)
  }

  private expect(c: string): void {
    this.skipSpace()
    if (this.text[this.at] !== c) throw this.error(`expected '${c}'`)
    this.at++
  }

  private skipSpace(): void {
    while (this.text[this.at] === ' ') this.at++
  }

  private error(what: string): TemplateExpressionError {
    return new TemplateExpressionError(
      `The template language expression '${this.text}' is not valid at position ${this.at}: ${what}.`
    )
  }
}

function propertyOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object')
    throw new TemplateExpressionError(`The language expression property '${key}' can't be evaluated.`)
  const found = Object.entries(value).find(([k]) => k.toLowerCase() === key.toLowerCase())
  if (!found) throw new TemplateExpressionError(`The language expression property '${key}' doesn't exist.`)
  return found[1]
}
