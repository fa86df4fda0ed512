import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { pullRequestEvent, pushEvent, shaFor, startGitHubEmulator } from '../../../emulator/github/index.js'
import { octokitFor, repo } from './github-client.js'

describe('webhook payloads from @octokit/webhooks-examples, retargeted at the emulator', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator()
  })
  afterEach(() => github.stop())

  it('builds pull_request.opened for PR #1 from the same repository', async () => {
    const event = pullRequestEvent(github, { action: 'opened', number: 1 })
    const { data: live } = await octokitFor(github, github.tokens.bot).rest.pulls.get({ ...repo, pull_number: 1 })

    expect(event).toMatchObject({
      action: 'opened',
      number: 1,
      repository: { full_name: 'contoso/fleet-policies', default_branch: 'main', owner: { login: 'contoso' } },
      organization: { login: 'contoso' },
      sender: { login: 'mona' },
      pull_request: {
        number: 1,
        head: { sha: live.head.sha, repo: { full_name: 'contoso/fleet-policies' } },
        base: { ref: 'main', sha: live.base.sha }
      }
    })
    expect(JSON.stringify(event)).not.toMatch(/Codertocat|Hello-World|api\.github\.com|Octocoders/)
  })

  it('builds pull_request.opened for PR #2 with the fork as head repository', () => {
    const event = pullRequestEvent(github, { action: 'opened', number: 2 })

    expect(event.pull_request.head.repo).toMatchObject({ full_name: 'fork-contributor/fleet-policies', fork: true })
    expect(event.pull_request.base.repo.full_name).toBe('contoso/fleet-policies')
    expect(event.repository.full_name).toBe('contoso/fleet-policies')
    expect(event.sender.login).toBe('fork-contributor')
  })

  it('builds pull_request.synchronize after a push to the branch, with before and after', () => {
    const before = github.pushToPullRequest(1, shaFor('second commit'))
    const event = pullRequestEvent(github, { action: 'synchronize', number: 1, before })

    expect(event).toMatchObject({
      action: 'synchronize',
      before,
      after: shaFor('second commit'),
      pull_request: { head: { sha: shaFor('second commit') } }
    })
  })

  it('builds the push to main that a merge makes, whose commit leads back to the pull request', async () => {
    const { before, after } = github.mergePullRequest(1)
    const event = pushEvent(github, { before })

    expect(event).toMatchObject({
      ref: 'refs/heads/main',
      before,
      after,
      head_commit: { id: after },
      repository: { full_name: 'contoso/fleet-policies' }
    })
    expect(JSON.stringify(event)).not.toMatch(/Codertocat|Hello-World|api\.github\.com|refs\/heads\/master/)
    const { data: pulls } = await octokitFor(github, github.tokens.bot).rest.repos.listPullRequestsAssociatedWithCommit(
      { ...repo, commit_sha: event.after }
    )
    expect(pulls.map((p) => p.number)).toEqual([1])
  })
})
