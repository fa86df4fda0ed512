import { parseCliArgs, USAGE } from '../../../src/cli/parse-args.js'

describe('--remove-orphaned-configurations (the label flux-policy:remove-orphaned-configurations, for one CLI apply)', () => {
  it('opts apply in, and is off by default', () => {
    expect(parseCliArgs(['apply', '--remove-orphaned-configurations'])).toMatchObject({
      kind: 'apply',
      removeOrphans: true
    })
    expect(parseCliArgs(['apply'])).toMatchObject({ kind: 'apply', removeOrphans: false })
  })

  it('applies to apply only', () => {
    for (const command of ['plan', 'audit', 'validate'])
      expect(parseCliArgs([command, '--remove-orphaned-configurations'])).toMatchObject({
        kind: 'usage-error',
        message: expect.stringContaining('--remove-orphaned-configurations')
      })
  })

  it('is in the help', () => {
    expect(USAGE).toContain('--remove-orphaned-configurations')
  })
})
