import { scopesToRead } from '../../src/plan/scopes-to-read.js'

const SUB = '/subscriptions/11111111-1111-1111-1111-111111111111'
const MG = '/providers/Microsoft.Management/managementGroups/contoso-prod'

describe('scopesToRead', () => {
  it('reads subscriptions and groups with their children, management groups exactly, each once', () => {
    expect(
      scopesToRead(
        [`${SUB}/resourceGroups/rg-a`, MG, `${SUB}/resourcegroups/rg-a`],
        [SUB.toUpperCase().replace('/SUBSCRIPTIONS', '/subscriptions')]
      )
    ).toEqual([
      { scope: MG, withChildren: false },
      { scope: SUB, withChildren: true }
    ])
  })

  it('adds the subscriptions declared under management groups, so removed sources there are found', () => {
    expect(scopesToRead([MG], [MG], [SUB])).toEqual([
      { scope: MG, withChildren: false },
      { scope: SUB, withChildren: true }
    ])
  })

  it('keeps resource groups of different subscriptions apart', () => {
    const other = '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-a'
    expect(scopesToRead([`${SUB}/resourceGroups/rg-a`, other], [])).toHaveLength(2)
  })
})
