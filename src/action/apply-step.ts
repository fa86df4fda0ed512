import * as core from '@actions/core'
import { resolve } from 'node:path'
import { azureReads } from '../azure/azure-reads.js'
import { azureWrites } from '../azure/azure-writes.js'
import { createResourceGraphRunner } from '../azure/resource-graph.js'
import { actionAzureClients } from './azure-sign-in.js'
import { applyRoot, type ApplyOutcome } from '../commands/apply.js'
import { findMergedPullRequest, reviewedPlan, type MergedPullRequest } from '../github/merged-pull-request.js'
import type { GitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import { tokenLogin } from '../github/sticky-comment.js'
import { APPLY_MARKER, renderApplyResult } from '../render/apply-markdown.js'
import { renderRemediationOutcomes } from '../render/remediation-markdown.js'
import { fitMarkdown, GITHUB_BODY_LIMIT, JOB_SUMMARY_LIMIT } from '../render/markdown/fit-markdown.js'
import { linkTarget } from '../render/markdown/inert.js'
import { terminalText } from '../render/terminal-text.js'
import { configurationUpdateLine } from '../render/configuration-updates.js'
import type { RemediationOutcome } from '../apply/wait-for-remediations.js'
import { followRemediations } from '../apply/follow-remediations.js'
import { remediationFollowUp } from '../azure/remediation-follow-up.js'
import { createResourceGraphClient } from '../azure/resource-graph-client.js'
import type { ReviewedPlan } from '../apply/reviewed-plan.js'
import type { ActionSettings } from './inputs.js'
import { deletedSources } from '../apply/orphaned-configurations.js'
import { observationsOfApply } from '../apply/orphan-record.js'
import { listOrphanIssues, syncOrphanIssues } from '../github/orphan-issues.js'
import { problemsReport } from './report-problems.js'
import type { StepResult } from './step-result.js'
import { errorText } from '../util/error-text.js'

export const ALLOW_DELETES_LABEL = 'flux-policy:allow-deletes'
/** Per apply, as safety.removeConfigurationsOnDelete: remove the configurations deleted sources left on clusters. */
export const REMOVE_ORPHANS_LABEL = 'flux-policy:remove-orphaned-configurations'

/** Why this run may not write to Azure, or undefined when it may: only a push to the default branch applies. */
export function applyRefusal(context: RunContext): string | undefined {
  if (context.eventName !== 'push')
    return `Apply runs only on a push to the default branch, not on '${context.eventName}' events; nothing was written.`
  const branch = context.defaultBranch
  if (!branch || context.ref !== `refs/heads/${branch}`)
    return `Apply runs only on the default branch${branch ? ` (${branch})` : ''}, not on ${context.ref}; nothing was written.`
  return undefined
}

/** `mode: apply` on a push to the default branch: re-plan, compare with the reviewed plan, apply, report. */
export async function runApplyStep(
  settings: ActionSettings,
  context: RunContext,
  github?: GitHubClient
): Promise<StepResult> {
  const refusal = applyRefusal(context)
  if (refusal) return { outputs: {}, messages: [], failure: refusal }
  // The override labels count only when someone who may write added them (triage users may label, not merge).
  const overrides = [ALLOW_DELETES_LABEL, REMOVE_ORPHANS_LABEL]
  const pr = github ? await findMergedPullRequest(github, context.repository, context.sha, overrides) : undefined
  const reviewed =
    github && pr ? await reviewedPlan(github, context.repository, pr.number, await tokenLogin(github)) : undefined

  const clients = actionAzureClients(settings)
  const appliedAt = Date.now()
  const outcome = await applyRoot(
    resolve(settings.workspace, settings.root),
    `${context.repository.owner}/${context.repository.repo}`,
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients))
    },
    {
      allowManyDeletes: pr?.labels.includes(ALLOW_DELETES_LABEL) ?? false,
      onConfigurationProgress: (o) => core.info(configurationUpdateLine(o)),
      removeOrphans: pr?.labels.includes(REMOVE_ORPHANS_LABEL) ?? false,
      reviewed,
      requireReviewed: settings.requireReviewedPlan,
      onProgress: (o) =>
        core.info(
          terminalText(
            `${o.status === 'succeeded' ? '✓' : '✗'} ${o.action} ${o.name} at ${o.scope}${o.reason ? `: ${o.reason}` : ''}`
          )
        )
    }
  )
  if (outcome.kind === 'invalid') return applyStepResult({ outcome, settings, context, pr, reviewed, remediations: [] })
  const realTime = { sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)), now: () => Date.now() }
  let remediations: RemediationOutcome[] = []
  if (settings.waitForRemediation && outcome.result.outcomes.some((o) => o.remediationId || o.pendingRemediation)) {
    core.info(`Following the remediation tasks for up to ${settings.remediationTimeoutMinutes} min…`)
    const resourceGraph = createResourceGraphClient(clients)
    const changes = outcome.planned.plan.changes
    remediations = await followRemediations(
      outcome.result.outcomes,
      remediationFollowUp(clients, resourceGraph, realTime),
      settings.remediationTimeoutMinutes * 60_000,
      {
        appliedAt,
        notScopesOf: (o) => {
          const change = changes.find((c) => c.key === o.key)
          return change && change.action !== 'delete' ? change.desired.notScopes : []
        },
        onProgress: (s) =>
          core.info(
            terminalText(
              `remediation ${s.id.split('/').pop()}: ${s.state} (${s.succeeded}/${s.total} deployed, ${s.failed} failed)`
            )
          )
      }
    )
  }
  const step = applyStepResult({ outcome, settings, context, pr, reviewed, remediations })
  const recorded = github ? await recordOrphans(github, settings, context, outcome) : []
  const notes = [...ignoredLabelWarnings(pr), ...recorded]
  return notes.length > 0 ? { ...step, messages: [...step.messages, ...notes] } : step
}

