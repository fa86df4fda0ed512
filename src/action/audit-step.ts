import * as core from '@actions/core'
import { resolve } from 'node:path'
import { driftedClusterCount } from '../audit/drift-counts.js'
import { DRIFT_KINDS } from '../audit/drift-kinds.js'
import { azureReads } from '../azure/azure-reads.js'
import { azureWrites } from '../azure/azure-writes.js'
import { createResourceGraphRunner } from '../azure/resource-graph.js'
import { createResourceGraphClient } from '../azure/resource-graph-client.js'
import { actionAzureClients } from './azure-sign-in.js'
import { auditRoot, type AuditResult } from '../commands/audit.js'
import { readAuditMemory, type AuditMemory } from '../github/audit-state.js'
import { ownersOf, parseCodeOwners } from '../github/codeowners.js'
import { syncDriftIssues, type DriftIssueSyncResult } from '../github/drift-issues.js'
import { listOrphanIssues, syncOrphanIssues, type OrphanIssueSyncResult } from '../github/orphan-issues.js'
import { followedRecords } from '../issues/orphan-issue-plan.js'
import { readOrphanIssue } from '../render/orphans/orphan-issue.js'
import { orphanRecordKey, type OrphanObservation } from '../apply/orphan-record.js'
import { writesOf } from '../issues/issue-sync-plan.js'
import { orphanedConfigurationCount } from '../render/orphans/orphan-summary.js'
import type { GitHubClient } from '../github/octokit.js'
import { trackGitHubRequests, type GitHubRequestLedger } from '../github/request-ledger.js'
import type { RunContext } from '../github/run-context.js'
import { renderAuditSummary } from '../render/drift/audit-summary.js'
import { terminalText } from '../render/terminal-text.js'
import { mdCode, mdMessage } from '../render/markdown/inert.js'
import type { ActionSettings } from './inputs.js'
import { problemsReport, repositoryPath } from './report-problems.js'
import type { StepResult } from './step-result.js'
import { readCodeOwners } from './team-owners.js'
import { unionOwners } from '../config/team-owners.js'

/**
 * Why this run may not audit, or undefined when it may: drift is judged against the default branch's files only,
 * so a `workflow_dispatch` on a feature branch cannot open or close issues from that branch's files. A `schedule`
 * run always runs on the latest commit of the default branch (its payload names no repository to compare with).
 */
export function auditRefusal(context: RunContext): string | undefined {
  if (context.eventName === 'schedule') return undefined
  const branch = context.defaultBranch
  if (branch && context.ref === `refs/heads/${branch}`) return undefined
  const where = `${branch ? ` (${branch})` : ''}, not on ${context.ref || 'an unknown ref'}`
  return (
    `The audit runs only on the default branch${where}; ` +
    'no issue was opened, changed or closed. Run the workflow from the default branch.'
  )
}

/**
 * `mode: audit` (nightly, on `schedule` / `workflow_dispatch`): audit the fleet against the default branch, keep one
 * issue per drifted source, and report the fleet's health in the job summary. Drift is not a failure; an audit
 * that could not finish is, and then no issue is touched.
 */
export async function runAuditStep(
  settings: ActionSettings,
  context: RunContext,
  github?: GitHubClient
): Promise<StepResult> {
  const refusal = auditRefusal(context)
  if (refusal) return { outputs: {}, messages: [], failure: refusal }
  const repository = `${context.repository.owner}/${context.repository.repo}`
  const clients = actionAzureClients(settings)
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients))
  // Every GitHub request of the audit counts against the primary budget, from the state issue's read on.
  const requests = github ? trackGitHubRequests(github) : undefined
  // What earlier nights remembered (#13): without a token nothing can be, and drift of unknown age counts at once.
  const memory = github ? await readAuditMemory(github, context.repository) : undefined
  // The deleted sources apply recorded in their orphaned-configurations issues (docs/orphaned-configurations.md).
  const unreadable: number[] = []
  const orphanIssues =
    github && memory
      ? await listOrphanIssues(github, context.repository, memory.creator, (n) => unreadable.push(n))
      : undefined
  const outcome = await auditRoot(
    resolve(settings.workspace, settings.root),
    repository,
    { reads: azureReads(clients), resourceGraph, writes: azureWrites(clients) },
    {
      timing: { graceSeconds: settings.audit.graceSeconds },
      selfHeal: settings.audit.selfHeal && !settings.audit.dryRun,
      ...(memory ? { firstSightings: memory.sightings } : {}),
      ...(orphanIssues ? { deletedSources: followedRecords(orphanIssues) } : {})
    }
  )
  if (outcome.kind === 'invalid') {
    const report = problemsReport(outcome.problems, outcome.fileCount, settings)
    const failure = `${outcome.problems.length} problems in the policy files; the fleet was not audited.`
    return { outputs: {}, ...report, failure }
  }
  if (outcome.kind === 'failed') return auditFailedStepResult(outcome.error)
  const { result } = outcome
  const observations = outcome.orphans
  const sync = github ? await syncIssues(github, settings, context, result, memory, requests) : undefined
  // Orphaned-configuration issues get what the drift issues and the state issue left of the write budget.
  const orphans =
    github && sync && orphanIssues && observations
      ? await syncOrphanIssues(github, {
          repository: context.repository,
          observations,
          existing: orphanIssues,
          maxWrites: Math.max(0, sync.writeBudget.limit - plannedWrites(sync)),
          dryRun: settings.audit.dryRun,
          log: (line) => core.info(terminalText(line))
        })
      : undefined
  const step = auditStepResult(
    result,
    sync,
    settings,
    orphans && observations ? { ...orphans, observations } : undefined
  )
  const ignored = (outcome.ignoredDeletedSources ?? []).map(({ record }) => {
    const key = orphanRecordKey(record)
    return orphanIssues?.find((i) => readOrphanIssue(i.body)?.key === key)?.number ?? key
  })
  const notFollowed = notFollowedWarnings(unreadable, ignored)
  return notFollowed.length > 0 ? { ...step, messages: [...step.messages, ...notFollowed] } : step
}

