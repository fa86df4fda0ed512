import { problemAt, type Problem } from '../problem.js'
import { describePath } from '../schema-check.js'
import type { SourceDocument } from '../yaml-document.js'

// C0 controls and DEL, C1 controls, the Unicode line and paragraph separators, and the invisible bidirectional marks
// and overrides that make text read other than it is ("Trojan Source", CVE-2021-42574). Every value ends up in an
// assignment, a log line or a pull-request comment, where none of them belongs.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
/** Free text and base64 blocks, which may be written as block scalars over several lines. */
const MULTILINE_FIELDS = new Set(['description', 'knownHosts', 'caCert'])

export interface ControlCharacterCheck {
  problems: Problem[]
  /** JSON pointers of the values reported, so later rules treat them like values the schema rejected. */
  pointers: string[]
}

/** Reports every string value holding a control character; values the schema already rejected are left alone. */
export function checkControlCharacters(
  document: SourceDocument,
  failedPointers: readonly string[]
): ControlCharacterCheck {
  const failed = new Set(failedPointers)
  const problems: Problem[] = []
  const pointers: string[] = []
  for (const { path, value } of document.strings()) {
    const pointer = path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
    if (failed.has(pointer)) continue
    const checked = MULTILINE_FIELDS.has(String(path.at(-1))) ? value.replace(/[\n\t]/g, '') : value
    const found = CONTROL.exec(checked)?.[0]
    if (found === undefined) continue
    const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    const named: Record<string, string> = { '\n': 'a line break', '\t': 'a tab' }
    const what = named[found] ? `${named[found]} (${code})` : `the invisible character ${code}`
    const message = `${describePath(path)} contains ${what}; remove it (ids, names, URLs and refs are one line).`
    problems.push(problemAt(document.file, document.positionOf(path), 'control-character', message))
    pointers.push(pointer)
  }
  return { problems, pointers }
}