/** Each override label on the merged pull request that was not honoured, and why. */
export function ignoredLabelWarnings(pr: MergedPullRequest | undefined): StepResult['messages'] {
  return (pr?.ignoredLabels ?? []).map(({ label, actor, error }) => ({
    level: 'warning' as const,
    text:
      `The label '${label}' on pull request #${pr!.number} was not honoured: ` +
      (error
        ? `who added it could not be checked (${error}).`
        : `${actor ? `${actor}, who added it,` : 'whoever added it'} may not write to the repository ` +
          '(triage users may label pull requests, not merge them).') +
      ' Only a label added by someone with write access counts.'
  }))
}

/**
 * Records each deleted source that left configurations on clusters (or where that is not known) in its
 * orphaned-configurations issue, which the nightly audit follows until none is left (docs/orphaned-configurations.md).
 * Azure is already written: a failure here (a token without `issues: write`) is a warning, not a failed apply.
 */
async function recordOrphans(
  github: GitHubClient,
  settings: ActionSettings,
  context: RunContext,
  outcome: Extract<ApplyOutcome, { kind: 'applied' }>
): Promise<StepResult['messages']> {
  const report = outcome.result.orphans
  if (!report) return []
  const deleted = new Set(
    outcome.result.outcomes.filter((o) => o.action === 'delete' && o.status === 'succeeded').map((o) => o.key)
  )
  const sources = deletedSources(outcome.planned.plan).filter((s) => deleted.has(s.assignmentKey))
  const observations = observationsOfApply(sources, report, new Date().toISOString(), context.sha || undefined)
  if (observations.length === 0) return []
  // `why` is GitHub's answer (an Octokit error's message), which may echo what the request carried: it is always
  // `errorText`'s, here or where `syncOrphanIssues` caught it, so no credential reaches the log.
  const notRecorded = (why: string) => [
    {
      level: 'warning' as const,
      text:
        `The orphaned configurations of ${observations.length} deleted source(s) could not be recorded for the ` +
        `audit (${why}); the apply result lists them. The apply workflow needs 'issues: write'.`
    }
  ]
  try {
    const existing = await listOrphanIssues(github, context.repository, await tokenLogin(github))
    const sync = await syncOrphanIssues(github, {
      repository: context.repository,
      observations,
      existing,
      maxWrites: settings.audit.maxIssueWrites,
      dryRun: false,
      log: (line) => core.info(terminalText(line))
    })
    const failed = sync.outcomes.filter((o) => o.status === 'failed')
    if (failed.length > 0) return notRecorded(failed.map((o) => o.error).join('; '))
    if (sync.plan.deferred.length > 0) return notRecorded(`max-issue-writes: ${settings.audit.maxIssueWrites}`)
    return []
  } catch (error) {
    return notRecorded(errorText(error))
  }
}

