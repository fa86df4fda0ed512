import { BUILTIN_DEFINITIONS } from '../../src/desired/catalog.js'
import { realDefinitions } from '../helpers/policy-root.js'

describe('the catalog against the real built-in definitions', () => {
  const real = realDefinitions()

  it('knows exactly the eight Flux v2 definitions', () => {
    expect(real).toHaveLength(8)
    expect(BUILTIN_DEFINITIONS.map((d) => d.name).sort()).toEqual(real.map((d) => d.name).sort())
  })

  it.each(real.map((d) => [d.properties.displayName, d] as const))(
    '%s: same parameters, types, defaults, allowed values',
    (_, definition) => {
      const ours = BUILTIN_DEFINITIONS.find((d) => d.name === definition.name)!
      expect(ours.displayName).toBe(definition.properties.displayName)
      expect(ours.version).toBe(definition.properties.version)
      expect(ours.roleDefinitionIds).toEqual(definition.properties.policyRule.then.details.roleDefinitionIds)
      expect(Object.keys(ours.parameters)).toEqual(Object.keys(definition.properties.parameters))
      for (const [name, spec] of Object.entries(definition.properties.parameters)) {
        const mine = ours.parameters[name]!
        expect({
          name,
          type: mine.type.toLowerCase(),
          defaultValue: mine.defaultValue,
          allowedValues: mine.allowedValues
        }).toEqual({
          name,
          type: spec.type.toLowerCase(),
          defaultValue: spec.defaultValue,
          allowedValues: spec.allowedValues
        })
      }
    }
  )
})
