/**
 * A value from a file made safe to place in an ARM template as a literal. ARM evaluates every string (property
 * names too) that starts with `[` and ends with `]` as an expression; Microsoft Learn, "Template syntax and
 * expressions", Escape characters: "To have a literal string start with a left bracket [ and end with a right
 * bracket ], but not have it interpreted as an expression, add an extra bracket to start the string with [[."
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions#escape-characters
 */
export function armLiteral<T>(value: T): T {
  return escapeDeep(value) as T
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeString(value)
  if (Array.isArray(value)) return value.map(escapeDeep)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeString(k), escapeDeep(v)]))
  return value
}

const escapeString = (text: string): string => (text.startsWith('[') && text.endsWith(']') ? `[${text}` : text)
