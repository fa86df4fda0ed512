import type { DesiredState } from '../desired/desired-assignment.js'
import { CODEOWNERS_PATHS, ownersOf, parseCodeOwners } from '../github/codeowners.js'
import type { GitHubClient } from '../github/octokit.js'
import type { RunContext } from '../github/run-context.js'
import type { ActionSettings } from './inputs.js'
import { repositoryPath } from './report-problems.js'

/**
 * Each team's CODEOWNERS owners (of its files), from the base branch's CODEOWNERS as GitHub applies it; none without
 * one.
 */
export async function teamOwners(
  github: GitHubClient,
  context: RunContext,
  desired: DesiredState,
  settings: ActionSettings
): Promise<Record<string, string[]>> {
  const text = await readCodeOwners(github, context)
  if (!text) return {}
  const rules = parseCodeOwners(text)
  const owners: Record<string, string[]> = {}
  for (const a of desired.assignments) {
    if (a.kind !== 'configuration' || owners[a.metadata.fluxPolicy.team]) continue
    const found = ownersOf(rules, repositoryPath(settings.workspace, settings.root, a.metadata.fluxPolicy.file))
    if (found.length) owners[a.metadata.fluxPolicy.team] = found
  }
  return owners
}

/** The CODEOWNERS text GitHub applies (the base branch of a pull request, else the commit run on), if any. */
export async function readCodeOwners(github: GitHubClient, context: RunContext): Promise<string | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    try {
      const { data } = await github.rest.repos.getContent({
        ...context.repository,
        path,
        ref: context.pullRequest?.baseRef ?? context.sha
      })
      if (!Array.isArray(data) && data.type === 'file' && 'content' in data)
        return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
    }
  }
  return undefined
}
