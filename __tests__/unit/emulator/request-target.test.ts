import { parseRequestTarget } from '../../../emulator/http/request-target.js'
import { splitProviderPath } from '../../../emulator/arm/arm-router.js'

describe('reading request targets', () => {
  it('collapses repeated slashes instead of reading //subscriptions/x as a host', () => {
    const target = parseRequestTarget(
      '//subscriptions/x//resourceGroups/rg/providers/Microsoft.Authorization/policyAssignments/a?api-version=2025-03-01'
    )
    expect(target.path).toBe('/subscriptions/x/resourceGroups/rg/providers/Microsoft.Authorization/policyAssignments/a')
    expect(target.query.get('api-version')).toBe('2025-03-01')
  })

  it('decodes percent-encoded query names and values, and path segments', () => {
    const target = parseRequestTarget('/p/a%20b?%24filter=policyDefinitionId%20eq%20%27%2Fproviders%2Fx%27&%24top=500')
    expect(target.segments).toEqual(['p', 'a b'])
    expect(target.query.get('$filter')).toBe("policyDefinitionId eq '/providers/x'")
    expect(target.query.get('$top')).toBe('500')
  })

  it('splits a provider path at its last providers segment', () => {
    const resource = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/c'
    expect(
      splitProviderPath(
        parseRequestTarget(`${resource}/providers/Microsoft.Authorization/policyAssignments/a`).segments
      )
    ).toEqual({ scope: resource, resourceType: 'microsoft.authorization/policyassignments', name: 'a' })
    expect(
      splitProviderPath(parseRequestTarget('/providers/Microsoft.Authorization/policyDefinitions/g').segments)
    ).toEqual({ scope: '', resourceType: 'microsoft.authorization/policydefinitions', name: 'g' })
    expect(
      splitProviderPath(
        parseRequestTarget('/subscriptions/s/providers/Microsoft.PolicyInsights/remediations/r/cancel').segments
      )
    ).toEqual({
      scope: '/subscriptions/s',
      resourceType: 'microsoft.policyinsights/remediations',
      name: 'r',
      action: 'cancel'
    })
  })
})
