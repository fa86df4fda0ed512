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

  it('says nothing when nothing was waited for', () => {
    expect(renderRemediationOutcomes([])).toBe('')
  })
})
