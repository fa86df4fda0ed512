import type { ApplyResult, AssignmentOutcome } from '../../src/apply/apply-result.js'
import { applyReporting } from '../../src/cli/cli-io.js'
import { applyOutcomeLine, renderApplyText, shownOutcome } from '../../src/render/apply-text.js'

const outcome = (name: string, action: AssignmentOutcome['action']): AssignmentOutcome => ({
  key: `payments/${name}`,
  name,
  scope: '/subscriptions/00000000-0000-0000-0000-000000000001',
  team: 'payments',
  source: name,
  action,
  status: 'succeeded',
  rolesGranted: []
})
const result: ApplyResult = {
  outcomes: [outcome('fp-apps', 'create'), outcome('fp-infra', 'update'), outcome('fp-same', 'no-op')],
  succeeded: true
}

/** What apply prints on each stream, the way plan-command's applyCommand does it. */
function printed(streams: { isTty: boolean; errIsTty?: boolean }): { out: string; err: string } {
  const reporting = applyReporting(streams)
  const err = reporting.progress ? result.outcomes.filter(shownOutcome).map(applyOutcomeLine) : []
  return { err: err.join('\n'), out: renderApplyText(result, { outcomes: reporting.listOutcomes }) }
}
const times = (text: string, word: string) => text.split(word).length - 1

describe('apply in a terminal prints each outcome once (issue #15)', () => {
  it('shows progress on the terminal and then only the verdict when both streams are that terminal', () => {
    const { out, err } = printed({ isTty: true, errIsTty: true })
    expect(times(out + err, 'fp-apps')).toBe(1)
    expect(times(out + err, 'fp-infra')).toBe(1)
    expect(out).toBe('Applied: 2 changes.')
  })

  it('keeps stdout complete when it is redirected, with progress on the terminal', () => {
    const { out, err } = printed({ isTty: false, errIsTty: true })
    expect(out).toContain('✓ create fp-apps at /subscriptions/')
    expect(out).toContain('✓ update fp-infra at')
    expect(out).toMatch(/Applied: 2 changes\.$/)
    expect(err).toContain('fp-apps')
  })

  it('prints no progress when stderr is not a terminal (CI logs merge both streams)', () => {
    const { out, err } = printed({ isTty: false, errIsTty: false })
    expect(err).toBe('')
    expect(times(out, 'fp-apps')).toBe(1)
  })
})
