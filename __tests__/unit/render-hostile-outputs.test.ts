// The outputs added with fleet impact, update reach, the permission pre-flight, remediation paths, the direct update,
// orphaned configurations and self-heal, rendered with hostile values from files and from Azure (cluster ids, ARM
// error messages, Resource Graph rows): Markdown keeps its structure and stays within GitHub's limits, terminal
// text shows every value as one visible line, and no secret an Azure message echoes is shown.
import type { ApplyResult, AssignmentOutcome, OrphanReport } from '../../src/apply/apply-result.js'
import type { ConfigurationUpdateOutcome, ConfigurationUpdates } from '../../src/audit/configuration-updates.js'
import type { AuditResult, CompletedRemediation } from '../../src/audit/audit-result.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { changeFingerprints } from '../../src/plan/change-fingerprints.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import { permissionFindings } from '../../src/plan/permission-preflight.js'
import type { Plan } from '../../src/plan/plan.js'
import { applyStepResult } from '../../src/action/apply-step.js'
import { auditFailedStepResult } from '../../src/action/audit-step.js'
import { renderApplyResult } from '../../src/render/apply-markdown.js'
import { GITHUB_BODY_LIMIT, JOB_SUMMARY_LIMIT } from '../../src/render/markdown/fit-markdown.js'
import { applyOutcomeLine, renderApplyText } from '../../src/render/apply-text.js'
import { configurationUpdateLine } from '../../src/render/configuration-updates.js'
import { renderAuditSummary } from '../../src/render/drift/audit-summary.js'
import { renderAuditText } from '../../src/render/drift/audit-text.js'
import { renderPlanComment } from '../../src/render/plan/plan-markdown.js'
import { renderPlanText } from '../../src/render/plan/plan-text.js'
import { renderProblemsSummary } from '../../src/render/problems-summary.js'
import { renderValidationComment } from '../../src/render/validation-comment.js'
import type { Problem } from '../../src/config/problem.js'
import { expectInert, HOSTILE, LONG } from '../helpers/hostile-values.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const COMMIT = '3f1c2e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e'
// What an ARM error message may echo: a source URL with a password in it, as a person may have put it in Azure.
const SECRET = 'ghp_0123456789abcdefABCDEF0123456789abcd'
const ECHOED = `${HOSTILE} failed for https://deploy:${SECRET}@github.com/contoso/apps`
const hasEscape = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/
const startsCommand = (text: string) => text.split('\n').filter((l) => l.startsWith('::'))

function expectSafeText(text: string): void {
  expect(text).not.toMatch(hasEscape)
  expect(startsCommand(text)).toEqual([])
  expect(text).not.toContain('\n</details>')
}

/** The examples' plan with every new field set from hostile values: impact, reach, pre-flight, remediation paths. */
function impactPlan(): Plan {
  const { model } = validatePolicyFiles(readPolicyRoot('examples'))
  const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
  const changed = desired.assignments[1]!
  const live: LiveAssignment = {
    id: `${changed.scope}/providers/Microsoft.Authorization/policyAssignments/${changed.name}`,
    name: changed.name,
    scope: changed.scope,
    policyDefinitionId: changed.policyDefinitionId,
    displayName: HOSTILE,
    notScopes: [],
    enforcementMode: changed.enforcementMode,
    parameters: Object.fromEntries(Object.keys(changed.parameters).map((k) => [k, HOSTILE])),
    metadata: JSON.parse(JSON.stringify(changed.metadata)),
    location: changed.location,
    identity: { type: 'SystemAssigned' }
  }
  const plan = buildPlan({ ...desired, assignments: [desired.assignments[0]!, changed] }, [live])
  for (const c of plan.changes) {
    c.team = HOSTILE
    c.impact = {
      status: 'lower-bound',
      clusters: 3,
      arc: 1,
      aks: 2,
      disconnected: 1,
      bySubscription: { [HOSTILE]: 2, [LONG]: 1 },
      carrying: 1
    }
    if (c.action === 'update')
      c.reach = [
        { field: `parameters.${HOSTILE}`, reach: 'remediation', properties: [HOSTILE] },
        { field: `kustomizations.${HOSTILE}.path`, reach: 'invisible', properties: [LONG] },
        { field: LONG, reach: 'not-deployed', properties: [] }
      ]
  }
  plan.countsByTeam = { [HOSTILE]: { create: 1, update: 1, delete: 0, noop: 0 } }
  const use = { scope: HOSTILE, file: `teams/${HOSTILE}.yaml`, line: 2, column: 3, field: 'scope' }
  const needs = [
    { scope: HOSTILE, action: HOSTILE, use },
    { scope: `/x/${HOSTILE}`, action: 'Microsoft.Authorization/policyAssignments/write', use }
  ]
  const permissions = new Map([
    [
      HOSTILE.toLowerCase(),
      { kind: 'read' as const, grants: [{ actions: [HOSTILE], notActions: [], condition: HOSTILE }] }
    ],
    [`/x/${HOSTILE}`.toLowerCase(), { kind: 'unreadable' as const, reason: `HTTP 403 ${HOSTILE}` }]
  ])
  const findings = permissionFindings(needs, permissions)
  plan.errors.push(...permissionFindings([{ ...needs[0]!, action: 'x' }], permissions).errors, ...findings.errors)
  plan.warnings.push(...findings.warnings)
  plan.remediations.push(
    { assignmentKey: 'k', assignmentName: HOSTILE, scope: HOSTILE, path: 'evaluate-subscriptions' },
    { assignmentKey: 'l', assignmentName: LONG, scope: `/providers/Microsoft.Management/managementGroups/${HOSTILE}` }
  )
  return plan
}

