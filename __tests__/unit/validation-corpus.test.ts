/**
 * The validation corpus: every folder under __tests__/fixtures/invalid/ is a small policy repository that must be
 * rejected with exactly the problems its files announce, and every folder under __tests__/fixtures/valid/ one that
 * must pass.
 *
 * Expectations are written where the problem must be reported, as a YAML comment on that line:
 *     url: ftp://x   # expect: url-scheme
 *     name: -app     # expect: name-format, duplicate-source
 * A case may add `expect.txt`, for lines that cannot carry a comment (a missing file, a block scalar):
 *     flux-policy.yaml:1 platform-file-missing
 *     message-includes: Did you mean `branch`?      (some problem's message must contain this text)
 * and `secrets.txt`, the literal secret values the case uses, one a line: no message may repeat them.
 * A case without its own flux-policy.yaml gets invalid/_platform.yaml, unless it holds a `NO_PLATFORM` file.
 * Cases are read by the product's own reader (symbolic links, sizes, encodings are its business); a `READ_LIMITS`
 * file (JSON, like `{"maxFileBytes": 200}`) lowers its size limits for that case.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_READ_LIMITS, readPolicyRoot } from '../../src/files/read-policy-root.js'
import { RULE_IDS, type RuleId } from '../../src/config/rules.js'
import { validatePolicyFiles, type PolicyFileText } from '../../src/config/validate-files.js'

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures')
const INVALID = join(FIXTURES, 'invalid')
const VALID = join(FIXTURES, 'valid')
const DEFAULT_PLATFORM = join(INVALID, '_platform.yaml')
const EXPECT_COMMENT = /#\s*expect:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*$/

interface Case {
  name: string
  files: PolicyFileText[]
  /** `file:line rule` */
  expected: string[]
  messageIncludes: string[]
  secrets: string[]
}

function caseNames(root: string): string[] {
  return readdirSync(root)
    .filter((entry) => statSync(join(root, entry)).isDirectory())
    .sort()
}

function readLines(path: string): string[] {
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
    : []
}

async function loadCase(root: string, name: string): Promise<Case> {
  const dir = join(root, name)
  const limitsFile = join(dir, 'READ_LIMITS')
  const limits = existsSync(limitsFile)
    ? { ...DEFAULT_READ_LIMITS, ...JSON.parse(readFileSync(limitsFile, 'utf8')) }
    : DEFAULT_READ_LIMITS
  const files: PolicyFileText[] = await readPolicyRoot(dir, limits)
  const hasPlatform = files.some((f) => f.path === 'flux-policy.yaml' || f.path === 'flux-policy.yml')
  if (!hasPlatform && !existsSync(join(dir, 'NO_PLATFORM'))) {
    files.push({ path: 'flux-policy.yaml', text: readFileSync(DEFAULT_PLATFORM, 'utf8') })
  }
  // A file the reader refused comes back without text; its markers are read here (never through a link).
  const isPlainFile = (path: string) => existsSync(join(dir, path)) && lstatSync(join(dir, path)).isFile()
  const markerText = ({ path, text }: PolicyFileText) =>
    text || (isPlainFile(path) ? readFileSync(join(dir, path), 'utf8') : '')
  const expected = files.flatMap((file) =>
    markerText(file)
      .split(/\r\n?|\n/)
      .flatMap((line, index) => {
        const rules = EXPECT_COMMENT.exec(line)?.[1]
        return rules ? rules.split(',').map((rule) => `${file.path}:${index + 1} ${rule.trim()}`) : []
      })
  )
  const messageIncludes: string[] = []
  for (const line of readLines(join(dir, 'expect.txt'))) {
    const include = /^message-includes:\s*(.+)$/.exec(line)
    if (include) {
      messageIncludes.push(include[1]!)
      continue
    }
    const at = /^(\S+):(\d+)\s+([a-z-]+)$/.exec(line)
    if (!at) throw new Error(`${name}/expect.txt: cannot read \`${line}\``)
    expected.push(`${at[1]}:${at[2]} ${at[3]}`)
  }
  return { name, files, expected, messageIncludes, secrets: readLines(join(dir, 'secrets.txt')) }
}

const ruleOf = (expectation: string) => expectation.slice(expectation.lastIndexOf(' ') + 1)
const unique = (list: string[]) => [...new Set(list)].sort()

const invalidCases = await Promise.all(caseNames(INVALID).map((name) => loadCase(INVALID, name)))
const validCases = await Promise.all(caseNames(VALID).map((name) => loadCase(VALID, name)))

describe('invalid corpus', () => {
  it('has at least 45 cases', () => {
    expect(invalidCases.length).toBeGreaterThanOrEqual(45)
  })

  it('exercises every rule the validator knows', () => {
    const covered = new Set(invalidCases.flatMap((c) => c.expected.map(ruleOf)))
    expect(RULE_IDS.filter((rule) => !covered.has(rule))).toEqual([])
  })

  it('names only rules that exist, and every case expects something', () => {
    const known = new Set<string>(RULE_IDS)
    for (const c of invalidCases) {
      expect({ case: c.name, unknown: c.expected.map(ruleOf).filter((r) => !known.has(r)) }).toEqual({
        case: c.name,
        unknown: []
      })
      expect({ case: c.name, count: c.expected.length > 0 }).toEqual({ case: c.name, count: true })
    }
  })

  it.each(invalidCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = validatePolicyFiles(c.files)

    const actual = unique(result.problems.map((p) => `${p.file}:${p.line} ${p.rule}`))
    expect(actual).toEqual(unique(c.expected))
    expect(result.model).toBeUndefined()

    for (const problem of result.problems) {
      expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true)
      expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true)
      expect(problem.message.trim()).not.toBe('')
      expect(RULE_IDS).toContain<RuleId>(problem.rule)
    }
    const messages = result.problems.map((p) => p.message)
    for (const text of c.messageIncludes) {
      expect(messages.filter((m) => m.includes(text))).not.toEqual([])
    }
    for (const secret of c.secrets) {
      expect(messages.filter((m) => m.includes(secret))).toEqual([])
    }
  })

  it('states the secret values of every secret case, so the test can check no message repeats them', () => {
    const missing = invalidCases
      .filter((c) => c.name.startsWith('secret-') && c.secrets.length === 0)
      .map((c) => c.name)
    expect(missing).toEqual([])
    for (const c of invalidCases) {
      for (const secret of c.secrets) {
        expect({ case: c.name, secret, inFiles: c.files.some((f) => f.text.includes(secret)) }).toEqual({
          case: c.name,
          secret,
          inFiles: true
        })
      }
    }
  })
})

describe('valid corpus', () => {
  it('has cases', () => {
    expect(validCases.length).toBeGreaterThan(0)
  })

  it.each(validCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(c.expected).toEqual([])
    const result = validatePolicyFiles(c.files)
    expect(result.problems).toEqual([])
    expect(result.model).toBeDefined()
  })
})
