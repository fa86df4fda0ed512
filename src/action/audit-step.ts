import * as core from '@actions/core'
import { resolve } from 'node:path'
import { driftedClusterCount } from '../audit/drift-counts.js'
import { DRIFT_KINDS } from '../audit/drift-kinds.js'
import { actionAzureClients } from './azure-sign-in.js'
import { auditRoot, type AuditResult } from '../commands/audit.js'
import { ownersOf, parseCodeOwners } from '../github/codeowners.js'
import { syncDriftIssues, type DriftIssueSyncResult } from '../github/drift-issues.js'
import { createGitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import { renderAuditSummary } from '../render/drift/audit-summary.js'
import { terminalText } from '../render/terminal-text.js'
import type { ActionSettings } from './inputs.js'
import { reportProblems, repositoryPath } from './report-problems.js'
import { readCodeOwners } from './team-owners.js'

/**
 * `mode: audit` (nightly, on `schedule` / `workflow_dispatch`): audit the fleet against the default branch, keep one
 * issue per drifted source, and report the fleet's health in the job summary. Drift is not a failure; an audit
 * that could not finish is, and then no issue is touched.
 */
export async function runAuditStep(settings: ActionSettings, context: RunContext): Promise<void> {
  const repository = `${context.repository.owner}/${context.repository.repo}`
  const outcome = await auditRoot(resolve(settings.workspace, settings.root), repository, actionAzureClients(settings), {
    timing: { graceSeconds: settings.audit.graceSeconds }
  })
  if (outcome.kind === 'invalid') {
    await reportProblems(outcome.problems, outcome.fileCount, settings)
    core.setFailed(`${outcome.problems.length} problems in the policy files; the fleet was not audited.`)
    return
  }
  if (outcome.kind === 'failed') {
    await core.summary.addRaw(`## flux-policy audit\n\n**The audit could not finish** (\`${outcome.error.code}\`): ${outcome.error.message}\n\nNo issue was opened, changed or closed.\n`).write()
    core.setFailed(`${terminalText(outcome.error.message)} No issue was opened, changed or closed.`)
    return
  }
  const { result } = outcome
  const sync = settings.githubToken ? await syncIssues(settings, context, result) : undefined
  if (!sync) core.warning('No github-token: drift issues were not updated.')
  const links = new Map(sync?.outcomes.flatMap((o) => (o.url ? [[o.action.key, o.url] as [string, string]] : [])) ?? [])
  await core.summary.addRaw(renderAuditSummary(result, { issueLinks: links, issueLine: sync ? issueLine(sync, settings) : undefined })).write()
  setAuditOutputs(result, sync)
  const failed = sync?.outcomes.filter((o) => o.status === 'failed') ?? []
  if (failed.length > 0) core.setFailed(terminalText(`${failed.length} issue update(s) failed: ${failed.map((o) => `${o.action.key}: ${o.error}`).join('; ')}`))
}

async function syncIssues(settings: ActionSettings, context: RunContext, result: AuditResult): Promise<DriftIssueSyncResult> {
  const github = createGitHubClient({ token: settings.githubToken, baseUrl: context.apiUrl, log: { warn: core.warning } })
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
    dryRun: settings.audit.dryRun,
    isCurrent: (key) => current.has(key),
    commit: context.sha || undefined,
    log: (line) => core.info(terminalText(line)),
    context: (report) => ({
      now,
      commit: context.sha || undefined,
      owners: report.file ? ownersOf(codeOwners, path(report.file)) : [],
      fileUrl: (file, line) => `${server}/${context.repository.owner}/${context.repository.repo}/blob/${ref}/${path(file)}${line ? `#L${line}` : ''}`
    })
  })
}

function issueLine(sync: DriftIssueSyncResult, settings: ActionSettings): string {
  const count = (kind: string) => sync.plan.actions.filter((a) => a.kind === kind).length
  const verbs = `${count('open')} opened, ${count('update')} updated, ${count('reopen')} reopened, ${count('close')} closed, ${sync.plan.unchanged.length} unchanged`
  const deferred = sync.plan.deferred.length > 0 ? ` — ${sync.plan.deferred.length} deferred to the next run (max-issue-writes: ${settings.audit.maxIssueWrites})` : ''
  return settings.audit.dryRun ? `**Dry run** — issues that would be: ${verbs}${deferred}. Nothing was written.` : `Issues: ${verbs}${deferred}.`
}

function setAuditOutputs(result: AuditResult, sync: DriftIssueSyncResult | undefined): void {
  core.setOutput('drifted-sources', String(result.reports.length))
  core.setOutput('drifted-clusters', String(driftedClusterCount(result.reports)))
  for (const kind of DRIFT_KINDS) core.setOutput(kind, String(result.counts[kind]))
  core.setOutput('issue-writes', String(sync?.writes ?? 0))
}