function updateOutcome(status: 'updated' | 'failed', n = 0): ConfigurationUpdateOutcome {
  return {
    key: `${HOSTILE}/${HOSTILE}`,
    team: HOSTILE,
    source: HOSTILE,
    clusterId: `/subscriptions/s/resourceGroups/${HOSTILE}/providers/Microsoft.Kubernetes/connectedClusters/${HOSTILE}${n}`,
    configurationId: `/c/${HOSTILE}${n}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${HOSTILE}`,
    fields: [`kustomizations.${HOSTILE}.path`, `kustomizations.${LONG} (removed)`, 'gitRepository.timeoutInSeconds'],
    status,
    ...(status === 'failed' ? { reason: ECHOED } : {})
  }
}

const updates = (count: number): ConfigurationUpdates => ({
  outcomes: Array.from({ length: count }, (_, i) => updateOutcome(i % 2 ? 'updated' : 'failed', i))
})

function orphans(count: number): OrphanReport {
  const found = Array.from({ length: count }, (_, i) => ({
    id: `/c/${HOSTILE}/f${i}`,
    clusterId: `/subscriptions/s/resourceGroups/${HOSTILE}/providers/x/managedClusters/${HOSTILE}${i}`,
    subscriptionId: HOSTILE,
    name: `${HOSTILE}${i}`,
    url: `https://deploy:${SECRET}@github.com/${HOSTILE}`,
    assignmentKey: HOSTILE,
    team: HOSTILE,
    source: LONG
  }))
  return {
    found,
    removed: found.filter((_, i) => i % 3 === 0).map((o) => o.id),
    failed: found.filter((_, i) => i % 3 === 1).map((o) => ({ id: o.id, reason: ECHOED })),
    kept: ECHOED
  }
}

function outcome(n: number): AssignmentOutcome {
  return {
    key: `k${n}`,
    name: `${HOSTILE}${n}`,
    scope: HOSTILE,
    team: HOSTILE,
    source: HOSTILE,
    action: 'create',
    status: n % 2 ? 'succeeded' : 'failed',
    reason: ECHOED,
    rolesGranted: [{ scope: HOSTILE, result: 'created' }],
    remediationId: `/r/${HOSTILE}`,
    remediationPath: n % 3 ? 'evaluate-subscriptions' : 'pending-evaluation',
    evaluatedSubscriptions: 2,
    ...(n % 3 ? {} : { pendingRemediation: { assignmentId: `/a/${HOSTILE}`, name: HOSTILE } })
  }
}

function applyResult(outcomes: number, clusters: number, orphaned: number): ApplyResult {
  return {
    succeeded: false,
    outcomes: Array.from({ length: outcomes }, (_, i) => outcome(i)),
    configurationUpdates: updates(clusters),
    orphans: orphans(orphaned)
  }
}