export interface ApplyStepFacts {
  outcome: ApplyOutcome
  settings: Pick<ActionSettings, 'workspace' | 'root'>
  context: Pick<RunContext, 'repository' | 'sha' | 'runUrl'>
  /** The merged pull request the push came from, when one was found (the report is commented there). */
  pr?: MergedPullRequest
  reviewed?: ReviewedPlan
  remediations: RemediationOutcome[]
}

const FULL_RESULT = "every outcome is in the step's `result` output."

/** Where the rest of a comment cut to GitHub's limit is. */
const commentPointer = (runUrl?: string): string =>
  `This comment was shortened to fit GitHub's limit. The full result is in the job summary` +
  `${runUrl ? ` of [this run](${linkTarget(runUrl)})` : ''}, and ${FULL_RESULT}`

/** What the apply step reports: outputs, summary and the comment on the merged pull request, and whether it failed. */
export function applyStepResult(facts: ApplyStepFacts): StepResult {
  const { outcome, context, pr, remediations } = facts
  if (outcome.kind === 'invalid') {
    const report = problemsReport(outcome.problems, outcome.fileCount, facts.settings)
    const failure = `${outcome.problems.length} problems in the policy files; nothing was written to Azure.`
    return { outputs: {}, ...report, failure }
  }
  const { result, planned, review } = outcome
  const planHash = planned.plan.hash
  const messages: StepResult['messages'] =
    review.kind === 'differs'
      ? [
          {
            level: 'warning',
            text:
              `The plan applied (${planHash}) differs from the plan reviewed on the pull request (${facts.reviewed?.hash}): ` +
              `${review.unreviewed.join('; ')}.`
          }
        ]
      : []
  const alreadyLive = review.kind === 'continues' ? review.alreadyLive : undefined
  const reportContext = {
    commit: context.sha,
    planHash,
    reviewedHash: facts.reviewed?.hash,
    alreadyLive,
    runUrl: context.runUrl
  }
  const report = renderApplyResult(result, reportContext) + renderRemediationOutcomes(remediations)
  const marker = `${APPLY_MARKER}<!-- ${context.sha} -->`
  const count = (status: string) => String(result.outcomes.filter((o) => o.status === status).length)
  const remediationFailures = remediations.filter((r) => r.state !== 'Succeeded').length
  const updates = result.configurationUpdates
  const clustersFailed = updates?.outcomes.filter((o) => o.status === 'failed').length ?? 0
  const what = [
    ...(Number(count('failed')) > 0 || clustersFailed === 0 ? [`${count('failed')} assignment(s)`] : []),
    ...(clustersFailed > 0 ? [`${clustersFailed} cluster configuration update(s)`] : [])
  ].join(' and ')
  const failure = !result.succeeded
    ? (result.refused ??
      (updates?.error
        ? `Flux configurations could not be checked (${updates.error}); re-running converges.`
        : `${what} failed; see the summary. Re-running converges.`))
    : remediationFailures > 0
      ? `${remediationFailures} remediation task(s) did not succeed; see the summary for the clusters and errors.`
      : undefined
  return {
    outputs: {
      'plan-hash': planHash,
      applied: count('succeeded'),
      failed: count('failed'),
      result: JSON.stringify({
        refused: result.refused,
        outcomes: result.outcomes,
        ...(updates ? { configurationUpdates: updates } : {}),
        orphans: result.orphans
      })
    },
    summary: fitMarkdown(report, JOB_SUMMARY_LIMIT, `This summary was shortened; ${FULL_RESULT}`),
    messages,
    comment: pr
      ? {
          target: { ...context.repository, issueNumber: pr.number, marker },
          body: fitMarkdown(report.replace(APPLY_MARKER, marker), GITHUB_BODY_LIMIT, commentPointer(context.runUrl))
        }
      : undefined,
    failure
  }
}
