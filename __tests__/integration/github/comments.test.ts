import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, MAX_BODY_CHARACTERS, startGitHubEmulator } from '../../../emulator/github/index.js'
import { failure, octokitFor, repo } from './github-client.js'

const MARKER = '<!-- flux-policy:plan -->'

/** 75 comments on PR #1: people talking, other bots, a decoy with our marker by a person, ours near the end. */
function conversation(): Array<{ issueNumber: number; body: string; author: string }> {
  return Array.from({ length: 75 }, (_, index) => {
    if (index === 10) return { issueNumber: 1, body: `${MARKER}\nquoted by a person`, author: 'mona' }
    if (index === 70) return { issueNumber: 1, body: `${MARKER}\nplan for abc123`, author: GITHUB_ACTIONS_BOT.login }
    if (index % 7 === 0)
      return { issueNumber: 1, body: `some other bot's note ${index}`, author: GITHUB_ACTIONS_BOT.login }
    return { issueNumber: 1, body: `review remark ${index}`, author: index % 2 === 0 ? 'mona' : 'fork-contributor' }
  })
}

describe('issue comments through @octokit/rest', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator({ seed: { comments: conversation() } })
  })
  afterEach(() => github.stop())

  it('pages with a real Link header that octokit.paginate follows to the last page', async () => {
    const octokit = octokitFor(github, github.tokens.bot)

    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30 })
    expect(first.data).toHaveLength(30)
    const repositoryId = github.state.repositories[0]?.id
    expect(first.headers.link).toBe(
      `<${github.apiUrl}/repositories/${repositoryId}/issues/1/comments?per_page=30&page=2>; rel="next", ` +
        `<${github.apiUrl}/repositories/${repositoryId}/issues/1/comments?per_page=30&page=3>; rel="last"`
    )

    const middle = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 30, page: 2 })
    expect(middle.data.map((c) => c.body)).toEqual(
      conversation()
        .slice(30, 60)
        .map((c) => c.body)
    )
    expect(
      middle.headers.link?.split(', ').map((link) => /page=(\d+)>; rel="(\w+)"/.exec(link)?.slice(1).join(' '))
    ).toEqual(['1 prev', '3 next', '3 last', '1 first'])

    github.requests.clear()
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 30 })

    expect(all.map((c) => c.body)).toEqual(conversation().map((c) => c.body))
    expect(github.requests.map((r) => [r.route, r.query.page ?? '1', r.status])).toEqual([
      ['issues.listComments', '1', 200],
      ['issues.listComments', '2', 200],
      ['issues.listComments', '3', 200]
    ])
    expect(github.requests[1]?.path).toBe(`/repositories/${repositoryId}/issues/1/comments`)
  })

  it('finds the sticky comment by marker and by its own author, then updates it in place', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
    expect(viewer.login).toBe('github-actions[bot]')

    const comments = await octokit
      .paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 })
      .then((list) => list.filter((c) => c.user?.login === viewer.login && c.body?.includes(MARKER)))
    expect(comments).toHaveLength(1)
    const sticky = comments[0]!
    expect(sticky.body).toContain('plan for abc123')

    const updated = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: Number(sticky.id),
      body: `${MARKER}\nplan for def456`
    })

    expect(updated.status).toBe(200)
    expect(updated.data.id).toBe(sticky.id)
    const fetched = await octokit.rest.issues.getComment({ ...repo, comment_id: Number(sticky.id) })
    expect(fetched.data.body).toBe(`${MARKER}\nplan for def456`)
    expect(github.state.comments).toHaveLength(75)
    expect(github.requests.writes().map((r) => [r.route, r.status, r.user])).toEqual([
      ['issues.updateComment', 200, 'github-actions[bot]']
    ])
  })

  it("creates a comment (201) authored by the token holder, in GitHub's shape", async () => {
    const created = await octokitFor(github, github.tokens.bot).rest.issues.createComment({
      ...repo,
      issue_number: 2,
      body: 'hello'
    })

    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(created.data.url)
    expect(created.data).toMatchObject({
      body: 'hello',
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      html_url: expect.stringMatching(/^https:\/\/github\.com\/contoso\/fleet-policies\/pull\/2#issuecomment-\d+$/),
      issue_url: `${github.apiUrl}/repos/contoso/fleet-policies/issues/2`,
      author_association: 'NONE'
    })
    expect(github.state.comments.at(-1)).toMatchObject({ issueNumber: 2, author: 'github-actions[bot]', body: 'hello' })
  })

  it('refuses a body over 65,536 characters with 422 and writes nothing', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const atLimit = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: 'é'.repeat(MAX_BODY_CHARACTERS)
    })
    expect(atLimit.status).toBe(201)

    const tooLong = await failure(
      octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(MAX_BODY_CHARACTERS + 1) })
    )
    const tooLongUpdate = await failure(
      octokit.rest.issues.updateComment({ ...repo, comment_id: Number(atLimit.data.id), body: 'y'.repeat(70_000) })
    )

    for (const refused of [tooLong, tooLongUpdate]) {
      expect(refused.status).toBe(422)
      expect(refused.data).toMatchObject({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: 'Body is too long (maximum is 65536 characters)'
          }
        ]
      })
    }
    expect(github.state.comments).toHaveLength(76)
    expect(github.state.comments.at(-1)?.body).toBe('é'.repeat(MAX_BODY_CHARACTERS))
  })

  it('answers 404 for a comment or issue that does not exist', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    expect((await failure(octokit.rest.issues.getComment({ ...repo, comment_id: 1 }))).status).toBe(404)
    expect((await failure(octokit.rest.issues.listComments({ ...repo, issue_number: 999 }))).status).toBe(404)
    expect(
      (await failure(octokit.rest.issues.createComment({ owner: 'contoso', repo: 'nope', issue_number: 1, body: 'x' })))
        .status
    ).toBe(404)
  })
})