const remediations: CompletedRemediation[] = [
  { key: 'a', name: HOSTILE, scope: HOSTILE, path: 're-evaluate', remediationId: `/r/${HOSTILE}` },
  {
    key: 'b',
    name: LONG,
    scope: `/providers/Microsoft.Management/managementGroups/${HOSTILE}`,
    path: 'pending-evaluation'
  }
]

function auditResult(): AuditResult {
  const health = (key: string, settling: boolean) => ({
    key,
    team: HOSTILE,
    source: HOSTILE,
    clusters: 2,
    drifted: 0,
    settling,
    settlingClusters: settling ? 2 : 0
  })
  return {
    repository: 'contoso/fleet',
    reports: [],
    health: [health(`${HOSTILE}/a`, true), health(`${HOSTILE}/b`, false)],
    counts: {
      'missing-extension': 0,
      'missing-configuration': 0,
      'changed-configuration': 0,
      'failed-configuration': 0,
      'changed-assignment': 0
    },
    expectations: [],
    currentKeys: [],
    plan: impactPlan(),
    timing: { graceSeconds: 7200, pendingSeconds: 7200 },
    queries: 1,
    firstSightings: new Map(),
    unconfirmedDrift: 1,
    stats: { requests: 1, rows: 2, quotaWaits: 0 },
    repairs: updates(3),
    remediations
  }
}

