/** Recognisers of values that must never be in a policy file. Each names what it found, never the value. */
const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { what: 'a base64-encoded private key', pattern: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,12}(UFJJVkFURSBLRV|BSSVZBVEUgS0VZ|QUklWQVRFIEtFW|SU0EgUFJJVkFURS|UlNBIFBSSVZBVE|Q0VSVElGSUNBVEUt)/ },
  { what: 'a GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { what: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
  { what: 'an Azure DevOps or storage key', pattern: /\b[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/ },
  { what: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { what: 'an AWS secret access key', pattern: /(aws.?secret|secret.?access.?key)\W{0,4}[A-Za-z0-9/+]{40}\b/i },
  { what: 'a password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
  { what: 'a shared access signature', pattern: /[?&]sig=[A-Za-z0-9%+/=]{20,}/ }
]

/** Keys whose values are secrets whatever they look like. */
const SECRET_KEYS = /^(password|passwd|token|pat|apikey|api-key|privatekey|private-key|sshkey|secretkeyvalue|clientsecret|client-secret|accesstoken)$/i

/** What kind of secret `value` looks like, or undefined when it looks harmless. */
export function secretKind(value: string): string | undefined {
  return SECRET_PATTERNS.find(({ pattern }) => pattern.test(value))?.what
}

/** Where in `value` the first thing that looks like a secret starts (0-based), or -1. */
export function secretIndex(value: string): number {
  const starts = SECRET_PATTERNS.map(({ pattern }) => value.search(pattern)).filter((i) => i >= 0)
  return starts.length > 0 ? Math.min(...starts) : -1
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.test(key)
}

/**
 * `text` with every word that holds something looking like a secret replaced by a placeholder. Messages quote
 * what users wrote (a scope, a key); this keeps a secret pasted in the wrong place out of logs and annotations.
 */
export function redactSecrets(text: string): string {
  const spans: Array<[number, number]> = []
  for (const { pattern } of SECRET_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      let start = match.index
      let end = start + match[0].length
      while (start > 0 && !/[\s`'"]/.test(text[start - 1]!)) start--
      while (end < text.length && !/[\s`'"]/.test(text[end]!)) end++
      spans.push([start, end])
    }
  }
  if (spans.length === 0) return text
  spans.sort((a, b) => a[0] - b[0])
  let result = ''
  let at = 0
  for (const [start, end] of spans) {
    if (end <= at) continue
    result += `${text.slice(at, Math.max(start, at))}${start >= at ? '[secret hidden]' : ''}`
    at = end
  }
  return result + text.slice(at)
}
