import { rules as secretlintRules } from '@secretlint/secretlint-rule-preset-recommend'

/**
 * Recognisers of values that must never be in a policy file. The maintained ones are secretlint's recommended
 * rules (GitHub, GitLab, Slack, AWS, GCP, npm, OpenAI, Anthropic, private keys, basic auth and database
 * connection strings in URLs, …), run synchronously on the text; a few of our own cover what they do not (Azure
 * secrets, a private key's header alone, base64-encoded keys, JWTs, `password: …` in comments). Each finding names
 * what it found, never the value. Every pattern here is linear: bounded quantifiers, one start per run.
 */
export interface SecretFinding {
  /** Offset in the text scanned, and length of what looks like a secret. */
  index: number
  length: number
  what: string
}

const OWN_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a private key', pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/g },
  {
    what: 'a base64-encoded private key',
    pattern:
      /LS0tLS1CRUdJTi[A-Za-z0-9+/]{0,12}(?:UFJJVkFURSBLRV|BSSVZBVEUgS0VZ|QUklWQVRFIEtFW|SU0EgUFJJVkFURS|UlNBIFBSSVZBVE|Q0VSVElGSUNBVEUt)/g
  },
  // Microsoft Entra client secrets: three characters, a digit, `Q~`, then 31 to 34 more (the format since 2022).
  { what: 'an Azure client secret', pattern: /(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g },
  { what: 'an Azure storage or DevOps key', pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g },
  { what: 'an Azure connection string key', pattern: /(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,100}={0,2}/g },
  { what: 'a shared access signature', pattern: /[?&]sig=[A-Za-z0-9%+/=]{20,512}/g },
  { what: 'a JSON Web Token', pattern: /(?<![\w-])eyJ[\w-]{8,2000}\.eyJ[\w-]{8,4000}\.[\w-]{8,2000}/g },
  {
    what: 'a GitHub token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{40,255})(?![A-Za-z0-9_])/g
  },
  {
    what: 'a password in a URL',
    pattern: /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]{1,256}:[^\s/@]{1,256}@/gi
  },
  // A secret written out after its name, as in a comment: `# password: hunter2`, `token=abc123…`.
  {
    what: 'a password or token',
    pattern: new RegExp(
      `(?<![\\w-])(?:password|passwd|pwd|token|api[-_]?key|client[-_]?secret|secret[-_]?key)["']?` +
        `[ \\t]{0,8}[:=][ \\t]{0,8}["']?(?![\\s"'#]|\\$\\{)[^\\s"']{6,200}`,
      'gi'
    )
  }
]

// The short name of each secretlint rule, to say what it found.
const SECRETLINT_WHAT: Record<string, string> = {
  aws: 'an AWS access key',
  gcp: 'a Google Cloud key',
  privatekey: 'a private key',
  npm: 'an npm token',
  basicauth: 'a password in a URL',
  slack: 'a Slack token',
  sendgrid: 'a SendGrid key',
  shopify: 'a Shopify token',
  github: 'a GitHub token',
  gitlab: 'a GitLab token',
  grafana: 'a Grafana token',
  openai: 'an OpenAI key',
  anthropic: 'an Anthropic key',
  'database-connection-string': 'a password in a connection string',
  'hashicorp-vault': 'a HashiCorp Vault token',
  '1password': 'a 1Password token'
}
const SECRETLINT_OPTIONS: Record<string, object> = { aws: { enableIDScanRule: true } }
// `filter-comments` honours `secretlint-disable` comments: a secret in a policy file is never allowed.
const SKIPPED_RULES = new Set(['filter-comments'])

interface SecretlintRule {
  meta: { id: string }
  create(context: object, options: object): { file?: (source: object) => unknown }
}

/** Every secret found in `text` (a whole file, or one decoded value), in order of where it starts. */
export function findSecrets(text: string): SecretFinding[] {
  const found: SecretFinding[] = []
  for (const rule of secretlintRules as unknown as SecretlintRule[]) {
    const name = rule.meta.id.replace('@secretlint/secretlint-rule-', '')
    if (SKIPPED_RULES.has(name)) continue
    const what = SECRETLINT_WHAT[name] ?? `a ${name} secret`
    // The context secretlint's core gives a rule; the rules report synchronously from `file`.
    const context = {
      sharedOptions: {},
      createTranslator: () => (messageId: string) => ({ message: messageId, messageId }),
      report: ({ range }: { range: [number, number] }) =>
        found.push({ index: range[0], length: range[1] - range[0], what }),
      ignore: () => {}
    }
    rule.create(context, SECRETLINT_OPTIONS[name] ?? {}).file?.({ content: text, contentType: 'text', ext: '.yaml' })
  }
  for (const { what, pattern } of OWN_PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, length: match[0].length, what })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** What kind of secret `value` looks like, or undefined when it looks harmless. */
export function secretKind(value: string): string | undefined {
  return findSecrets(value)[0]?.what
}

/** Keys whose values are secrets whatever they look like. */
const SECRET_KEYS =
  /^(password|passwd|token|pat|apikey|api-key|privatekey|private-key|sshkey|secretkeyvalue|clientsecret|client-secret|accesstoken)$/i

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.test(key)
}

/**
 * `text` with every word that holds something looking like a secret, or holds one of `known` (secrets found in the
 * files, as written and as decoded), replaced by a placeholder. Messages quote what users wrote (a scope, a key);
 * this keeps a secret pasted in the wrong place out of logs, annotations and comments.
 */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  const spans: Array<[number, number]> = findSecrets(text).map((f) => [f.index, f.index + f.length])
  for (const secret of known) {
    if (secret.length < 4) continue
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
      spans.push([at, at + secret.length])
    }
  }
  if (spans.length === 0) return text
  spans.sort((a, b) => a[0] - b[0])
  const boundary = /[\s`'"]/
  let result = ''
  let at = 0
  for (const [matchStart, matchEnd] of spans) {
    if (matchEnd <= at) continue
    // Widen to the whole word, never back past what is already replaced (linear however many matches).
    let start = Math.max(matchStart, at)
    let end = matchEnd
    while (start > at && !boundary.test(text[start - 1]!)) start--
    while (end < text.length && !boundary.test(text[end]!)) end++
    result += `${text.slice(at, start)}[secret hidden]`
    at = end
  }
  return result + text.slice(at)
}
