// Keeps the README's excerpt of the plan comment equal to what the demo renders. The demo's plan comment is kept
// as a golden (__tests__/fixtures/golden/demo-plan-comment.md): `npm run demo:quick` fails when its comment differs
// from it, and __tests__/unit/readme-excerpts.test.ts fails when the README's excerpt differs from the golden.
// `npm run readme:excerpts` copies demo-output/plan-comment.md (after a demo run) to the golden and rewrites the
// README between `<!-- excerpt:plan-comment -->` and `<!-- /excerpt -->`.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const DEMO_PLAN_COMMENT_GOLDEN = '__tests__/fixtures/golden/demo-plan-comment.md'
const START = '<!-- excerpt:plan-comment -->'
const END = '<!-- /excerpt -->'

/**
 * The excerpt of a plan comment: its heading, verdict and team table, then the first change; quoted, with a line
 * saying more follows.
 */
export function planCommentExcerpt(comment: string): string {
  const lines = comment.replace(/\r\n/g, '\n').split('\n')
  const start = lines.indexOf('## flux-policy plan')
  const firstDetailsEnd = lines.indexOf('</details>', start)
  if (start < 0 || firstDetailsEnd < 0) throw new Error('the plan comment has no heading or no change to excerpt')
  const kept = [...lines.slice(start, firstDetailsEnd + 1), '', '…']
  return kept.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')
}

/** The README's excerpt between the markers, or undefined when the markers are missing. */
export function readmeExcerpt(readme: string): string | undefined {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END, start)
  if (start < 0 || end < 0) return undefined
  return readme.slice(start + START.length, end).trim()
}

/** The README with its excerpt replaced. */
export function withExcerpt(readme: string, excerpt: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END, start)
  if (start < 0 || end < 0) throw new Error(`README.md has no ${START} … ${END} markers`)
  return `${readme.slice(0, start + START.length)}\n\n${excerpt}\n\n${readme.slice(end)}`
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rendered = resolve(process.env.DEMO_OUTPUT ?? 'demo-output', 'plan-comment.md')
  if (existsSync(rendered)) copyFileSync(rendered, DEMO_PLAN_COMMENT_GOLDEN)
  const excerpt = planCommentExcerpt(readFileSync(DEMO_PLAN_COMMENT_GOLDEN, 'utf8'))
  writeFileSync('README.md', withExcerpt(readFileSync('README.md', 'utf8'), excerpt))
  process.stdout.write(
    `README.md excerpt rewritten from ${existsSync(rendered) ? rendered : DEMO_PLAN_COMMENT_GOLDEN}\n`
  )
}
