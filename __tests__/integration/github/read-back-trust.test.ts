// What the tool reads back from GitHub is hostile: comments and issue bodies may be edited by anyone with write
// access, some written by anyone who can read the repository. Through the real Octokit against the emulator: the
// reviewed plan is the one sticky comment the plan step keeps up to date (never a stale or a foreign one), and an
// orphaned-configurations issue of the tool whose record was edited out of shape is left alone, and reported.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, startGitHubEmulator } from '../../../emulator/github/index.js'
import type { OrphanRecord } from '../../../src/apply/orphan-record.js'
import { findMergedPullRequest, reviewedPlan } from '../../../src/github/merged-pull-request.js'
import type { GitHubClient } from '../../../src/github/octokit.js'
import { listOrphanIssues } from '../../../src/github/orphan-issues.js'
import { tokenLogin, upsertStickyComment } from '../../../src/github/sticky-comment.js'
import { renderOrphanIssue } from '../../../src/render/orphans/orphan-issue.js'
import { PLAN_MARKER } from '../../../src/render/plan/plan-markdown.js'
import { renderValidationComment } from '../../../src/render/validation-comment.js'
import { echoedIn, echoingCredentials } from '../../helpers/echoed-credentials.js'
import { octokitFor, repo } from './github-client.js'

const bot = GITHUB_ACTIONS_BOT.login
const planComment = (hash: string) => `${PLAN_MARKER}\n<!-- flux-policy:plan-hash ${hash} -->\n## flux-policy plan`

describe('the reviewed plan is the sticky plan comment', () => {
  let github: GitHubEmulator
  afterEach(() => github.stop())

  const start = async (comments: Array<{ body: string; author: string }>) => {
    github = await startGitHubEmulator({ seed: { comments: comments.map((c) => ({ issueNumber: 1, ...c })) } })
    return octokitFor(github, github.tokens.bot) as unknown as GitHubClient
  }

  it('reads the comment the plan step updates, not a later stale duplicate of the tool', async () => {
    // Two plan jobs that raced each created a comment; every later push updated the first one only.
    const client = await start([
      { body: planComment('aaaaaaaaaaaaaaaa'), author: bot },
      { body: planComment('bbbbbbbbbbbbbbbb'), author: bot }
    ])
    await upsertStickyComment(client, { ...repo, issueNumber: 1, marker: PLAN_MARKER }, planComment('cccccccccccccccc'))
    expect((await reviewedPlan(client, repo, 1, bot))?.hash).toBe('cccccccccccccccc')
  })

  it('finds no reviewed plan when the sticky comment says the files were invalid, whatever a stale one said', async () => {
    const client = await start([
      { body: renderValidationComment([], 'c0ffee0000000000000000000000000000000000'), author: bot },
      { body: planComment('bbbbbbbbbbbbbbbb'), author: bot }
    ])
    expect(await reviewedPlan(client, repo, 1, bot)).toBeUndefined()
  })

  it("never takes a plan another user posted, marker and all, before or after the tool's", async () => {
    const client = await start([
      { body: planComment('dddddddddddddddd'), author: 'mona' },
      { body: planComment('aaaaaaaaaaaaaaaa'), author: bot },
      { body: planComment('eeeeeeeeeeeeeeee'), author: 'fork-contributor' }
    ])
    expect((await reviewedPlan(client, repo, 1, bot))?.hash).toBe('aaaaaaaaaaaaaaaa')
    const updated = await upsertStickyComment(
      client,
      { ...repo, issueNumber: 1, marker: PLAN_MARKER },
      planComment('ffffffffffffffff')
    )
    expect(github.state.comments.find((c) => c.id === updated.id)?.author).toBe(bot)
    expect((await reviewedPlan(client, repo, 1, bot))?.hash).toBe('ffffffffffffffff')
  })
})

describe('an orphaned-configurations issue of the tool whose record was edited', () => {
  let github: GitHubEmulator
  afterEach(() => github.stop())

  const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
  const record: OrphanRecord = {
    assignmentKey: `${RG.toLowerCase()}|payments-apps`,
    team: 'payments',
    source: 'payments-apps',
    scope: RG,
    notScopes: [],
    configurationName: 'payments-apps',
    url: 'https://github.com/contoso/payments-gitops',
    deletedAt: '2026-11-29T08:00:00.000Z'
  }
  const ours = renderOrphanIssue(record, { kind: 'unknown' })
  const lines = ours.body.split('\n')
  const edited = [...lines.slice(0, -1), '<!-- flux-policy:orphans-data bm90IGpzb24 -->'].join('\n')
  const injected = [lines[0], ...lines.slice(1, -1), lines.at(-1), 'a line added below by a person'].join('\n')

  beforeEach(async () => {
    github = await startGitHubEmulator({
      seed: {
        issues: [
          { title: ours.title, body: ours.body, labels: ['flux-orphans'], author: bot },
          { title: 'edited', body: edited, labels: ['flux-orphans'], author: bot },
          { title: 'appended', body: injected, labels: ['flux-orphans'], author: bot },
          { title: 'a copy', body: edited, labels: ['flux-orphans'], author: 'mona' },
          {
            title: 'body too long',
            body: `${ours.body}\n${'x'.repeat(65_536 - ours.body.length - 1)}`,
            labels: ['flux-orphans'],
            author: bot
          }
        ]
      }
    })
  })

  it("is not followed, and is reported (not a person's copy, nor an issue the marker does not open)", async () => {
    const client = octokitFor(github, github.tokens.bot) as unknown as GitHubClient
    const unreadable: number[] = []
    const existing = await listOrphanIssues(client, repo, bot, (n) => unreadable.push(n))
    const number = (title: string) => github.state.issues.find((i) => i.title === title)!.number
    expect(existing.map((i) => i.title)).toEqual([ours.title])
    expect(unreadable.sort()).toEqual([number('edited'), number('appended'), number('body too long')].sort())
  })
})

