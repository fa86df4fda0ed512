import { pullRequestEvent, pushEvent } from '../github/events.js'
import type { GitHubEmulator } from '../github/start-github-emulator.js'
import { DEFAULT_REPOSITORY } from '../github/state/default-seed.js'
import { findRepositoryByFullName } from '../github/state/lookups.js'
import type { RepositoryRecord } from '../github/state/records.js'

/**
 * Event payloads a workflow run of the seeded repository would get, for running the bundled action locally
 * (`npm run action -- --event DIR/<name>.json`): pull request #1 opened, the push of its merge, the nightly
 * schedule and a manual dispatch. Schedule and dispatch payloads carry no commit: the runner takes it from
 * GITHUB_REF and GITHUB_SHA (`defaultBranchEnv`).
 */
export function eventFiles(github: GitHubEmulator): Array<{ name: string; payload: unknown }> {
  const repository = seededRepository(github)
  const pullRequest = pullRequestEvent(github, { action: 'opened', number: 1 })
  // The push is the merge of that pull request, as on GitHub after a reviewed plan: apply finds the pull request
  // by its merge commit and reads the plan the action commented there (require-reviewed-plan is on by default).
  github.mergePullRequest(1)
  return [
    { name: 'pull_request', payload: pullRequest },
    { name: 'push', payload: pushEvent(github) },
    // https://docs.github.com/webhooks/webhook-events-and-payloads#schedule — the payload holds the cron line.
    { name: 'schedule', payload: { schedule: '17 3 * * *' } },
    {
      name: 'workflow_dispatch',
      payload: {
        ref: `refs/heads/${repository.defaultBranch}`,
        inputs: {},
        workflow: '.github/workflows/flux-policy-audit.yml'
      }
    }
  ]
}

/** The commit a scheduled or dispatched run checks out: the head of the seeded repository's default branch. */
export function defaultBranchEnv(github: GitHubEmulator): Record<string, string> {
  const repository = seededRepository(github)
  return { GITHUB_REF: `refs/heads/${repository.defaultBranch}`, GITHUB_SHA: repository.defaultBranchSha }
}

function seededRepository(github: GitHubEmulator): RepositoryRecord {
  const repository = findRepositoryByFullName(github.state, DEFAULT_REPOSITORY)
  if (!repository) throw new Error(`the GitHub emulator has no ${DEFAULT_REPOSITORY}`)
  return repository
}
