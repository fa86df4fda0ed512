import { GITHUB_BODY_LIMIT } from '../markdown/fit-markdown.js'
import type { ClusterDrift } from '../../audit/cluster-drift.js'
import { DRIFT_KINDS, DRIFT_LABELS, DRIFT_REMEDIES, type DriftKind } from '../../audit/drift-kinds.js'
import type { DriftReport } from '../../audit/drift-report.js'
import { canonicalJson } from '../../util/canonical-json.js'
import { describeExpectation } from './expected-section.js'
import { selfHealIssueSection } from './completed-remediations.js'
import type { CompletedRemediation } from '../../audit/audit-result.js'
import {
  clusterKey,
  formatIssueState,
  issueMarker,
  MAX_REMEMBERED_CLUSTERS,
  shortHash,
  type IssueState
} from './issue-state.js'
import { codeBlock, linkTarget, oneLine, ownerMention } from '../markdown/inert.js'
import { cellText, code, plural, utcMinute } from './markdown-text.js'

export const DRIFT_LABEL = 'flux-drift'
export const teamLabel = (team: string): string => `team:${team}`

export interface DriftIssueContext {
  /** This run's time (ISO): when clusters seen drifting for the first time started, unless Azure says when. */
  now: string
  /** The commit audited (the default branch's head), for links; never part of what counts as a change. */
  commit?: string
  /** Link to a policy file (at the commit), when the repository is known. */
  fileUrl?: (file: string, line?: number) => string | undefined
  /** CODEOWNERS owners of the source's file (teams cannot be assignees, so they are mentioned). */
  owners: readonly string[]
  /** Rows of the cluster table before it is capped with a count (default 50). */
  maxRows?: number
  /** Remediations the audit's self-heal started (or left pending) for this source's assignment. */
  remediations?: readonly CompletedRemediation[]
}

export interface RenderedIssue {
  title: string
  body: string
  labels: string[]
  state: IssueState
}

/** The issue for one drifted source: what the file expects, what differs where, and what to do. Pure. */
export function renderDriftIssue(
  report: DriftReport,
  previous: IssueState | undefined,
  context: DriftIssueContext
): RenderedIssue {
  const minute = (iso: string) => `${new Date(iso).toISOString().slice(0, 16)}Z`
  const nowMinute = minute(context.now)
  // Sticky once written: Azure's own status times move on every refresh, and the body must not change with them.
  const firstSeen: Record<string, string> = {}
  for (const cluster of report.clusters.slice(0, MAX_REMEMBERED_CLUSTERS)) {
    const key = clusterKey(cluster.clusterId)
    firstSeen[key] ??= previous?.firstSeen[key] ?? (cluster.since ? minute(cluster.since) : nowMinute)
  }
  const since = (c: ClusterDrift): string =>
    firstSeen[clusterKey(c.clusterId)] ?? (c.since ? minute(c.since) : nowMinute)
  let rows = context.maxRows ?? 50
  for (;;) {
    const shown = report.clusters.slice(0, rows)
    const state: IssueState = {
      contentHash: contentHash(report, shown.map(since), context.owners, context.remediations),
      clusterSetHash: shortHash([...new Set(report.clusters.map((c) => c.clusterId))].sort().join('\n')),
      clusterCount: new Set(report.clusters.map((c) => c.clusterId)).size,
      assignmentCount: report.assignments.length,
      firstSeen
    }
    const body = [issueMarker(report.key), ...sections(report, shown, since, context), formatIssueState(state)].join(
      '\n'
    )
    if (body.length <= GITHUB_BODY_LIMIT || rows === 0)
      return { title: issueTitle(report), body: body.slice(0, GITHUB_BODY_LIMIT), labels: issueLabels(report), state }
    rows = Math.floor(rows / 2)
  }
}

export function issueTitle(
  report: Pick<DriftReport, 'key' | 'team' | 'source' | 'expectation' | 'assignments'>
): string {
  // Titles are plain text (GitHub renders no Markdown there), one visible line.
  if (report.key.startsWith('flux-extension:'))
    return `Drift: Flux extension prerequisite at ${oneLine(report.assignments[0]?.scope ?? report.key.slice('flux-extension:'.length))}`
  return `Drift: ${oneLine(`${report.team}/${report.source}`)}`
}

export function issueLabels(report: Pick<DriftReport, 'key' | 'team'>): string[] {
  return report.key.startsWith('flux-extension:') ? [DRIFT_LABEL] : [DRIFT_LABEL, teamLabel(report.team)]
}