describe('override labels on the merged pull request', () => {
  let github: GitHubEmulator
  afterEach(() => github.stop())
  const ALLOW = 'flux-policy:allow-deletes'
  const REMOVE = 'flux-policy:remove-orphaned-configurations'
  const MERGE = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

  const start = async (labeledBy: string) => {
    github = await startGitHubEmulator({
      seed: {
        accounts: [{ login: 'tim-triage' }, { login: 'wendy-writer' }],
        collaborators: [
          { login: 'tim-triage', role: 'triage' },
          { login: 'wendy-writer', role: 'write' }
        ],
        pullRequests: [
          {
            number: 3,
            title: 'payments: delete the old source',
            author: 'mona',
            merged: true,
            mergeCommitSha: MERGE,
            labels: [ALLOW, REMOVE, 'documentation'],
            labeledBy
          }
        ]
      }
    })
    return octokitFor(github, github.tokens.bot) as unknown as GitHubClient
  }

  it('are not honoured when a triage user added them, and say who did', async () => {
    const client = await start('tim-triage')
    const pr = await findMergedPullRequest(client, repo, MERGE, [ALLOW, REMOVE])
    expect(pr?.labels).toEqual(['documentation'])
    expect(pr?.ignoredLabels).toEqual([
      { label: ALLOW, actor: 'tim-triage' },
      { label: REMOVE, actor: 'tim-triage' }
    ])
  })

  it('are honoured when someone with write access added them, the last one to add them counting', async () => {
    const client = await start('wendy-writer')
    expect((await findMergedPullRequest(client, repo, MERGE, [ALLOW, REMOVE]))?.labels).toEqual([
      ALLOW,
      REMOVE,
      'documentation'
    ])
    // mona (a maintainer) removes one and a triage user adds it back: the last adder is who counts.
    const mona = octokitFor(github, github.tokens.human) as unknown as GitHubClient
    await mona.rest.issues.removeLabel({ ...repo, issue_number: 3, name: REMOVE })
    github.state.tokens.push({ token: 'ghp_tim', login: 'tim-triage', kind: 'user', permission: 'write' })
    const tim = octokitFor(github, 'ghp_tim') as unknown as GitHubClient
    await tim.rest.issues.addLabels({ ...repo, issue_number: 3, labels: [REMOVE] })
    const pr = await findMergedPullRequest(client, repo, MERGE, [ALLOW, REMOVE])
    expect(pr?.labels).toEqual([ALLOW, 'documentation'])
    expect(pr?.ignoredLabels).toEqual([{ label: REMOVE, actor: 'tim-triage' }])
  })

  it('are not honoured when who added them cannot be checked (fail closed)', async () => {
    const client = await start('wendy-writer')
    github.faults.inject('issues.listEvents', 500, 500, 500, 500)
    const pr = await findMergedPullRequest(client, repo, MERGE, [ALLOW])
    expect(pr?.labels).toEqual([REMOVE, 'documentation'])
    expect(pr?.ignoredLabels).toEqual([{ label: ALLOW, error: expect.any(String) }])
  })

  it("say why they could not be checked, hiding the credentials GitHub's answer echoes", async () => {
    const client = await start('wendy-writer')
    github.faults.inject('issues.listEvents', echoingCredentials())
    const pr = await findMergedPullRequest(client, repo, MERGE, [ALLOW])
    expect(github.faults.pending()).toEqual({})
    const [ignored] = pr!.ignoredLabels ?? []
    expect(ignored).toMatchObject({ label: ALLOW, error: expect.stringContaining('Resource not accessible') })
    expect(ignored!.error).toContain('[secret hidden]')
    expect(echoedIn(ignored!.error!)).toEqual([])
  })
})

describe("an app's installation token", () => {
  let github: GitHubEmulator
  afterEach(() => github.stop())

  it('is its own bot, not github-actions[bot] (which every workflow writes as): only its own plan is read back', async () => {
    github = await startGitHubEmulator({
      seed: {
        accounts: [{ login: 'flux-policy-app[bot]', type: 'Bot' }],
        tokens: [
          { token: 'ghs_FluxPolicyApp01', login: 'flux-policy-app[bot]', kind: 'installation', permission: 'write' }
        ],
        comments: [
          { issueNumber: 1, body: planComment('aaaaaaaaaaaaaaaa'), author: 'flux-policy-app[bot]' },
          { issueNumber: 1, body: planComment('bbbbbbbbbbbbbbbb'), author: bot }
        ]
      }
    })
    const client = octokitFor(github, 'ghs_FluxPolicyApp01') as unknown as GitHubClient
    const login = await tokenLogin(client)
    expect(login).toBe('flux-policy-app[bot]')
    expect((await reviewedPlan(client, repo, 1, login))?.hash).toBe('aaaaaaaaaaaaaaaa')
    expect(await tokenLogin(octokitFor(github, github.tokens.bot) as unknown as GitHubClient)).toBe(bot)
  })
})
