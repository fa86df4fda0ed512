/**
 * Text for a terminal or a workflow log, made safe: a value from a file (or from Azure) can hold a line break
 * (which would start a `::error` workflow command at column 0 in a workflow step), escape sequences (ANSI colours,
 * OSC titles and links, cursor moves) or bidi overrides that reorder what is read. Each becomes a visible escape
 * such as `\n`, `\x1b` or `\u202e`. Apply it to each line the tool prints, before adding its own colours.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

export function terminalText(value: string): string {
  return value.replace(UNSAFE, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)))
}

/** Each line of a multi-line text made safe, keeping the line breaks the tool itself put between them. */
export function terminalLines(lines: readonly string[]): string {
  return lines.map(terminalText).join('\n')
}

/**
 * JSON for stdout or a file: JSON.stringify escapes C0 controls but not DEL, C1 controls or bidi overrides; those
 * (only ever inside strings) become `\u` escapes, so the JSON is the same value and safe in a terminal.
 */
export function terminalJson(json: string): string {
  const unsafe = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g
  return json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}
