import { locatedSources } from '../../src/config/model.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'

import { readPolicyRoot } from '../helpers/policy-root.js'

describe('examples/', () => {
  const files = readPolicyRoot('examples')
  const result = validatePolicyFiles(files)

  it('validates with no problems', () => {
    expect(result.problems).toEqual([])
  })

  it('yields a model of three teams and seven sources', () => {
    expect(result.model).toBeDefined()
    expect(result.model!.teams).toHaveLength(3)
    expect(new Set(result.model!.teams.map((t) => t.content.team))).toEqual(new Set(['platform', 'payments', 'data']))
    expect(locatedSources(result.model!)).toHaveLength(7)
  })
})
