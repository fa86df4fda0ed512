/**
 * A `dynamic(...)` literal of plain data; every string (keys included) a Kusto string literal, as `kqlString` writes
 * them.
 */
export function kqlDynamic(value: unknown): string {
  return `dynamic(${jsonText(value)})`
}

function jsonText(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return kqlString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map(jsonText).join(', ')}]`
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${kqlString(k)}: ${jsonText(v)}`)
    .join(', ')}}`
}

/** A Kusto string literal: single-quoted, with backslash escapes (values come from policy files). */
export function kqlString(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f]/g, (c) => {
    if (c === '\\') return '\\\\'
    if (c === "'") return "\\'"
    if (c === '\n') return '\\n'
    if (c === '\r') return '\\r'
    if (c === '\t') return '\\t'
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  return `'${escaped}'`
}
