import { modeForEvent } from '../../../src/action/inputs.js'
import { parseCliArgs } from '../../../src/cli/parse-args.js'

describe('asking for an audit', () => {
  it('is what auto mode does on schedule and workflow_dispatch', () => {
    expect(
      ['schedule', 'workflow_dispatch', 'push', 'pull_request', 'issues'].map((e) => modeForEvent('auto', e))
    ).toEqual(['audit', 'audit', 'apply', 'plan', 'validate'])
    expect(modeForEvent('audit', 'push')).toBe('audit')
  })

  it('from the CLI, with a grace period and the plan formats', () => {
    expect(parseCliArgs(['audit', '--format', 'json', '--grace-period', '1h30m', '--repository', 'o/r'])).toMatchObject(
      { kind: 'audit', format: 'json', graceSeconds: 5400, repository: 'o/r' }
    )
    expect(parseCliArgs(['audit'])).toMatchObject({ kind: 'audit', format: 'text' })
    expect(parseCliArgs(['audit']).kind === 'audit' && 'graceSeconds' in parseCliArgs(['audit'])).toBe(false)
  })

  it('self-heals unless told --no-self-heal, which only the audit takes', () => {
    expect(parseCliArgs(['audit'])).toMatchObject({ kind: 'audit', selfHeal: true })
    expect(parseCliArgs(['audit', '--no-self-heal'])).toMatchObject({ kind: 'audit', selfHeal: false })
    expect(parseCliArgs(['apply', '--no-self-heal'])).toMatchObject({
      kind: 'usage-error',
      message: '--no-self-heal applies to audit, not apply.'
    })
  })

  it('refuses what does not apply to it, with a usage error', () => {
    expect(parseCliArgs(['audit', '--grace-period', 'two hours'])).toMatchObject({
      kind: 'usage-error',
      message: expect.stringContaining('--grace-period must be a duration')
    })
    expect(parseCliArgs(['audit', '--yes'])).toMatchObject({
      kind: 'usage-error',
      message: '--yes does not apply to audit.'
    })
    expect(parseCliArgs(['plan', '--grace-period', '2h'])).toMatchObject({
      kind: 'usage-error',
      message: '--grace-period applies to audit, not plan.'
    })
    expect(parseCliArgs(['validate', '--grace-period', '2h'])).toMatchObject({
      kind: 'usage-error',
      message: '--grace-period applies to audit, not validate.'
    })
    expect(parseCliArgs(['audit', '--format', 'github'])).toMatchObject({ kind: 'usage-error' })
  })
})
