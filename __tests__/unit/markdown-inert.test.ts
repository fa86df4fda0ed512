// The inert Markdown helpers on their own: the backtick runs they emit can only pair as they mean them to.
import { htmlText, mdMessage, mdText } from '../../src/render/markdown/inert.js'
import { prose } from '../helpers/hostile-values.js'

describe('mdMessage', () => {
  it('keeps quoted values in code spans that cannot merge into a longer run of backticks', () => {
    // A value holding "``" right before a quoted part: an empty code span (``) next to the next span's fence (`)
    // would be a run of three, which nothing closes, and the value after it would be live text (a mention).
    for (const message of ['a ```@org/team` b', 'from `x ``` @org/team #1 `code` ``` y` to `z`', '````@user`']) {
      const markdown = mdMessage(message)
      expect(prose(markdown)).not.toMatch(/@[a-z]|#[0-9]/)
      expect(markdown).not.toMatch(/(?<![`\\])```/)
    }
  })

  it('still shows a message with balanced quotes as text and code', () => {
    expect(mdMessage('Unknown key `urll`; did you mean `url`?')).toBe('Unknown key `urll`; did you mean `url`?')
  })
})

describe('text that GitHub would link', () => {
  it.each([mdText, htmlText, mdMessage])('%p makes no autolink, reference or mention', (render) => {
    const out = render('see https://evil.example/x, HTTP://evil.example, www.evil.example, GH-12, #3 and @octocat')
    expect(out).not.toMatch(/https?:\/\/|www\.|GH-[0-9]|#[0-9]|@[a-z]/i)
    // It still reads the same: only zero-width spaces were added.
    expect(out.replace(/\u200b/g, '')).toContain('https://evil.example/x')
  })
})
