// What the steps say when something read back from GitHub is not trusted: which issue is not followed, which label
// is not honoured and why, so a person can put it right.
import { describe, expect, it } from '@jest/globals'
import { ignoredLabelWarnings } from '../../../src/action/apply-step.js'
import { notFollowedWarnings } from '../../../src/action/audit-step.js'

describe('warnings about state read back from GitHub', () => {
  it("name the tool's orphan issues that are not followed, and why", () => {
    const texts = notFollowedWarnings([12], [14, '0123456789abcdef0123']).map((m) => [m.level, m.text])
    expect(texts).toEqual([
      ['warning', expect.stringMatching(/^Orphaned-configurations issue #12 .*not in the shape the tool writes/)],
      ['warning', expect.stringMatching(/^Orphaned-configurations issue #14 records an old scope outside every scope/)],
      ['warning', expect.stringMatching(/^Orphaned-configurations issue 0123456789abcdef0123 records/)]
    ])
  })

  it('name each override label not honoured, who added it, or why it could not be checked', () => {
    const pr = {
      number: 3,
      labels: [],
      ignoredLabels: [
        { label: 'flux-policy:allow-deletes', actor: 'tim-triage' },
        { label: 'flux-policy:remove-orphaned-configurations', error: 'Server Error' }
      ]
    }
    expect(ignoredLabelWarnings(pr).map((m) => m.text)).toEqual([
      expect.stringMatching(
        /'flux-policy:allow-deletes' on pull request #3 .* tim-triage, who added it, may not write/
      ),
      expect.stringMatching(/'flux-policy:remove-orphaned-configurations' .* could not be checked \(Server Error\)/)
    ])
    expect(ignoredLabelWarnings({ number: 3, labels: [] })).toEqual([])
    expect(ignoredLabelWarnings(undefined)).toEqual([])
  })
})
