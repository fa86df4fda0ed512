// Expectations and fleets for the audit's unit tests: plain data, built the way the product and the emulator build
// them.
import type { SourceExpectation } from '../../../src/audit/expectation.js'

export const SUB_1 = '11111111-1111-1111-1111-111111111111'
export const SUB_2 = '22222222-2222-2222-2222-222222222222'

export function expectation(
  overrides: Partial<SourceExpectation> & Pick<SourceExpectation, 'team' | 'source' | 'scope'>
): SourceExpectation {
  const scopeKind = overrides.scope.includes('managementGroups')
    ? 'managementGroup'
    : overrides.scope.includes('resourceGroups')
      ? 'resourceGroup'
      : 'subscription'
  return {
    key: `${overrides.team}/${overrides.source}`,
    file: `teams/${overrides.team}/apps.yaml`,
    line: 4,
    assignmentName: `${overrides.team}-${overrides.source}`,
    scopeKind,
    notScopes: [],
    configurationName: overrides.source,
    namespace: overrides.team,
    url: `https://github.com/contoso/${overrides.source}`,
    ref: { kind: 'branch', value: 'main' },
    kustomizationName: 'apps',
    kustomizationPath: './clusters/prod',
    ...overrides
  }
}

/** A subscription id for test batches: n → 00000000-0000-0000-0000-<n padded>. */
export const subscription = (n: number): string => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`
