import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { actionAzureClients } from './azure-sign-in.js'
import { planRoot } from '../commands/plan.js'
import { validateRoot } from '../commands/validate.js'
import { createGitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import { upsertStickyComment } from '../github/sticky-comment.js'
import type { Plan } from '../plan/plan.js'
import type { Problem } from '../config/problem.js'
import { PLAN_MARKER, renderPlanComment } from '../render/plan/plan-markdown.js'
import { renderPlanJson } from '../render/plan/plan-json.js'
import { hasChanges } from '../render/plan/plan-status.js'
import { renderForkComment, renderValidationComment } from '../render/validation-comment.js'
import type { ActionSettings } from './inputs.js'
import { reportProblems, repositoryPath } from './report-problems.js'
import { teamOwners } from './team-owners.js'
import { terminalText } from '../render/terminal-text.js'

/** `mode: plan` on a pull request: validate, read live Azure, plan, and post one sticky comment. Writes nothing to Azure. */
export async function runPlanStep(settings: ActionSettings, context: RunContext): Promise<void> {
  const pr = context.pullRequest
  const commit = pr?.headSha ?? context.sha
  const root = resolve(settings.workspace, settings.root)
  const github = settings.githubToken ? createGitHubClient({ token: settings.githubToken, baseUrl: context.apiUrl, log: { warn: core.warning } }) : undefined
  const comment = async (body: string) => {
    if (!pr || !github) return
    try {
      const result = await upsertStickyComment(github, { ...context.repository, issueNumber: pr.number, marker: PLAN_MARKER }, body)
      core.info(`Plan comment ${result.action}: ${result.url}`)
    } catch (error) {
      // A fork's GITHUB_TOKEN is read-only: say so, and keep the result in the summary instead of failing.
      if (!pr.isFork || (error as { status?: number }).status !== 403) throw error
      core.notice('The token of a pull request from a fork cannot comment; the result is in the job summary.')
    }
  }

  const reportInvalid = async (problems: Problem[], fileCount: number) => {
    await reportProblems(problems, fileCount, settings)
    await comment(renderValidationComment(problems, commit, (f) => repositoryPath(settings.workspace, settings.root, f)))
    core.setOutput('has-changes', 'false')
    core.setFailed(`${problems.length} problems in the policy files; nothing was planned.`)
  }

  if (pr?.isFork) {
    const { problems, fileCount } = await validateRoot(root)
    if (problems.length > 0) return reportInvalid(problems, fileCount)
    await reportProblems(problems, fileCount, settings)
    await comment(renderForkComment(fileCount, commit))
    core.notice('Pull request from a fork: validated only; a plan needs the repository\'s Azure credentials.')
    return
  }

  const outcome = await planRoot(root, `${context.repository.owner}/${context.repository.repo}`, actionAzureClients(settings))

  if (outcome.kind === 'invalid') return reportInvalid(outcome.problems, outcome.fileCount)
  const { plan } = outcome
  const planFile = settings.planFile ? resolve(settings.workspace, settings.planFile) : undefined
  if (planFile) {
    await mkdir(dirname(planFile), { recursive: true })
    await writeFile(planFile, renderPlanJson(plan, { commit }))
  }
  const owners = github && pr ? await teamOwners(github, context, outcome.desired, settings) : {}
  await comment(renderPlanComment(plan, { commit, runUrl: context.runUrl, planFile: settings.planFile || undefined, owners }))
  await core.summary.addRaw(renderPlanComment(plan, { commit, owners, limit: 1_000_000 })).write()
  setPlanOutputs(plan, settings.planFile)
  if (plan.errors.length > 0) core.setFailed(plan.errors.map((e) => terminalText(`${e.file}:${e.line}: ${e.message}`)).join('\n'))
}

function setPlanOutputs(plan: Plan, planFile: string): void {
  core.setOutput('has-changes', hasChanges(plan) ? 'true' : 'false')
  core.setOutput('plan-hash', plan.hash)
  core.setOutput('creates', String(plan.counts.create))
  core.setOutput('updates', String(plan.counts.update))
  core.setOutput('deletes', String(plan.counts.delete))
  core.setOutput('plan-file', planFile)
}
