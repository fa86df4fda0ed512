import type { AuditResult } from '../../src/audit/audit-result.js'
import type { Plan } from '../../src/plan/plan.js'
import { renderAuditSummary } from '../../src/render/drift/audit-summary.js'
import { renderAuditText } from '../../src/render/drift/audit-text.js'

function audited(requests: number, rows: number): AuditResult {
  return {
    repository: 'contoso/fleet',
    reports: [],
    health: [],
    counts: {
      'missing-extension': 0,
      'missing-configuration': 0,
      'changed-configuration': 0,
      'failed-configuration': 0,
      'changed-assignment': 0
    },
    expectations: [],
    currentKeys: [],
    plan: { changes: [], errors: [] } as unknown as Plan,
    timing: { graceSeconds: 7200, pendingSeconds: 7200 },
    queries: requests,
    firstSightings: new Map(),
    unconfirmedDrift: 0,
    stats: { requests, rows, quotaWaits: 0 }
  }
}

describe('the audit in a terminal', () => {
  it('counts requests and rows in words that agree with the number', () => {
    expect(renderAuditText(audited(1, 1))).toMatch(/^1 Resource Graph request, 1 row\.$/m)
    expect(renderAuditText(audited(3, 709))).toMatch(/^3 Resource Graph requests, 709 rows\.$/m)
  })
})

describe('an audit right after apply (issue #15)', () => {
  const justApplied: AuditResult = {
    ...audited(1, 2),
    health: [
      {
        key: 'payments/apps',
        team: 'payments',
        source: 'apps',
        clusters: 3,
        drifted: 0,
        settling: true,
        settlingClusters: 3
      }
    ]
  }

  it('says in the terminal which sources are still settling instead of a healthy 100 %', () => {
    const text = renderAuditText(justApplied)
    expect(text).not.toMatch(/100%/)
    expect(text).not.toMatch(/every cluster and assignment matches/)
    expect(text).toMatch(/^payments .* settling$/m)
    expect(text).toMatch(/^Still settling \(.*not counted yet\): payments\/apps\.$/m)
  })

  it('says so in the job summary', () => {
    const summary = renderAuditSummary(justApplied)
    expect(summary).not.toMatch(/100 %/)
    expect(summary).toMatch(/\| payments \| 1 \| 0 \| 0 \| 0 \| settling \|/)
    expect(summary).toMatch(/Still settling.*not counted yet: `payments\/apps`\./)
  })
})
