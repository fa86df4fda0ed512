import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator, IssueSeed } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, startGitHubEmulator } from '../../../emulator/github/index.js'
import { failure, octokitFor, repo } from './github-client.js'

const BOT = GITHUB_ACTIONS_BOT.login

/**
 * 40 drift issues by the bot (some closed), a person's issue with the same label, and PRs #1 and #2 from the default
 * seed.
 */
function driftIssues(): IssueSeed[] {
  const bots: IssueSeed[] = Array.from({ length: 40 }, (_, index) => ({
    title: `Drift: payments-apps ${index}`,
    author: BOT,
    labels: ['flux-drift', index % 2 === 0 ? 'team:payments' : 'team:data'],
    state: index % 10 === 9 ? 'closed' : 'open',
    body: `<!-- flux-policy:drift payments/apps-${index} -->`
  }))
  return [...bots, { title: 'Question about drift', author: 'mona', labels: ['flux-drift'] }]
}

describe('issues and labels through @octokit/rest', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator({ seed: { issues: driftIssues() } })
  })
  afterEach(() => github.stop())

  it('lists pull requests among issues, marked with a pull_request key, as GitHub does', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 })

    const pullRequests = all.filter((issue) => issue.pull_request !== undefined)
    expect(all).toHaveLength(43)
    expect(pullRequests.map((p) => [p.number, p.pull_request?.url])).toEqual([
      [2, `${github.apiUrl}/repos/contoso/fleet-policies/pulls/2`],
      [1, `${github.apiUrl}/repos/contoso/fleet-policies/pulls/1`]
    ])
  })

  it("finds the bot's issues by label and creator over several pages, newest first", async () => {
    const octokit = octokitFor(github, github.tokens.bot)

    const found = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      labels: 'flux-drift,team:payments',
      creator: BOT,
      per_page: 7
    })

    expect(found).toHaveLength(20)
    expect(found.every((issue) => issue.user?.login === BOT && issue.pull_request === undefined)).toBe(true)
    expect(found.map((issue) => issue.number)).toEqual([...found.map((issue) => issue.number)].sort((a, b) => b - a))
    expect(github.requests.forRoute('issues.listForRepo')).toHaveLength(3)
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: 'flux-drift',
      creator: BOT,
      per_page: 100
    })
    expect(open).toHaveLength(36)
  })

  it('creates, updates, closes and reopens an issue', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'Drift: data-pipelines',
      body: 'first',
      labels: ['flux-drift', 'team:new-team'],
      assignees: ['mona']
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      number: 44,
      state: 'open',
      user: { login: BOT },
      assignees: [{ login: 'mona' }]
    })
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([
      'flux-drift',
      'team:new-team'
    ])

    const number = created.data.number
    const closed = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed'
    })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', closed_by: { login: BOT } })
    expect(closed.data.closed_at).not.toBeNull()

    const reopened = await octokit.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'open',
      body: 'second',
      labels: ['flux-drift']
    })
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null, body: 'second' })
    expect((await octokit.rest.issues.get({ ...repo, issue_number: number })).data.labels).toHaveLength(1)
  })

  it('refuses a team or a stranger as assignee and an over-long body with 422, creating nothing', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const team = await failure(octokit.rest.issues.create({ ...repo, title: 't', assignees: ['@contoso/payments'] }))
    const tooLong = await failure(octokit.rest.issues.create({ ...repo, title: 't', body: 'x'.repeat(65_537) }))

    expect(team).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'Issue', field: 'assignees', code: 'invalid', value: '@contoso/payments' }] }
    })
    expect(tooLong).toMatchObject({
      status: 422,
      data: {
        errors: [
          {
            resource: 'Issue',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)'
          }
        ]
      }
    })
    expect(github.state.issues).toHaveLength(43)
  })

  it('gets a label (404 when missing), creates it (201) and refuses a duplicate with already_exists', async () => {
    const octokit = octokitFor(github, github.tokens.bot)
    const missing = await failure(octokit.rest.issues.getLabel({ ...repo, name: 'team:platform' }))
    expect(missing).toMatchObject({
      status: 404,
      data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/labels#get-a-label' }
    })

    const created = await octokit.rest.issues.createLabel({
      ...repo,
      name: 'team:platform',
      color: '1D76DB',
      description: 'Owned by @contoso/platform'
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      name: 'team:platform',
      color: '1d76db',
      description: 'Owned by @contoso/platform',
      default: false
    })
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'TEAM:PLATFORM' })).data.id).toBe(created.data.id)

    const duplicate = await failure(
      octokit.rest.issues.createLabel({ ...repo, name: 'Team:Platform', color: 'ffffff' })
    )
    expect(duplicate).toMatchObject({
      status: 422,
      data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] }
    })
  })
})
