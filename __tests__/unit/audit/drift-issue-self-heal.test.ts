import type { CompletedRemediation } from '../../../src/audit/audit-result.js'
import type { DriftReport } from '../../../src/audit/drift-report.js'
import { mdCode } from '../../../src/render/markdown/inert.js'
import {
  completedRemediationsMarkdown,
  completedRemediationsText
} from '../../../src/render/drift/completed-remediations.js'
import { renderDriftIssue } from '../../../src/render/drift/drift-issue.js'
import { expectation, SUB_1 } from './audit-fixtures.js'

const SCOPE = `/subscriptions/${SUB_1}/resourceGroups/rg-apps`
const APPS = expectation({ team: 'payments', source: 'apps', scope: SCOPE })
const clusterId = (name: string) => `${SCOPE}/providers/Microsoft.ContainerService/managedClusters/${name}`
const report: DriftReport = {
  key: 'payments/apps',
  team: 'payments',
  source: 'apps',
  expectation: APPS,
  file: APPS.file,
  line: 4,
  clusters: ['aks-1', 'aks-2'].map((name) => ({
    clusterId: clusterId(name).toLowerCase(),
    id: clusterId(name),
    name,
    subscriptionId: SUB_1,
    resourceGroup: 'rg-apps',
    clusterKind: 'AKS',
    kind: 'missing-configuration' as const,
    detail: "no Flux configuration 'apps'"
  })),
  assignments: []
}
const started: CompletedRemediation = {
  key: `${SCOPE}|fp-payments-apps`,
  name: 'fp-payments-apps',
  scope: SCOPE,
  path: 're-evaluate',
  remediationId: `${SCOPE}/providers/Microsoft.PolicyInsights/remediations/fp-payments-apps-audit-202601020317`,
  reportKey: 'payments/apps',
  startedAt: '2026-01-02T03:17:42Z',
  driftedClusters: 2
}
const context = { now: '2026-01-02T03:17:00Z', owners: [] }

describe('the drift issue says which remediations the audit’s self-heal started for its source', () => {
  it('names each, when it started and how many non-compliant clusters it is to reach', () => {
    const { body } = renderDriftIssue(report, undefined, { ...context, remediations: [started] })
    expect(body).toContain('#### Self-heal')
    expect(body).toContain(
      '- Remediation `fp-payments-apps-audit-202601020317` started at 2026-01-02 03:17 UTC for 2 non-compliant ' +
        'clusters (re-evaluate, then remediate); the next audit shows what it reached.'
    )
  })

  it('says when one waits for Azure’s evaluation (management group) instead', () => {
    const pending: CompletedRemediation = {
      ...started,
      scope: '/providers/Microsoft.Management/managementGroups/contoso',
      path: 'pending-evaluation',
      remediationId: undefined,
      startedAt: undefined
    }
    const { body } = renderDriftIssue(report, undefined, { ...context, remediations: [pending] })
    expect(body).toContain(
      '- The remediation of `fp-payments-apps` is pending: Azure has not evaluated the assignment at ' +
        '`/providers/Microsoft.Management/managementGroups/contoso` yet; the next audit (or apply) starts it.'
    )
  })

  it('says when one could not start for lack of a permission, naming the action and the scope', () => {
    const error =
      '403 AuthorizationFailed: may not perform Microsoft.PolicyInsights/remediations/write over ' +
      `${SCOPE}/providers/Microsoft.PolicyInsights/remediations/fp-payments-apps-audit-202601020317`
    const refused: CompletedRemediation = { ...started, remediationId: undefined, startedAt: undefined, error }
    const { body } = renderDriftIssue(report, undefined, { ...context, remediations: [refused] })
    expect(body).toContain(
      `- The remediation of \`fp-payments-apps\` at \`${SCOPE}\` was not started, a permission problem (grant the ` +
        'audit identity Resource Policy Contributor there, or turn self-heal off): 403 AuthorizationFailed: may not ' +
        'perform Microsoft.PolicyInsights/remediations/write over'
    )
    expect(completedRemediationsText([refused]).join('\n')).toContain(`not started, a permission problem`)
    expect(completedRemediationsMarkdown([refused]).join('\n')).toContain('may not perform')
  })

  it('has no such section without one, and a new one changes the body (an edit of the open issue)', () => {
    const without = renderDriftIssue(report, undefined, context)
    expect(without.body).not.toContain('Self-heal')
    expect(renderDriftIssue(report, undefined, { ...context, remediations: [] }).state).toEqual(without.state)
    const withOne = renderDriftIssue(report, undefined, { ...context, remediations: [started] })
    expect(withOne.state.contentHash).not.toBe(without.state.contentHash)
  })

  it('keeps hostile names and scopes inert', () => {
    const hostile = '`x` </details> @org/team <!-- ::error::spoofed [a](javascript:alert(1)) | pipe |'
    const { body } = renderDriftIssue(report, undefined, {
      ...context,
      remediations: [
        { ...started, remediationId: `${SCOPE}/x/${hostile}` },
        { ...started, name: hostile, scope: hostile, remediationId: undefined }
      ]
    })
    const section = body.slice(body.indexOf('#### Self-heal'), body.indexOf('#### What to do'))
    // Each value is one code span (GitHub links no mention and no link there), with tags and comments broken.
    expect(section.split(mdCode(hostile)).length - 1).toBe(2)
    expect(section).toContain(mdCode(hostile.split('/').pop()!))
    expect(section).not.toContain('<!--')
    expect(section).not.toContain('</details>')
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2)
  })
})
