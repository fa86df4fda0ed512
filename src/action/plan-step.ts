import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { azureReads } from '../azure/azure-reads.js'
import { createResourceGraphRunner } from '../azure/resource-graph.js'
import { createResourceGraphClient } from '../azure/resource-graph-client.js'
import { actionAzureClients } from './azure-sign-in.js'
import { planRoot } from '../commands/plan.js'
import { validateRoot } from '../commands/validate.js'
import type { GitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import type { Plan } from '../plan/plan.js'
import type { Problem } from '../config/problem.js'
import { PLAN_MARKER, renderPlanComment } from '../render/plan/plan-markdown.js'
import { renderPlanJson } from '../render/plan/plan-json.js'
import { hasChanges } from '../render/plan/plan-status.js'
import { renderForkComment, renderValidationComment } from '../render/validation-comment.js'
import type { ActionSettings } from './inputs.js'
import { problemsReport, repositoryPath } from './report-problems.js'
import type { StepComment, StepResult } from './step-result.js'
import { teamOwners } from './team-owners.js'
import { mergeOwners } from '../config/team-owners.js'

const FORK_NOTICE = "Pull request from a fork: validated only; a plan needs the repository's Azure credentials."

/**
 * `mode: plan` on a pull request: validate, read live Azure, plan, and post one sticky comment. Writes nothing to
 * Azure.
 */
export async function runPlanStep(
  settings: ActionSettings,
  context: RunContext,
  github?: GitHubClient
): Promise<StepResult> {
  const pr = context.pullRequest
  const commit = pr?.headSha ?? context.sha
  const root = resolve(settings.workspace, settings.root)
  const comment = (body: string): StepComment | undefined =>
    pr
      ? {
          target: { ...context.repository, issueNumber: pr.number, marker: PLAN_MARKER },
          body,
          forkMayNotComment: pr.isFork
        }
      : undefined

  const inRepository = (file: string) => repositoryPath(settings.workspace, settings.root, file)
  const invalid = (problems: Problem[], fileCount: number): StepResult => ({
    outputs: { 'has-changes': 'false' },
    ...problemsReport(problems, fileCount, settings),
    comment: comment(renderValidationComment(problems, commit, inRepository)),
    failure: `${problems.length} problems in the policy files; nothing was planned.`
  })

  if (pr?.isFork) {
    const { problems, fileCount } = await validateRoot(root)
    if (problems.length > 0) return invalid(problems, fileCount)
    const report = problemsReport(problems, fileCount, settings)
    return {
      outputs: {},
      summary: report.summary,
      messages: [{ level: 'notice', text: FORK_NOTICE }],
      comment: comment(renderForkComment(fileCount, commit))
    }
  }

  const clients = actionAzureClients(settings)
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients))
  const outcome = await planRoot(
    root,
    `${context.repository.owner}/${context.repository.repo}`,
    azureReads(clients),
    // The pull-request plan signs in as the read-only plan identity, not the one that writes: apply checks the
    // apply identity's permissions before its first write.
    { checkPermissions: false, resourceGraph }
  )

  if (outcome.kind === 'invalid') return invalid(outcome.problems, outcome.fileCount)
  const { plan } = outcome
  const planFile = settings.planFile ? resolve(settings.workspace, settings.planFile) : undefined
  if (planFile) {
    await mkdir(dirname(planFile), { recursive: true })
    await writeFile(planFile, renderPlanJson(plan, { commit }))
  }
  const codeOwners = github && pr ? await teamOwners(github, context, outcome.desired, settings) : {}
  const owners = mergeOwners(outcome.teamOwners, codeOwners)
  return {
    outputs: planOutputs(plan, settings.planFile),
    summary: renderPlanComment(plan, { commit, owners, limit: 1_000_000 }),
    messages: [],
    comment: comment(
      renderPlanComment(plan, { commit, runUrl: context.runUrl, planFile: settings.planFile || undefined, owners })
    ),
    failure: plan.errors.length > 0 ? plan.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n') : undefined
  }
}

function planOutputs(plan: Plan, planFile: string): Record<string, string> {
  return {
    'has-changes': hasChanges(plan) ? 'true' : 'false',
    'plan-hash': plan.hash,
    creates: String(plan.counts.create),
    updates: String(plan.counts.update),
    deletes: String(plan.counts.delete),
    'plan-file': planFile
  }
}
