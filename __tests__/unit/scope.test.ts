import { contains, hierarchyFrom, overlaps, parseScope } from '../../src/config/scope.js'

const SUB1 = '/subscriptions/11111111-1111-1111-1111-111111111111'
const SUB2 = '/subscriptions/22222222-2222-2222-2222-222222222222'
const MG = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`

describe('parseScope', () => {
  it('recognises the three scope kinds and canonicalises segment casing', () => {
    expect(parseScope(MG('contoso-prod'))?.kind).toBe('managementGroup')
    expect(parseScope(SUB1.toUpperCase().replace('SUBSCRIPTIONS', 'subscriptions'))).toMatchObject({
      kind: 'subscription',
      id: SUB1
    })
    expect(parseScope(`${SUB1}/resourcegroups/rg-a`)).toMatchObject({
      kind: 'resourceGroup',
      id: `${SUB1}/resourceGroups/rg-a`
    })
  })
  it('rejects ids that are not scopes', () => {
    for (const bad of [
      '/subscriptions/nope',
      `${SUB1}/`,
      `${SUB1}/resourceGroups/rg.`,
      'subscriptions/x',
      `${SUB1}/resourceGroups/a/providers/X/y/z`
    ]) {
      expect(parseScope(bad)).toBeUndefined()
    }
  })
})

describe('contains', () => {
  const hierarchy = hierarchyFrom({ root: [MG('prod')], prod: [SUB1], other: [SUB2] })
  it('follows the subscription and resource-group prefix', () => {
    expect(contains(SUB1, `${SUB1}/resourceGroups/x`, hierarchy)).toBe('inside')
    expect(contains(`${SUB1}/resourceGroups/x`, SUB1, hierarchy)).toBe('outside')
  })
  it('walks the declared management-group tree upwards', () => {
    expect(contains(MG('root'), `${SUB1}/resourceGroups/x`, hierarchy)).toBe('inside')
    expect(contains(MG('prod'), SUB2, hierarchy)).toBe('outside')
    expect(contains(MG('prod'), '/subscriptions/33333333-3333-3333-3333-333333333333', hierarchy)).toBe('unknown')
  })
  it('sees overlap unless the inner scope is excluded', () => {
    expect(overlaps({ scope: SUB1 }, { scope: `${SUB1}/resourceGroups/x` }, hierarchy)).toBe(true)
    expect(
      overlaps({ scope: SUB1, exclude: [`${SUB1}/resourceGroups/x`] }, { scope: `${SUB1}/resourceGroups/x` }, hierarchy)
    ).toBe(false)
    expect(overlaps({ scope: SUB1 }, { scope: SUB2 }, hierarchy)).toBe(false)
  })
})
