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

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.test(key)
}
