import { renderRemediationOutcomes } from '../../src/render/remediation-markdown.js'

describe('remediation report', () => {
  it('names each failed cluster with its error, and tasks still running', () => {
    const text = renderRemediationOutcomes([
      {
        id: '/subscriptions/s/providers/microsoft.policyinsights/remediations/fp-a-1',
        state: 'Failed',
        total: 3,
        succeeded: 2,
        failed: 1,
        timedOut: false,
        failedClusters: [
          {
            resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/edge-7',
            status: 'Failed',
            error: 'The Flux extension | is not installed'
          }
        ]
      },
      {
        id: '/subscriptions/s/providers/microsoft.policyinsights/remediations/fp-b-1',
        state: 'Evaluating',
        total: 9,
        succeeded: 4,
        failed: 0,
        timedOut: true,
        failedClusters: []
      }
    ])
    expect(text).toContain('| `fp-a-1` | ✗ Failed | 2 | 1 | 3 |')
    expect(text).toContain('| `fp-b-1` | ⏳ still Evaluating | 4 | 0 | 9 |')
    expect(text).toContain(
      '| `edge-7` | `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/edge-7` | The Flux extension \\| is not installed |'
    )
  })

  it('says which tasks the next run starts again: refused while the roles apply granted took effect', () => {
    const refused = {
      id: '/subscriptions/s/providers/microsoft.policyinsights/remediations/fp-a-1',
      state: 'Failed',
      total: 1,
      succeeded: 0,
      failed: 1,
      timedOut: false,
      failedClusters: [{ resourceId: '/subscriptions/s/c', status: 'Failed', code: 'AuthorizationFailed' }]
    }
    expect(renderRemediationOutcomes([refused])).not.toContain('starts them again')
    expect(renderRemediationOutcomes([{ ...refused, retryNextRun: true }])).toContain(
      '1 task(s) had deployments refused with `AuthorizationFailed` while the roles this apply granted were still ' +
        "taking effect (up to 10 minutes) and the wait ended first: the next apply, or the nightly audit's " +
        'self-heal, starts them again.'
    )
  })

  it('says nothing when nothing was waited for', () => {
    expect(renderRemediationOutcomes([])).toBe('')
  })
})
