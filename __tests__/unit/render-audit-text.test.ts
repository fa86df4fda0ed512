import type { AuditResult } from '../../src/audit/audit-result.js'
import type { Plan } from '../../src/plan/plan.js'
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
    plan: { changes: [] } as unknown as Plan,
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
