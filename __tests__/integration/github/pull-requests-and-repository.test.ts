import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { DEFAULT_CODEOWNERS, shaFor, startGitHubEmulator } from '../../../emulator/github/index.js'
import { failure, octokitFor, repo } from './github-client.js'

describe('pull requests, the repository and CODEOWNERS through @octokit/rest', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator()
  })
  afterEach(() => github.stop())

  it("serves PR #1 from a branch of the repository and PR #2 from a fork, with GitHub's head and base objects", async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const { data: sameRepository } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
    const { data: fromFork } = await octokit.rest.pulls.get({ ...repo, pull_number: 2 })

    expect(sameRepository).toMatchObject({
      number: 1,
      state: 'open',
      merged: false,
      user: { login: 'mona' },
      head: {
        ref: 'payments/exclude-canary',
        label: 'contoso:payments/exclude-canary',
        repo: { full_name: 'contoso/fleet-policies', fork: false }
      },
      base: { ref: 'main', repo: { full_name: 'contoso/fleet-policies', default_branch: 'main' } }
    })
    expect(fromFork).toMatchObject({
      number: 2,
      user: { login: 'fork-contributor' },
      head: {
        label: 'fork-contributor:patch-1',
        repo: { full_name: 'fork-contributor/fleet-policies', fork: true, owner: { login: 'fork-contributor' } }
      },
      base: { repo: { full_name: 'contoso/fleet-policies' } }
    })
    expect(fromFork.head.repo?.full_name).not.toBe(fromFork.base.repo.full_name)
    expect((await failure(octokit.rest.pulls.get({ ...repo, pull_number: 3 }))).status).toBe(404)
  })

  it('lists open pull requests, newest first, and filters by head', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    expect((await octokit.rest.pulls.list(repo)).data.map((p) => p.number)).toEqual([2, 1])
    expect(
      (await octokit.rest.pulls.list({ ...repo, head: 'fork-contributor:patch-1' })).data.map((p) => p.number)
    ).toEqual([2])
  })

  it('finds the pull request of a commit: the open one by its head, the merged one by its merge commit', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const { data: pullRequest } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 })
    const byHead = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: pullRequest.head.sha
    })
    expect(byHead.data.map((p) => [p.number, p.merged_at])).toEqual([[1, null]])

    const { after } = github.mergePullRequest(1)
    const byMerge = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: after })

    expect(byMerge.data).toHaveLength(1)
    expect(byMerge.data[0]).toMatchObject({ number: 1, state: 'closed', merge_commit_sha: after })
    expect(byMerge.data[0]?.merged_at).not.toBeNull()
    expect((await octokit.rest.repos.get(repo)).data.default_branch).toBe('main')
    expect((await octokit.rest.pulls.list(repo)).data.map((p) => p.number)).toEqual([2])
    const unknown = await failure(
      octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: shaFor('never pushed') })
    )
    expect(unknown).toMatchObject({
      status: 422,
      data: { message: `No commit found for SHA: ${shaFor('never pushed')}` }
    })
  })

  it('serves the repository and tells a fork by its parent', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const { data: repository } = await octokit.rest.repos.get(repo)
    const { data: fork } = await octokit.rest.repos.get({ owner: 'fork-contributor', repo: 'fleet-policies' })

    expect(repository).toMatchObject({
      full_name: 'contoso/fleet-policies',
      default_branch: 'main',
      fork: false,
      owner: { login: 'contoso', type: 'Organization' }
    })
    expect(fork).toMatchObject({ fork: true, parent: { full_name: 'contoso/fleet-policies' } })
    expect((await failure(octokit.rest.repos.get({ owner: 'contoso', repo: 'missing' }))).status).toBe(404)
  })

  it('serves .github/CODEOWNERS base64-encoded, naming the owners of every example team, and 404s the other locations', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: '.github/CODEOWNERS' })
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')

    const text = Buffer.from(data.content, 'base64').toString('utf8')
    expect(data.encoding).toBe('base64')
    expect(data.content.split('\n').every((line) => line.length <= 60)).toBe(true)
    expect(text).toBe(DEFAULT_CODEOWNERS)
    const platform = parse(readFileSync(new URL('../../../examples/flux-policy.yaml', import.meta.url), 'utf8')) as {
      teams: Record<string, { owners: string[] }>
    }
    for (const [team, { owners }] of Object.entries(platform.teams)) {
      const line = text.split('\n').find((l) => l.startsWith(`/teams/${team}/`))
      expect([team, line?.split(/\s+/).slice(1)]).toEqual([team, owners])
    }
    for (const path of ['CODEOWNERS', 'docs/CODEOWNERS']) {
      expect((await failure(octokit.rest.repos.getContent({ ...repo, path }))).status).toBe(404)
    }
  })

  it('serves CODEOWNERS from another location when a test seeds it there', async () => {
    github.seed({
      repositories: [
        { owner: 'contoso', name: 'other-policies', files: { 'docs/CODEOWNERS': '/teams/data/ @contoso/data\n' } }
      ]
    })
    const { data } = await octokitFor(github, github.tokens.bot).rest.repos.getContent({
      owner: 'contoso',
      repo: 'other-policies',
      path: 'docs/CODEOWNERS'
    })

    expect(Array.isArray(data) ? undefined : data.path).toBe('docs/CODEOWNERS')
  })

  it('serves a file at any known commit, branch or tag of the repository, and 404s an unknown ref', async () => {
    github.seed({
      repositories: [{ owner: 'contoso', name: 'history', files: { 'a.yaml': 'first\n' }, tags: {}, branches: {} }]
    })
    const at = { owner: 'contoso', repo: 'history' }
    const { before, after } = github.commitToDefaultBranch({ 'a.yaml': 'second\n' }, { repository: 'contoso/history' })
    Object.assign(
      github.state.repositories.find((r) => r.name === 'history')!,
      {
        tags: { 'v1.0.0': before },
        branches: { release: before }
      }
    )
    const octokit = octokitFor(github, github.tokens.bot)
    const text = async (ref?: string) => {
      const { data } = await octokit.rest.repos.getContent({ ...at, path: 'a.yaml', ...(ref ? { ref } : {}) })
      if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')
      return Buffer.from(data.content, 'base64').toString('utf8')
    }
    expect(await text()).toBe('second\n')
    expect(await text(after)).toBe('second\n')
    for (const ref of [before, 'v1.0.0', 'refs/tags/v1.0.0', 'release', 'refs/heads/release'])
      expect([ref, await text(ref)]).toEqual([ref, 'first\n'])
    for (const ref of ['f'.repeat(40), 'refs/heads/v1.0.0', 'refs/tags/release', 'missing'])
      expect([ref, (await failure(octokit.rest.repos.getContent({ ...at, path: 'a.yaml', ref }))).status]).toEqual([
        ref,
        404
      ])
  })
})
