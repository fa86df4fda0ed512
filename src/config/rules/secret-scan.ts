import { problemAt, type Problem } from '../problem.js'
import { isSecretKey, secretIndex, secretKind } from '../secrets.js'
import type { SourceDocument } from '../yaml-document.js'

/** Scans every line of a file (values and comments alike): a secret committed in a comment is leaked too. */
export function scanTextForSecrets(file: string, text: string): Problem[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const kind = secretKind(line)
    if (!kind) return []
    const column = secretIndex(line) + 1
    return [problemAt(file, { line: index + 1, column }, 'secret-in-file', `This line holds what looks like ${kind}. Remove it from the file and from the repository's history, rotate it, and reference a Key Vault secret (or a Kubernetes secret with \`localSecret\`) instead.`)]
  })
}

/** Keys such as `password:` or `token:` hold a secret whatever the value looks like. */
export function scanKeysForSecrets(document: SourceDocument): Problem[] {
  return document.strings().flatMap(({ path, value }) => {
    const key = path[path.length - 1]
    if (typeof key !== 'string' || !isSecretKey(key) || value.trim() === '' || secretKind(value)) return []
    return [problemAt(document.file, document.positionOf(path), 'secret-in-file', `\`${key}\` holds a secret value. Remove it, rotate it, and keep it in Key Vault; files name the vault and the secret, never the value.`)]
  })
}
