/**
 * Values from files (and texts from Azure) rendered inertly in GitHub Markdown: whatever a value holds, it stays
 * one line of text that cannot close or open a block, add HTML, a link, a mention, an issue reference or a hidden
 * comment (which could spoof the markers the tool finds its comments by). One function per context; every value
 * a file controls goes through one of them. Pure.
 */

/** Longest value shown inline; longer ones are cut with an ellipsis (the JSON outputs keep them whole). */
export const MAX_INLINE = 300
/** Longest line of a code block. */
export const MAX_BLOCK_LINE = 2000

// Line breaks and tabs become spaces; other controls and invisible characters that reorder or hide text (bidi
// overrides and isolates, zero-widths, soft hyphen, BOM, interlinear annotations) become U+FFFD, so they show.
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g
const HIDDEN = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e' +
    '\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb]',
  'g'
)
const ZWSP = '\u200b'

/** One visible line: no controls, no invisible characters, at most `max` characters (then `…`). */
export function oneLine(value: string, max = MAX_INLINE): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value
  return cut.replace(SPACE_LIKE, ' ').replace(HIDDEN, '\ufffd').replace(/ {2,}/g, ' ').trim()
}

// `@name`, `#123` (also `org/repo#123`) and `GH-123` are linked by GitHub in text, and so are bare URLs and
// `www.` names (GFM's autolinks): a zero-width space after the sign, in the scheme's `://` or after `www` keeps the
// text as it reads and makes it no mention, no reference and no link. (GitHub links none of them in code, and code
// is left as it is so that it can be copied.)
function noMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
    .replace(/(?<!&)#(?=[0-9])/g, `#${ZWSP}`)
    .replace(/\b(GH-)(?=[0-9])/gi, `$1${ZWSP}`)
    .replace(/:\/\/(?=[^\s,;)])/g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const htmlEscape = (text: string): string => text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!)

/**
 * Inline text in a sentence, list item or table cell: HTML escaped, Markdown punctuation backslash-escaped (so no
 * emphasis, code, link, image, strikethrough or table cell starts), no mentions or references. (`(` and `)`
 * need no escape: no link can start without `[`.)
 */
export function mdText(value: string, max = MAX_INLINE): string {
  return escapeText(oneLine(value, max))
}

function escapeText(line: string): string {
  const escaped = htmlEscape(line).replace(/[\\`*_[\]!|~]/g, '\\$&')
  // A value right after a list marker or at a cell's start must not start a list, heading or quote.
  return noMentions(escaped.replace(/^[-+=#>]/, '\\$&'))
}

/**
 * Inline code (table-safe): the fence is longer than any backtick run inside, `|` is escaped for GitHub's table
 * parser, and tags and `<!--` are broken so the raw body never holds a tag or a comment marker.
 */
export function mdCode(value: string, max = MAX_INLINE): string {
  return codeSpan(oneLine(value, max))
}

function codeSpan(line: string): string {
  const text = noMarkers(line).replace(/\|/g, '\\|')
  const fence = '`'.repeat(longestRun(text, '`') + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * Text inside raw HTML (a `<summary>`): HTML escaped, and Markdown punctuation written as character references, so
 * it reads the same whether GitHub parses the line as HTML or as Markdown; no mentions or references.
 */
export function htmlText(value: string, max = MAX_INLINE): string {
  const escaped = htmlEscape(oneLine(value, max)).replace(/[\\`*_{}[\]()!|~]/g, (c) => `&#${c.charCodeAt(0)};`)
  return noMentions(escaped)
}

/** One line of a fenced code block: it cannot start a new line, so it can never close the fence. */
export function blockLine(value: string, max = MAX_BLOCK_LINE): string {
  return noMarkers(oneLine(value, max))
}

/** The fence for a code block holding `lines`: longer than any backtick run in them (three at least). */
export function fenceFor(lines: readonly string[]): string {
  return '`'.repeat(Math.max(3, ...lines.map((l) => longestRun(l, '`') + 1)))
}

/** A fenced code block of `lines` (each made a single safe line). */
export function codeBlock(lines: readonly string[], info = ''): string[] {
  const body = lines.map((l) => blockLine(l))
  const fence = fenceFor(body)
  return [`${fence}${info}`, ...body, fence]
}

/**
 * A message the tool wrote with file values quoted in backticks: the quoted parts become code spans, the rest
 * text, each rendered inertly (a backtick in a value only shifts which parts are code). An empty quote (`` in a
 * value) is shown as escaped backticks, not as an empty span: its two backticks next to the next span's fence would
 * make a run of three that nothing closes, and the value after it would be live text.
 */
export function mdMessage(message: string, max = 2 * MAX_INLINE): string {
  const parts = oneLine(message, max).split('`')
  const balanced = parts.length % 2 === 1
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeText(part)
      if (part === '') return '\\`\\`'
      return balanced || i < parts.length - 1 ? codeSpan(part) : escapeText(`\`${part}`)
    })
    .join('')
}

// GitHub's user and team handles: `@user` or `@org/team`.
const HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/

/**
 * An owner from CODEOWNERS: a live mention only when it is a handle (`@user`, `@org/team`); anything else (an
 * email, or text that is no handle) is shown as inert text.
 */
export function ownerMention(owner: string): string {
  return HANDLE.test(owner) ? owner : mdText(owner)
}

/**
 * A URL as a link target (Markdown or an HTML attribute): characters that could end the target or the attribute,
 * and `@` or `#` before a digit (no mention or reference in the raw text), are percent-encoded.
 */
export function linkTarget(url: string): string {
  const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  return oneLine(url, 2000).replace(/[\s()<>"'`\\[\]@\ufffd]|#(?=[0-9])/g, percent)
}

/** A label inside a Mermaid string: letters, digits and a few separators only. */
export function mermaidLabel(value: string): string {
  return oneLine(value, 40).replace(/[^A-Za-z0-9 ._/-]/g, '?')
}

// Code shows `<` as is; a zero-width space after it keeps any tag (`</details>`) or comment (`<!--`, which could
// spoof a marker in the raw body) out of the raw text, even if a code span were ever cut open.
function noMarkers(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, `<${ZWSP}`).replace(/-->/g, `--${ZWSP}>`)
}

function longestRun(text: string, char: string): number {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === char ? run + 1 : 0
    if (run > longest) longest = run
  }
  return longest
}