/**
 * The orphaned-configurations issues the audit did not follow because what was read back from them is not what the
 * tool wrote (edited): a record out of shape, or an old scope outside every scope the files grant or use.
 */
export function notFollowedWarnings(
  unreadable: readonly number[],
  outOfScope: readonly (number | string)[]
): StepResult['messages'] {
  return [
    ...unreadable.map((n) => ({
      level: 'warning' as const,
      text:
        `Orphaned-configurations issue #${n} carries flux-policy's marker, but its record (the last line) is not in ` +
        'the shape the tool writes: it was edited. It is not followed; restore the line from its history, or close it.'
    })),
    ...outOfScope.map((issue) => ({
      level: 'warning' as const,
      text:
        `Orphaned-configurations issue ${typeof issue === 'number' ? `#${issue}` : issue} records an old scope ` +
        'outside every scope the policy files grant or use (or the files no longer grant it): it is not followed, ' +
        'and nothing was read there.'
    }))
  ]
}

/** The writes the drift sync made, or would make in a dry run: labels, issues and comments, the state issue. */
function plannedWrites(sync: DriftIssueSyncResult): number {
  const state = sync.state && ['done', 'dry-run', 'failed'].includes(sync.state.status) ? 1 : 0
  return sync.plan.labelsToCreate.length + sync.plan.actions.reduce((n, a) => n + writesOf(a), 0) + state
}

/** An audit that could not finish: the error (its message from Azure, so inert in the summary) and no issue touched. */
export function auditFailedStepResult(error: { code: string; message: string }): StepResult {
  return {
    outputs: {},
    messages: [],
    summary:
      `## flux-policy audit\n\n**The audit could not finish** (${mdCode(error.code)}): ${mdMessage(error.message)}\n\n` +
      'No issue was opened, changed or closed.\n',
    failure: `${error.message} No issue was opened, changed or closed.`
  }
}

/** What the audit step reports once the fleet is audited (and, with a token, the issues synced). */
export function auditStepResult(
  result: AuditResult,
  sync: DriftIssueSyncResult | undefined,
  settings: Pick<ActionSettings, 'audit'>,
  orphans?: OrphanIssueSyncResult & { observations: readonly OrphanObservation[] }
): StepResult {
  const links = new Map(sync?.outcomes.flatMap((o) => (o.url ? [[o.action.key, o.url] as [string, string]] : [])) ?? [])
  const orphanLinks = new Map(
    orphans?.outcomes.flatMap((o) => (o.url ? [[o.action.key, o.url] as [string, string]] : [])) ?? []
  )
  const failed = [
    ...(sync?.outcomes.filter((o) => o.status === 'failed') ?? []),
    ...(orphans?.outcomes.filter((o) => o.status === 'failed') ?? [])
  ]
  const stateFailed = sync?.state?.status === 'failed' ? `the audit state issue: ${sync.state.error}` : undefined
  return {
    outputs: auditOutputs(result, sync, orphans),
    summary: renderAuditSummary(result, {
      issueLinks: links,
      orphanLinks,
      ...(orphans ? { orphans: orphans.observations } : {}),
      issueLine: sync ? issueLine(sync, settings, orphans) : undefined
    }),
    messages: [
      ...(sync ? [] : [{ level: 'warning' as const, text: 'No github-token: drift issues were not updated.' }]),
      // Self-heal could not start a remediation: the audit's identity lacks the action (Azure's 403).
      ...(result.remediations ?? []).flatMap((r) =>
        r.error
          ? [{ level: 'warning' as const, text: `Self-heal could not start the remediation of ${r.name}: ${r.error}` }]
          : []
      )
    ],
    failure:
      failed.length > 0 || stateFailed
        ? `${failed.length + (stateFailed ? 1 : 0)} issue update(s) failed: ${[
            ...failed.map((o) => `${o.action.key}: ${o.error}`),
            ...(stateFailed ? [stateFailed] : [])
          ].join('; ')}`
        : undefined
  }
}

