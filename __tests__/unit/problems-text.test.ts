import { renderProblemsText } from '../../src/render/problems.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'

const verdict = (text: string) => text.split('\n').at(-1)

describe('the text verdict of a validation', () => {
  it('says no policy files were found instead of "1 problem in 1 of 0 files"', () => {
    const { problems, files } = validatePolicyFiles([])
    expect(verdict(renderProblemsText(problems, files.length))).toBe('✗ 1 problem in 1 file (no policy files found)')
  })

  it('counts the files the problems name and the policy files found, which a refused file belongs to', () => {
    const platform = [
      'version: 1',
      'location: westeurope',
      'teams: { alpha: { scopes: [/subscriptions/11111111-1111-1111-1111-111111111111] } }'
    ].join('\n')
    const { problems, files } = validatePolicyFiles([
      { path: 'flux-policy.yaml', text: platform },
      { path: 'teams/alpha/app.YAML', text: '' }
    ])
    expect(problems.map((p) => p.rule)).toEqual(['file-extension'])
    expect(verdict(renderProblemsText(problems, files.length))).toBe('✗ 1 problem in 1 file (2 policy files found)')
  })
})
