// Hostile values (from files, or from Azure) through every renderer: the output keeps the structure the renderer
// itself emits, and nothing a value holds becomes Markdown, HTML, a mention, a reference, a hidden comment, a
// workflow command or a terminal escape.
import { changeFingerprints } from '../../src/plan/change-fingerprints.js'
import type { ApplyResult } from '../../src/apply/apply-result.js'
import type { ClusterDrift } from '../../src/audit/cluster-drift.js'
import type { DriftReport } from '../../src/audit/drift-report.js'
import type { AuditResult } from '../../src/commands/audit.js'
import type { Problem } from '../../src/config/problem.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import type { Plan } from '../../src/plan/plan.js'
import { renderApplyResult } from '../../src/render/apply-markdown.js'
import { renderApplyText } from '../../src/render/apply-text.js'
import { renderAuditSummary } from '../../src/render/drift/audit-summary.js'
import { renderAuditText } from '../../src/render/drift/audit-text.js'
import { renderDriftIssue } from '../../src/render/drift/drift-issue.js'
import { formatIssueState, issueKeyOf, issueMarker, readIssueState } from '../../src/render/drift/issue-state.js'
import { renderPlanComment } from '../../src/render/plan/plan-markdown.js'
import { renderPlanText } from '../../src/render/plan/plan-text.js'
import { renderProblemsSummary } from '../../src/render/problems-summary.js'
import { renderProblemsGithub, renderProblemsText } from '../../src/render/problems.js'
import { renderRemediationOutcomes } from '../../src/render/remediation-markdown.js'
import { renderValidationComment } from '../../src/render/validation-comment.js'
import { readPolicyRoot } from '../helpers/policy-root.js'
import { expectation } from './audit/audit-fixtures.js'
import { expectInert, HOSTILE, LONG } from '../helpers/hostile-values.js'

const COMMIT = '3f1c2e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e'
const OWNER = '@contoso/payments'