async function syncIssues(
  github: GitHubClient,
  settings: ActionSettings,
  context: RunContext,
  result: AuditResult,
  memory: AuditMemory | undefined,
  requests: GitHubRequestLedger | undefined
): Promise<DriftIssueSyncResult> {
  const codeOwners = parseCodeOwners((await readCodeOwners(github, context)) ?? '')
  const path = (file: string) => repositoryPath(settings.workspace, settings.root, file)
  const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const ref = context.sha || context.defaultBranch || 'HEAD'
  const current = new Set(result.currentKeys)
  const now = new Date().toISOString()
  return syncDriftIssues(github, {
    repository: context.repository,
    reports: result.reports,
    maxWrites: settings.audit.maxIssueWrites,
    ...(requests ? { requests } : {}),
    dryRun: settings.audit.dryRun,
    isCurrent: (key) => current.has(key),
    commit: context.sha || undefined,
    log: (line) => core.info(terminalText(line)),
    ...(memory
      ? {
          state: {
            memory,
            sightings: result.firstSightings,
            unconfirmed: result.unconfirmedDrift,
            graceSeconds: result.timing.graceSeconds
          }
        }
      : {}),
    context: (report) => ({
      now,
      remediations: result.remediations?.filter((r) => r.reportKey === report.key),
      commit: context.sha || undefined,
      owners: unionOwners(
        result.teamOwners?.[report.team] ?? [],
        report.file ? ownersOf(codeOwners, path(report.file)) : []
      ),
      fileUrl: (file, line) =>
        `${server}/${context.repository.owner}/${context.repository.repo}/blob/${ref}/${path(file)}${line ? `#L${line}` : ''}`
    })
  })
}

function issueLine(
  sync: DriftIssueSyncResult,
  settings: Pick<ActionSettings, 'audit'>,
  orphans?: OrphanIssueSyncResult
): string {
  const actions = [...sync.plan.actions, ...(orphans?.plan.actions ?? [])]
  const count = (kind: string) =>
    actions.filter((a) => a.kind === kind || (kind === 'update' && a.kind === 'resolve')).length
  const unchanged = sync.plan.unchanged.length + (orphans?.plan.unchanged ?? 0)
  const verbs = `${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('close')} closed, ${unchanged} unchanged`
  const deferredCount = sync.plan.deferred.length + (orphans?.plan.deferred.length ?? 0)
  const state =
    sync.state?.status === 'deferred'
      ? ' The audit state issue (first sightings) waits for the write budget too.'
      : sync.state?.status === 'failed'
        ? ' The audit state issue (first sightings) could not be written.'
        : ''
  const deferred =
    deferredCount > 0
      ? ` — ${deferredCount} deferred to the next run (${
          sync.writeBudget.limitedBy === 'primary-rate-limit'
            ? `GitHub's rate limit left ${sync.writeBudget.limit} requests`
            : `max-issue-writes: ${settings.audit.maxIssueWrites}`
        })`
      : ''
  return settings.audit.dryRun
    ? `**Dry run** — issues that would be: ${verbs}${deferred}. Nothing was written.${state}`
    : `Issues: ${verbs}${deferred}.${state}`
}

function auditOutputs(
  result: AuditResult,
  sync: DriftIssueSyncResult | undefined,
  orphans: (OrphanIssueSyncResult & { observations: readonly OrphanObservation[] }) | undefined
): Record<string, string> {
  return {
    'drifted-sources': String(result.reports.length),
    'drifted-clusters': String(driftedClusterCount(result.reports)),
    ...Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, String(result.counts[kind])])),
    'issue-writes': String((sync?.writes ?? 0) + (orphans?.writes ?? 0)),
    'orphaned-configurations': String(orphanedConfigurationCount(orphans?.observations)),
    'unconfirmed-drift': String(result.unconfirmedDrift)
  }
}
