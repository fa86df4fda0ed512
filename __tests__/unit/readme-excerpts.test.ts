import { readFileSync } from 'node:fs'
import {
  DEMO_PLAN_COMMENT_GOLDEN,
  planCommentExcerpt,
  readmeExcerpt,
  withExcerpt
} from '../../scripts/readme-excerpts.js'

// The demo (`npm run demo:quick`) fails when its plan comment differs from the golden; this test fails when the
// README's excerpt differs from the golden. Fix either with `npm run demo:quick && npm run readme:excerpts`.
describe("the README's plan-comment excerpt (issue #15)", () => {
  const readme = readFileSync('README.md', 'utf8')
  const golden = readFileSync(DEMO_PLAN_COMMENT_GOLDEN, 'utf8')

  it('is the excerpt of the comment the demo renders', () => {
    expect(readmeExcerpt(readme)).toBe(planCommentExcerpt(golden))
  })

  it('would notice an excerpt edited by hand', () => {
    const edited = withExcerpt(readme, planCommentExcerpt(golden).replace('to create', 'to update'))
    expect(readmeExcerpt(edited)).not.toBe(planCommentExcerpt(golden))
    expect(withExcerpt(edited, planCommentExcerpt(golden))).toBe(readme)
  })
})