function hostilePlan(): Plan {
  const { model } = validatePolicyFiles(readPolicyRoot('examples'))
  const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
  const [first, second, third, ...rest] = desired.assignments
  const live: LiveAssignment[] = [second!, third!].map((d, i) => ({
    id: `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
    name: d.name,
    scope: d.scope,
    policyDefinitionId: d.policyDefinitionId,
    displayName: HOSTILE,
    description: LONG,
    notScopes: [HOSTILE],
    enforcementMode: d.enforcementMode,
    parameters: Object.fromEntries(Object.keys(d.parameters).map((k) => [k, i ? LONG : HOSTILE])),
    metadata: JSON.parse(JSON.stringify(d.metadata)),
    location: d.location,
    identity: { type: 'SystemAssigned' }
  }))
  const gone = { ...live[1]!, name: `gone ${HOSTILE}`, scope: `${live[1]!.scope}/${HOSTILE}` }
  const hostile = {
    ...first!,
    team: HOSTILE,
    displayName: HOSTILE,
    notScopes: [HOSTILE, LONG],
    parameters: { ...first!.parameters, gitRepositoryUrl: HOSTILE }
  }
  const plan = buildPlan({ ...desired, assignments: [hostile, second!, ...rest] }, [...live, gone])
  plan.errors.push({
    code: 'azure-limit',
    file: `teams/${HOSTILE}.yaml`,
    line: 3,
    message: `Too long: \`${HOSTILE}\` ${HOSTILE}`
  })
  plan.warnings.push({ code: 'drift', assignmentKey: 'k', message: `Changed: \`${HOSTILE}\` and ${LONG}` })
  plan.changes.forEach((c) => {
    c.team = HOSTILE
    c.source = HOSTILE
  })
  plan.countsByTeam[HOSTILE] = { create: 1, update: 0, delete: 0, noop: 0 }
  return plan
}

/** The examples' plan where another repository, named with hostile text, owns the prerequisite already. */
function sharedPrerequisitePlan(): Plan {
  const { model } = validatePolicyFiles(readPolicyRoot('examples'))
  const desired = buildDesiredState(model!, { repository: 'contoso/fleet-policies' })
  const ours = desired.assignments.find((a) => a.kind === 'extension')!
  const theirs: LiveAssignment = {
    id: `${ours.scope}/providers/Microsoft.Authorization/policyAssignments/x`,
    name: HOSTILE,
    scope: ours.scope,
    policyDefinitionId: ours.policyDefinitionId,
    notScopes: [],
    enforcementMode: 'Default',
    parameters: { ...ours.parameters },
    metadata: { managedBy: 'flux-policy', fluxPolicy: { repository: HOSTILE } }
  }
  return buildPlan(desired, [theirs])
}

const problems: Problem[] = [
  {
    file: `teams/${HOSTILE}.yaml`,
    line: 2,
    column: 3,
    rule: 'unknown-key',
    message: `Unknown key \`${HOSTILE}\`; did you mean \`url\`? ${HOSTILE}`
  },
  { file: 'teams/a/b.yaml', line: 1, column: 1, rule: 'invalid-value', message: `odd \` backtick ${LONG}` }
]

const cluster = (n: number): ClusterDrift => ({
  clusterId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/c${n}`,
  id: `id${n}`,
  name: `c${n} ${HOSTILE}`,
  subscriptionId: HOSTILE,
  resourceGroup: HOSTILE,
  clusterKind: 'Arc',
  kind: 'failed-configuration',
  detail: n ? LONG : HOSTILE,
  since: '2026-01-01T00:00:00Z'
})

const report: DriftReport = {
  key: 'alpha/apps',
  team: 'alpha',
  source: 'apps',
  file: `teams/${HOSTILE}.yaml`,
  line: 4,
  expectation: expectation({
    team: 'alpha',
    source: 'apps',
    scope: `/subscriptions/${HOSTILE}`,
    notScopes: [HOSTILE],
    url: HOSTILE,
    kustomizationPath: HOSTILE,
    configurationName: HOSTILE,
    namespace: HOSTILE,
    ref: { kind: 'branch', value: HOSTILE }
  }),
  clusters: [cluster(0), cluster(1)],
  assignments: [
    { action: 'update', name: HOSTILE, scope: HOSTILE, lines: [`! displayName: ${HOSTILE}`, `+ x: ${LONG}`] }
  ]
}

function auditResult(): AuditResult {
  const plan = hostilePlan()
  return {
    repository: 'contoso/fleet',
    reports: [report, { ...report, key: `x/${HOSTILE}` }],
    health: [
      {
        key: 'alpha/apps',
        team: HOSTILE,
        source: HOSTILE,
        clusters: 2,
        drifted: 2,
        settling: false,
        settlingClusters: 0
      }
    ],
    counts: {
      'missing-extension': 0,
      'missing-configuration': 0,
      'changed-configuration': 0,
      'failed-configuration': 2,
      'changed-assignment': 1
    },
    expectations: [],
    currentKeys: [],
    plan,
    timing: { graceSeconds: 7200, pendingSeconds: 7200 },
    queries: 1,
    firstSightings: new Map(),
    unconfirmedDrift: 0,
    stats: { requests: 1, rows: 2, quotaWaits: 0 },
    repairs: { outcomes: [hostileUpdate('updated'), hostileUpdate('failed')] }
  }
}

const applyResult: ApplyResult = {
  succeeded: false,
  outcomes: [
    {
      key: 'k1',
      name: HOSTILE,
      scope: HOSTILE,
      team: HOSTILE,
      source: HOSTILE,
      action: 'create',
      status: 'failed',
      reason: HOSTILE,
      rolesGranted: [{ scope: HOSTILE, result: 'created' }],
      remediationId: HOSTILE
    },
    {
      key: 'k2',
      name: 'n',
      scope: '/s',
      team: 't',
      source: LONG,
      action: 'update',
      status: 'succeeded',
      reason: LONG,
      rolesGranted: []
    }
  ],
  configurationUpdates: { outcomes: [hostileUpdate('failed'), hostileUpdate('updated')] }
}

function hostileUpdate(status: 'updated' | 'failed') {
  return {
    key: `${HOSTILE}/${HOSTILE}`,
    team: HOSTILE,
    source: HOSTILE,
    clusterId: `/c/${HOSTILE}`,
    configurationId: `/c/${HOSTILE}/f`,
    fields: [`kustomizations.${HOSTILE}.path`],
    status,
    ...(status === 'failed' ? { reason: HOSTILE } : {})
  }
}

describe('Markdown renderers keep their structure with hostile values', () => {
  it('plan comment', () => {
    const plan = hostilePlan()
    const sections = [...plan.changes, ...plan.definitionChanges].filter((c) => c.action !== 'no-op').length
    const owners = { [HOSTILE]: [OWNER, '@evil/x\n</details>', 'a@b.c'] }
    const comment = renderPlanComment(plan, { commit: COMMIT, owners, limit: 1_000_000 })
    const markers = [
      '<!-- flux-policy:plan -->',
      `<!-- flux-policy:plan-hash ${plan.hash} -->`,
      `<!-- flux-policy:plan-changes ${changeFingerprints(plan).join(',')} -->`
    ]
    expectInert(comment, { markers, details: sections, codeBlocks: sections, mentions: [OWNER] })
  })

  it('plan comment: who owns a shared prerequisite, as Azure names it', () => {
    const plan = sharedPrerequisitePlan()
    expect(plan.warnings.map((w) => w.code)).toEqual(['shared-prerequisite'])
    const sections = plan.changes.filter((c) => c.action !== 'no-op').length
    const comment = renderPlanComment(plan, { commit: COMMIT, limit: 1_000_000 })
    const markers = [
      '<!-- flux-policy:plan -->',
      `<!-- flux-policy:plan-hash ${plan.hash} -->`,
      `<!-- flux-policy:plan-changes ${changeFingerprints(plan).join(',')} -->`
    ]
    expectInert(comment, { markers, details: sections, codeBlocks: sections })
    expect(comment).toContain('### Warnings')
    const text = renderPlanText(plan, { colour: false })
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    expect(text.split('\n').filter((l) => l.startsWith('::'))).toEqual([])
  })

  it('validation comment and job summary', () => {
    expectInert(
      renderValidationComment(problems, COMMIT, (f) => `policies/${f}`),
      { markers: ['<!-- flux-policy:plan -->'], details: 0, codeBlocks: 0 }
    )
    expectInert(renderProblemsSummary(problems, 3), { markers: [], details: 0, codeBlocks: 0 })
  })

  it('apply result and remediation outcomes', () => {
    const structure = { markers: ['<!-- flux-policy:apply -->'], details: 0, codeBlocks: 0 }
    expectInert(renderApplyResult(applyResult, { commit: COMMIT, planHash: 'abc', reviewedHash: 'def' }), structure)
    expectInert(
      renderApplyResult({ refused: HOSTILE, outcomes: [], succeeded: false }, { commit: COMMIT, planHash: 'abc' }),
      structure
    )
    const failedClusters = [{ resourceId: `/c/${HOSTILE}`, status: 'Failed', error: HOSTILE }]
    const outcome = {
      id: `/x/${HOSTILE}`,
      state: HOSTILE,
      total: 2,
      succeeded: 0,
      failed: 2,
      timedOut: false,
      failedClusters
    }
    expectInert(renderRemediationOutcomes([outcome]), { markers: [], details: 0, codeBlocks: 0 })
  })

  it('drift issue: its markers are the only ones, and state is read back from them', () => {
    const issue = renderDriftIssue(report, undefined, {
      now: '2026-01-02T00:00:00Z',
      commit: COMMIT,
      owners: [OWNER, '@x\n</details>'],
      fileUrl: (f) => `https://github.com/o/r/blob/main/${f}`
    })
    const markers = issue.body.split('\n').filter((l) => l.startsWith('<!--'))
    expect(markers).toHaveLength(2)
    expectInert(issue.body, { markers, details: 0, codeBlocks: 1, mentions: [OWNER] })
    expect(issue.title).not.toMatch(/[\n\u202e\x1b]/)
    expect(issueKeyOf(issue.body)).toBe('alpha/apps')
    expect(readIssueState(issue.body)).toEqual(issue.state)
  })

  it('audit summary', () => {
    const result = auditResult()
    const issueLinks = new Map([['alpha/apps', 'https://github.com/o/r/issues/1"><script>']])
    expectInert(renderAuditSummary(result, { issueLinks }), { markers: [], details: 2, codeBlocks: 3 })
  })
})

