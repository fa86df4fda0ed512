import { problemAt, type Position, type Problem } from '../problem.js'
import { findSecrets, isSecretKey } from '../secrets.js'
import type { SourceDocument } from '../yaml-document.js'

/** What a scan found: the problems, and the secrets themselves (as written and decoded), to keep out of messages. */
export interface SecretScan {
  problems: Problem[]
  secrets: string[]
}

const FIX =
  "Remove it from the file and from the repository's history, rotate it, and reference a Key Vault secret " +
  '(or a Kubernetes secret with `localSecret`) instead.'

/**
 * Scans the raw text (values and comments alike: a secret committed in a comment is leaked too), one problem per
 * line, at the column where the first secret on it starts.
 */
export function scanTextForSecrets(file: string, text: string): SecretScan {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const problems: Problem[] = []
  const secrets: string[] = []
  let lastLine = 0
  for (const finding of findSecrets(text)) {
    secrets.push(text.slice(finding.index, finding.index + finding.length))
    const at = positionOf(lineStarts, finding.index)
    if (at.line === lastLine) continue
    lastLine = at.line
    problems.push(problemAt(file, at, 'secret-in-file', `This line holds what looks like ${finding.what}. ${FIX}`))
  }
  return { problems, secrets }
}

/**
 * Scans every string of the parsed document, keys too, as YAML decodes them: escapes (`"\x67hp_…"`,
 * `"\u0067hp_…"`) hide a token from the raw text, not from this. Keys such as `password:` or `token:` hold a
 * secret whatever the value looks like. Lines the raw scan already reported are not reported twice.
 */
export function scanDocumentForSecrets(document: SourceDocument, reportedLines: ReadonlySet<number>): SecretScan {
  const problems: Problem[] = []
  const secrets: string[] = []
  for (const { path, value, isKey, source } of document.strings()) {
    // A value written as it reads was in the raw text the raw scan saw; only decoding can have hidden something.
    const found = source.includes(value) ? [] : findSecrets(value)
    const key = path[path.length - 1]
    const secretKey = !isKey && typeof key === 'string' && isSecretKey(key) && value.trim() !== ''
    if (found.length === 0 && !secretKey) continue
    secrets.push(value, source, ...found.map((f) => value.slice(f.index, f.index + f.length)))
    const at = isKey ? document.keyPositionOf(path) : document.positionOf(path)
    const lines = source.split('\n').length
    if (Array.from({ length: lines }, (_, i) => at.line + i).some((line) => reportedLines.has(line))) continue
    problems.push(
      problemAt(
        document.file,
        at,
        'secret-in-file',
        found.length > 0
          ? `This ${isKey ? 'key' : 'value'} holds what looks like ${found[0]!.what} (once YAML escapes are read). ${FIX}`
          : `\`${String(key)}\` holds a secret value. Remove it, rotate it, and keep it in Key Vault; ` +
              'files name the vault and the secret, never the value.'
      )
    )
  }
  return { problems, secrets }
}

function positionOf(lineStarts: readonly number[], offset: number): Position {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 }
}
