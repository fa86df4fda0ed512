import * as core from '@actions/core'
import { resolve } from 'node:path'
import { azureReads } from '../azure/azure-reads.js'
import { azureWrites } from '../azure/azure-writes.js'
import { actionAzureClients } from './azure-sign-in.js'
import { applyRoot } from '../commands/apply.js'
import { findMergedPullRequest, reviewedPlanHash } from '../github/merged-pull-request.js'
import { createGitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import { tokenLogin, upsertStickyComment } from '../github/sticky-comment.js'
import { APPLY_MARKER, renderApplyResult } from '../render/apply-markdown.js'
import { renderRemediationOutcomes } from '../render/remediation-markdown.js'
import { clusterDeployments, remediationStatus } from '../azure/remediation-status.js'
import { waitForRemediations, type RemediationOutcome } from '../apply/wait-for-remediations.js'
import type { ActionSettings } from './inputs.js'
import { reportProblems } from './report-problems.js'

export const ALLOW_DELETES_LABEL = 'flux-policy:allow-deletes'

/** Why this run may not write to Azure, or undefined when it may: only a push to the default branch applies. */
export function applyRefusal(context: RunContext): string | undefined {
  if (context.eventName !== 'push') return `Apply runs only on a push to the default branch, not on '${context.eventName}' events; nothing was written.`
  const branch = context.defaultBranch
  if (!branch || context.ref !== `refs/heads/${branch}`) return `Apply runs only on the default branch${branch ? ` (${branch})` : ''}, not on ${context.ref}; nothing was written.`
  return undefined
}

/** `mode: apply` on a push to the default branch: re-plan, compare with the reviewed plan, apply, report. */
export async function runApplyStep(settings: ActionSettings, context: RunContext): Promise<void> {
  const refusal = applyRefusal(context)
  if (refusal) { core.setFailed(refusal); return }
  const github = settings.githubToken ? createGitHubClient({ token: settings.githubToken, baseUrl: context.apiUrl, log: { warn: core.warning } }) : undefined
  const pr = github ? await findMergedPullRequest(github, context.repository, context.sha) : undefined
  const reviewedHash = github && pr ? await reviewedPlanHash(github, context.repository, pr.number, await tokenLogin(github)) : undefined

  const clients = actionAzureClients(settings)
  const outcome = await applyRoot(resolve(settings.workspace, settings.root), `${context.repository.owner}/${context.repository.repo}`, { reads: azureReads(clients), writes: azureWrites(clients) }, {
    allowManyDeletes: pr?.labels.includes(ALLOW_DELETES_LABEL) ?? false,
    requireHash: settings.requireReviewedPlan ? reviewedHash ?? 'none reviewed' : undefined,
    onProgress: (o) => core.info(`${o.status === 'succeeded' ? '✓' : '✗'} ${o.action} ${o.name} at ${o.scope}${o.reason ? `: ${o.reason}` : ''}`)
  })
  if (outcome.kind === 'invalid') {
    await reportProblems(outcome.problems, outcome.fileCount, settings)
    core.setFailed(`${outcome.problems.length} problems in the policy files; nothing was written to Azure.`)
    return
  }
  const { result, planned } = outcome
  if (reviewedHash && reviewedHash !== planned.plan.hash) core.warning(`The plan applied (${planned.plan.hash}) differs from the plan reviewed on the pull request (${reviewedHash}).`)
  const remediationIds = result.outcomes.flatMap((o) => (o.remediationId ? [o.remediationId] : []))
  let remediations: RemediationOutcome[] = []
  if (settings.waitForRemediation && remediationIds.length > 0) {
    core.info(`Waiting up to ${settings.remediationTimeoutMinutes} min for ${remediationIds.length} remediation task(s)…`)
    remediations = await waitForRemediations(remediationIds, {
      status: (id) => remediationStatus(clients, id),
      deployments: (id) => clusterDeployments(clients, id),
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
      now: () => Date.now()
    }, settings.remediationTimeoutMinutes * 60_000, (s) => core.info(`remediation ${s.id.split('/').pop()}: ${s.state} (${s.succeeded}/${s.total} deployed, ${s.failed} failed)`))
  }
  const report = renderApplyResult(result, { commit: context.sha, planHash: planned.plan.hash, reviewedHash, runUrl: context.runUrl }) + renderRemediationOutcomes(remediations)
  if (github && pr) await upsertStickyComment(github, { ...context.repository, issueNumber: pr.number, marker: `${APPLY_MARKER}<!-- ${context.sha} -->` }, report.replace(APPLY_MARKER, `${APPLY_MARKER}<!-- ${context.sha} -->`))
  await core.summary.addRaw(report).write()
  const count = (status: string) => String(result.outcomes.filter((o) => o.status === status).length)
  core.setOutput('plan-hash', planned.plan.hash)
  core.setOutput('applied', count('succeeded'))
  core.setOutput('failed', count('failed'))
  core.setOutput('result', JSON.stringify({ refused: result.refused, outcomes: result.outcomes }))
  const remediationFailures = remediations.filter((r) => r.state !== 'Succeeded').length
  if (!result.succeeded) core.setFailed(result.refused ?? `${count('failed')} assignment(s) failed; see the summary. Re-running converges.`)
  else if (remediationFailures > 0) core.setFailed(`${remediationFailures} remediation task(s) did not succeed; see the summary for the clusters and errors.`)
}
