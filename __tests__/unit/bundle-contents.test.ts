import { readFileSync } from 'node:fs'

// The bundle (npm run build) lists every package it holds in dist/licenses.txt.
const bundled = readFileSync('dist/licenses.txt', 'utf8')
  .split('\n')
  .flatMap((line) => /^(@?[^@\s]+)@\S+ — /.exec(line)?.[1] ?? [])
const BROWSER_OPENER = ['open', 'default-browser', 'is-wsl', 'run-applescript']

describe('the bundle', () => {
  it('holds the packages it needs (the listing is read right)', () => {
    expect(bundled).toEqual(expect.arrayContaining(['@azure/identity', '@azure/arm-policy', 'yaml']))
  })

  it('leaves out the browser opener of interactive sign-in, which the action and CLI never use', () => {
    expect(bundled.filter((name) => BROWSER_OPENER.includes(name))).toEqual([])
  })
})
