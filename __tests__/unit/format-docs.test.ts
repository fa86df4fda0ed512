import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { renderFormatDocs } from '../../scripts/format-docs.js'

describe('docs/file-format.md', () => {
  it('is what the JSON Schemas say', () => {
    const rendered = renderFormatDocs()
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync('docs/file-format.md', rendered)
    expect(existsSync('docs/file-format.md')).toBe(true)
    expect(readFileSync('docs/file-format.md', 'utf8')).toBe(rendered)
  })
})