describe('terminal renderers print values as one visible line each', () => {
  const hasEscape = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/
  const startsCommand = (text: string) => text.split('\n').filter((l) => l.startsWith('::'))

  it('problems: text and workflow commands', () => {
    const text = renderProblemsText(problems, 2)
    expect(text).not.toMatch(hasEscape)
    expect(startsCommand(text)).toEqual([])
    expect(text.split('\n')).toHaveLength(problems.length + 2)
    const github = renderProblemsGithub(problems)
    expect(github).not.toMatch(hasEscape)
    expect(startsCommand(github)).toHaveLength(problems.length)
    expect(github.split('\n')).toHaveLength(problems.length)
  })

  it('plan, apply and audit text', () => {
    const plan = hostilePlan()
    const refused = renderApplyText({ refused: HOSTILE, outcomes: [], succeeded: false })
    for (const text of [
      renderPlanText(plan, { colour: false }),
      renderApplyText(applyResult),
      refused,
      renderAuditText(auditResult())
    ]) {
      expect(text).not.toMatch(hasEscape)
      expect(startsCommand(text)).toEqual([])
      expect(text).not.toContain('\n</details>')
    }
    const coloured = renderPlanText(plan, { colour: true })
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(hasEscape)
  })
})

describe('drift issue markers are read only where the tool writes them', () => {
  const state = { contentHash: 'real', clusterSetHash: 'set', clusterCount: 1, assignmentCount: 0, firstSeen: {} }
  const spoof = '<!-- flux-policy:drift-state {"contentHash":"spoof","clusterSetHash":"spoof"} -->'

  it('takes the state from the last line only', () => {
    const body = [issueMarker('alpha/apps'), `| x | ${spoof} |`, spoof, 'text', formatIssueState(state)].join('\n')
    expect(readIssueState(body)).toEqual(state)
    expect(readIssueState(`${issueMarker('alpha/apps')}\n${spoof}\nedited by a person`)).toBeUndefined()
  })

  it('takes the key from the first line only', () => {
    expect(issueKeyOf(`${issueMarker('alpha/apps')}\nbody`)).toBe('alpha/apps')
    expect(issueKeyOf(`A person's issue quoting\n${issueMarker('alpha/apps')}`)).toBeUndefined()
  })
})
