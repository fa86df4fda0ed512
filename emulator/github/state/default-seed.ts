import type { GitHubSeed } from './seed.js'

export const DEFAULT_REPOSITORY = 'contoso/fleet-policies'
export const FORK_REPOSITORY = 'fork-contributor/fleet-policies'

/**
 * The `GITHUB_TOKEN` of a workflow run: the github-actions app's installation, which comments as `github-actions[bot]`.
 */
export const BOT_TOKEN = 'ghs_EmulatedGitHubActionsInstallation01'
/** A person's personal access token (a maintainer of the policy repository). */
export const HUMAN_TOKEN = 'ghp_EmulatedPersonalAccessTokenMona0001'
/** The read-only `GITHUB_TOKEN` a workflow gets for a pull request from a fork. */
export const READ_ONLY_BOT_TOKEN = 'ghs_EmulatedReadOnlyForkPullRequest0001'

/** github-actions[bot] has this id on github.com; products sometimes compare against it. */
export const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 }

/** One owner per team of `examples/flux-policy.yaml`; the platform team also owns the platform file. */
export const DEFAULT_CODEOWNERS = [
  '# Each team reviews its own files; the platform team owns the platform file and the rest.',
  '*                      @contoso/platform',
  '/flux-policy.yaml      @contoso/platform',
  '/teams/platform/       @contoso/platform',
  '/teams/payments/       @contoso/payments',
  '/teams/data/           @contoso/data',
  ''
].join('\n')

/**
 * `contoso/fleet-policies` (default branch `main`, CODEOWNERS in `.github/`), open pull request #1 from a branch
 * of the same repository and #2 from a fork, a bot, a maintainer and a fork contributor with their tokens.
 */
export function defaultSeed(): GitHubSeed {
  return {
    accounts: [
      { login: 'contoso', type: 'Organization', name: 'Contoso' },
      { login: GITHUB_ACTIONS_BOT.login, id: GITHUB_ACTIONS_BOT.id, type: 'Bot' },
      { login: 'mona', name: 'Mona Lisa' },
      { login: 'fork-contributor', name: 'Fork Contributor' }
    ],
    tokens: [
      { token: BOT_TOKEN, login: GITHUB_ACTIONS_BOT.login, kind: 'installation', permission: 'write', actions: true },
      { token: HUMAN_TOKEN, login: 'mona', kind: 'user', permission: 'write' },
      {
        token: READ_ONLY_BOT_TOKEN,
        login: GITHUB_ACTIONS_BOT.login,
        kind: 'installation',
        permission: 'read',
        actions: true
      }
    ],
    repositories: [
      { owner: 'contoso', name: 'fleet-policies', files: { '.github/CODEOWNERS': DEFAULT_CODEOWNERS } },
      {
        owner: 'fork-contributor',
        name: 'fleet-policies',
        forkOf: DEFAULT_REPOSITORY,
        files: { '.github/CODEOWNERS': DEFAULT_CODEOWNERS }
      }
    ],
    // mona maintains the policy repository; fork-contributor is no collaborator.
    collaborators: [{ repository: DEFAULT_REPOSITORY, login: 'mona', role: 'maintain' }],
    pullRequests: [
      {
        number: 1,
        title: 'payments: exclude the canary cluster',
        author: 'mona',
        body: 'Moves the canary cluster out of the payments-apps assignment.',
        head: { ref: 'payments/exclude-canary' }
      },
      {
        number: 2,
        title: 'data: add the nightly pipelines source',
        author: 'fork-contributor',
        body: 'Adds a source for the data team from a fork.',
        head: { repository: FORK_REPOSITORY, ref: 'patch-1' }
      }
    ]
  }
}
