// Hostile values (from files, or from Azure) and the check that a Markdown output rendered them inertly: shared by
// the tests that put every renderer through them.

/** One value holding everything that could break out: Markdown, HTML, mentions, references, markers, escapes. */
export const HOSTILE = [
  'x\n```\n</details>\n\n<!-- flux-policy:plan -->\n<!-- flux-policy:drift-state {"contentHash":"x","clusterSetHash":"y"} -->',
  'https://evil.example/x www.evil.example GH-3',
  '</details>',
  '<!--',
  '@org/team',
  '@user',
  '<script>alert(1)</script>',
  '| pipe |',
  '[link](javascript:alert(1))',
  '#1',
  'org/repo#2',
  '\u202Eexe.txt',
  '`code` ``` ~~~',
  '\x1b]0;title\x07\x1b[31mred',
  '\n::error::spoofed',
  '*bold* _em_'
].join(' ')
export const LONG = `${'long-value '.repeat(20_000)}@org/team`

/** A secret as Flux's protected settings hold them (Base64). */
export const PROTECTED_KEY = 'Z2hwX0FCQ0RFRmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=='
/** A personal access token, as a source URL may carry it. */
export const SOURCE_PAT = 'ghp_0123456789abcdefABCDEF0123456789abcd'
/** An ARM error message that echoes the request (a protected setting), a source URL with its token, and HOSTILE. */
export const ARM_ERROR_ECHOING_SECRETS =
  `The request {"configurationProtectedSettings": {"httpsKey": "${PROTECTED_KEY}"}} is invalid for ` +
  `https://flux-bot:${SOURCE_PAT}@github.com/contoso/payments-gitops: ${HOSTILE}`
/**
 * The emulator's fault for it: every PATCH of a Flux configuration fails with a 400-like ARM error (a 429 without
 * Retry-After: the SDK does not retry it) whose message is ARM_ERROR_ECHOING_SECRETS.
 */
export const FLUX_UPDATES_FAIL_ECHOING_SECRETS = {
  route: 'fluxConfigurations.update',
  fault: { kind: 'throttle', code: 'InvalidRequestContent', message: ARM_ERROR_ECHOING_SECRETS }
} as const

/** The structure a Markdown output must keep, whatever the values held. */
export function expectInert(
  markdown: string,
  expected: { markers: string[]; details: number; codeBlocks: number; mentions?: string[] }
): void {
  const lines = markdown.split('\n')
  // Hidden comments: only the tool's markers, each on a line of its own.
  expect(markdown.split('<!--').length - 1).toBe(expected.markers.length)
  for (const marker of expected.markers) expect(lines).toContain(marker)
  expect(lines.filter((l) => l.includes('<details>')).length).toBe(expected.details)
  expect(markdown.split('</details>').length - 1).toBe(expected.details)
  // Fences: every block the renderer opened is closed by its own fence, and none other starts.
  let open: string | undefined
  let blocks = 0
  for (const line of lines) {
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (open === undefined && fence) {
      open = fence
      blocks++
    } else if (open && line.trim() === open) open = undefined
  }
  expect(open).toBeUndefined()
  expect(blocks).toBe(expected.codeBlocks)
  // Mentions and references only where the renderer means them (GitHub links neither in code).
  const mentions = [...prose(markdown).matchAll(/@[A-Za-z0-9][A-Za-z0-9/_-]*/g)].map((m) => m[0])
  expect(mentions).toEqual(expected.mentions ?? [])
  expect(prose(markdown)).not.toMatch(/(?<!&)#[0-9]/)
  // No autolinks (GitHub links bare URLs, `www.` and `GH-123` references in text).
  expect(prose(markdown)).not.toMatch(/https?:\/\/|www\.|GH-[0-9]/i)
  expect(markdown).not.toMatch(/<script|[\u202e\u0000-\u0009\u000b-\u001f]/)
  // Outside code, no link, emphasis or HTML from a value.
  expect(
    prose(markdown).match(/(?<!\\)\]\(javascript|[^\\]\*bold|[^\\]_em|<\/details>.*pipe|&lt;script(?!&gt;)/)?.[0]
  ).toBeUndefined()
  // Values never start a line of their own.
  expect(lines.filter((l) => /^(::|\s*<\/details>.|<!--.*pipe|x ```)/.test(l))).toEqual([])
  expect(markdown.length).toBeLessThan(200_000)
}

/** The Markdown without code blocks, code spans (CommonMark pairs backtick runs of equal length) and link targets. */
export function prose(markdown: string): string {
  const outsideBlocks = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '')
  // Link targets (percent-encoded, never text): Markdown's, and the tool's own `<a href="…">`.
  return withoutCodeSpans(outsideBlocks)
    .replace(/\]\([^()\s]*\)/g, ']()')
    .replace(/ href="[^"\s]*"/g, ' href=""')
}

/**
 * Text outside code spans, as CommonMark pairs them: left to right, a backslash escapes the next character (an
 * escaped backtick opens nothing), and a run of backticks opens a span that the next run of the same length closes
 * (no escapes inside); a run that nothing closes is literal text.
 */
function withoutCodeSpans(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2)
      i += 2
      continue
    }
    if (text[i] !== '`') {
      out += text[i]
      i++
      continue
    }
    let end = i
    while (text[end] === '`') end++
    const run = end - i
    const closer = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g')
    closer.lastIndex = end
    const close = closer.exec(text)
    if (close) i = close.index + run
    else {
      out += text.slice(i, end)
      i = end
    }
  }
  return out
}
