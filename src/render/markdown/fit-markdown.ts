/** GitHub's limit on the body of a comment or an issue, in characters. */
export const GITHUB_BODY_LIMIT = 65_536
/** A step's job summary takes at most 1 MiB; this leaves room for multi-byte characters. */
export const JOB_SUMMARY_LIMIT = 900_000

/**
 * `markdown` within `limit` characters: when it is longer, it is cut after the last whole line that fits and
 * `pointer` (one paragraph, saying where the rest is) follows. For Markdown without fenced blocks or `<details>`
 * (tables and lists stay well-formed when cut between lines; the blank line before the pointer ends a table).
 */
export function fitMarkdown(markdown: string, limit: number, pointer: string): string {
  if (markdown.length <= limit) return markdown
  const tail = `\n\n> ✂️ ${pointer}\n`
  const room = Math.max(0, limit - tail.length)
  const cut = markdown.lastIndexOf('\n', room)
  return `${markdown.slice(0, cut > 0 ? cut : room)}${tail}`
}