describe('new plan outputs with hostile values', () => {
  it('the comment: Fleet lines, reach, the clusters-reached column, pre-flight errors, remediation paths', () => {
    const plan = impactPlan()
    expect(plan.errors.filter((e) => e.code === 'permission-missing')).toHaveLength(1)
    expect(plan.warnings.map((w) => w.code)).toContain('permission-unconfirmed')
    const sections = plan.changes.filter((c) => c.action !== 'no-op').length
    const comment = renderPlanComment(plan, { commit: COMMIT, limit: 1_000_000 })
    const markers = [
      '<!-- flux-policy:plan -->',
      `<!-- flux-policy:plan-hash ${plan.hash} -->`,
      `<!-- flux-policy:plan-changes ${changeFingerprints(plan).join(',')} -->`
    ]
    expectInert(comment, { markers, details: sections, codeBlocks: sections })
    expect(comment).toContain('clusters reached |')
    expect(comment).toContain('Fleet: reaches at least 3 clusters')
    expect(comment).toContain('# existing clusters: remediation redeploys')
    expect(comment).not.toContain(SECRET)
  })

  it('the comment within GitHub limits when many changes carry impact and reach', () => {
    const plan = impactPlan()
    const update = plan.changes.find((c) => c.action === 'update')!
    plan.changes = Array.from({ length: 400 }, (_, i) => ({ ...update, key: `k${i}`, name: `${HOSTILE}${i}` }))
    const comment = renderPlanComment(plan, { commit: COMMIT })
    expect(comment.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(comment.split('<details>').length).toBe(comment.split('</details>').length)
  })

  it('the terminal text, with owners', () => {
    const plan = impactPlan()
    const owners = { [HOSTILE]: [HOSTILE, '@org/team'] }
    for (const colour of [false, true]) {
      const text = renderPlanText(plan, { colour, owners }).replace(/\x1b\[[0-9;]*m/g, '')
      expectSafeText(text)
      expect(text).toContain('fleet: reaches at least 3 clusters')
      expect(text).not.toContain(SECRET)
    }
  })
})

describe('new apply outputs with hostile values', () => {
  it('the comment: remediation paths, pending evaluation, direct updates, orphans', () => {
    const result = applyResult(4, 6, 6)
    const comment = renderApplyResult(result, { commit: COMMIT, planHash: 'abc' })
    expectInert(comment, { markers: ['<!-- flux-policy:apply -->'], details: 0, codeBlocks: 0 })
    for (const heading of [
      '### Remediation pending evaluation',
      '### Flux configurations updated on clusters',
      '### Orphaned Flux configurations'
    ])
      expect(comment).toContain(heading)
    const error = { outcomes: [], error: ECHOED }
    expectInert(renderApplyResult({ ...result, configurationUpdates: error }, { commit: COMMIT, planHash: 'abc' }), {
      markers: ['<!-- flux-policy:apply -->'],
      details: 0,
      codeBlocks: 0
    })
  })

  it('the comment and the summary fit GitHub however many outcomes, clusters and orphans', () => {
    const result = applyResult(150, 150, 150)
    const plan = impactPlan()
    const { model } = validatePolicyFiles(readPolicyRoot('examples'))
    const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
    const step = applyStepResult({
      outcome: {
        kind: 'applied',
        planned: { kind: 'planned', plan, desired, scopesRead: [], teamOwners: {} },
        result,
        review: { kind: 'same' }
      },
      settings: { workspace: '/w', root: '.' },
      context: { repository: { owner: 'o', repo: 'r' }, sha: COMMIT, runUrl: 'https://github.com/o/r/actions/runs/1' },
      pr: { number: 7, labels: [] },
      remediations: []
    })
    const body = step.comment!.body
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(body).toContain('The full result is in the job summary of [this run](https://github.com/o/r/actions/runs/1)')
    const marker = `<!-- flux-policy:apply --><!-- ${COMMIT} -->`
    expect(body.startsWith(`${marker}\n`)).toBe(true)
    expectInert(body.replace(marker, '<!-- flux-policy:apply -->'), {
      markers: ['<!-- flux-policy:apply -->'],
      details: 0,
      codeBlocks: 0
    })
    expect(step.summary!.length).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(step.summary!.split('<!--')).toHaveLength(2)
    // Every outcome is still in the output.
    expect(JSON.parse(step.outputs.result!).outcomes).toHaveLength(150)
  })

  it('the terminal text and progress lines', () => {
    const result = applyResult(4, 6, 6)
    const lines = [
      renderApplyText(result),
      renderApplyText(result, { outcomes: false }),
      renderApplyText({ ...result, configurationUpdates: { outcomes: [], error: ECHOED } }),
      ...result.outcomes.map(applyOutcomeLine),
      ...result.configurationUpdates!.outcomes.map(configurationUpdateLine)
    ]
    for (const text of lines) expectSafeText(text)
  })
})

describe('new audit outputs with hostile values', () => {
  it('the job summary: settling sources, self-heal updates, completed remediations', () => {
    const summary = renderAuditSummary(auditResult())
    expectInert(summary, { markers: [], details: 0, codeBlocks: 1 })
    expect(summary).toContain('Self-heal: remediations for unchanged assignments')
    expect(summary).toContain('### Flux configurations updated on clusters')
    const failed = { ...auditResult(), repairs: { outcomes: [], error: ECHOED } }
    expectInert(renderAuditSummary(failed), { markers: [], details: 0, codeBlocks: 1 })
  })

  it('the job summary of an audit that could not finish (the error is from Azure)', () => {
    const step = auditFailedStepResult({ code: HOSTILE, message: ECHOED })
    expectInert(step.summary!, { markers: [], details: 0, codeBlocks: 0 })
    expect(step.summary).toContain('**The audit could not finish**')
  })

  it('the terminal text', () => {
    const text = renderAuditText(auditResult())
    expectSafeText(text)
    expect(text).toContain('Self-heal:')
    expectSafeText(renderAuditText({ ...auditResult(), repairs: { outcomes: [], error: ECHOED } }))
  })
})

describe('validation outputs within GitHub limits, with hostile files', () => {
  // A pull request's author names the files and writes what the messages quote: each row may grow to thousands of
  // characters once escaped.
  const problems: Problem[] = Array.from({ length: 400 }, (_, i) => ({
    file: `teams/${HOSTILE}${'<'.repeat(250)}${i}.yaml`,
    line: 1,
    column: 1,
    rule: 'unknown-key',
    message: `Unknown key \`${HOSTILE}\` ${'<&>'.repeat(200)} ${HOSTILE}`
  }))

  it('the comment fits a GitHub comment, and says where the rest is', () => {
    const comment = renderValidationComment(problems, COMMIT)
    expect(comment.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT)
    expect(comment).toContain('job summary')
    expectInert(comment, { markers: ['<!-- flux-policy:plan -->'], details: 0, codeBlocks: 0 })
  })

  it('the job summary fits a step summary', () => {
    const many = Array.from({ length: 3 }, () => problems).flat()
    const summary = renderProblemsSummary(many, 3)
    expect(summary.length).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(summary.split('<!--')).toHaveLength(1)
  })
})