function sections(
  report: DriftReport,
  shown: ClusterDrift[],
  since: (c: ClusterDrift) => string,
  context: DriftIssueContext
): string[] {
  const clusterCount = new Set(report.clusters.map((c) => c.clusterId)).size
  const what = [
    clusterCount > 0
      ? `**${plural(clusterCount, 'cluster')}** ${clusterCount === 1 ? 'is' : 'are'} not what the file says`
      : '',
    report.assignments.length > 0 ? `the live policy assignment differs from the default branch` : ''
  ]
    .filter(Boolean)
    .join(', and ')
  const link = report.file ? context.fileUrl?.(report.file, report.line) : undefined
  const file = report.file ? (link ? `[${code(report.file)}](${linkTarget(link)})` : code(report.file)) : 'the files'
  const out = [
    `### flux-policy drift: ${code(report.key)}`,
    '',
    `${what.charAt(0).toUpperCase()}${what.slice(1)} (${file}${context.commit ? ` at ${code(context.commit.slice(0, 12))}` : ''}).`
  ]
  if (context.owners.length > 0) out.push('', `Owners: ${context.owners.map(ownerMention).join(' ')}`)
  if (report.expectation) out.push('', '#### Expected', '', ...describeExpectation(report.expectation))
  for (const a of report.assignments) {
    const verb =
      a.action === 'create'
        ? 'is missing from Azure (deleted, or never applied)'
        : a.action === 'delete'
          ? 'is still in Azure, but its source is gone from the files'
          : 'differs from the files (changed in the portal or by another tool)'
    out.push(
      '',
      '#### Policy assignment',
      '',
      `${code(a.name)} at ${code(a.scope)} ${verb}. What the next apply does:`,
      '',
      ...codeBlock(a.lines, 'diff')
    )
  }
  if (report.clusters.length > 0) {
    out.push(
      '',
      '#### Affected clusters',
      '',
      '| Cluster | Subscription | Drift | Since | Error |',
      '|---|---|---|---|---|'
    )
    for (const c of shown) {
      out.push(
        `| ${code(c.name)} (${c.clusterKind} · ${cellText(c.resourceGroup)}) | ${code(c.subscriptionId)} | ${DRIFT_LABELS[c.kind]} | ${utcMinute(since(c))} | ${cellText(c.detail)} |`
      )
    }
    const more = report.clusters.length - shown.length
    if (more > 0)
      out.push(
        '',
        `…and ${plural(more, 'more row')}: the job summary of the audit run and \`flux-policy audit --format json\` list them all.`
      )
  }
  out.push(...selfHealIssueSection(context.remediations))
  const kinds = DRIFT_KINDS.filter((k) => countOf(report, k) > 0)
  out.push(
    '',
    '#### What to do',
    '',
    ...kinds.map((k) => `- **${DRIFT_LABELS[k]}** (${countOf(report, k)}): ${DRIFT_REMEDIES[k]}`)
  )
  out.push('', '_The nightly flux-policy audit keeps this issue up to date and closes it when the drift is gone._')
  return out
}

function countOf(report: DriftReport, kind: DriftKind): number {
  return kind === 'changed-assignment'
    ? report.assignments.length
    : report.clusters.filter((c) => c.kind === kind).length
}

/** What the body says, without the commit or links: equal hashes mean nothing worth an edit changed. */
function contentHash(
  report: DriftReport,
  shownSince: string[],
  owners: readonly string[],
  remediations: readonly CompletedRemediation[] = []
): string {
  const e = report.expectation
  return shortHash(
    canonicalJson({
      key: report.key,
      file: report.file ?? null,
      expected: e
        ? {
            scope: e.scope,
            notScopes: e.notScopes,
            name: e.configurationName,
            namespace: e.namespace,
            url: e.url,
            ref: e.ref,
            k: e.kustomizationName,
            path: e.kustomizationPath
          }
        : null,
      assignments: report.assignments,
      clusters: report.clusters.map((c) => [c.clusterId, c.kind, c.detail]),
      shownSince,
      owners,
      // A remediation self-heal started is news worth an edit (a new name each run); absent, the hash is as before.
      ...(remediations.length > 0
        ? { selfHeal: remediations.map((r) => [r.name, r.path, r.remediationId ?? null]) }
        : {})
    })
  )
}
