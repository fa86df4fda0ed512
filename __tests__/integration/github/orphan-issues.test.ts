// The audit follows only the orphaned-configurations issues the tool opened: found by label over every page, then
// author and marker (with a record in the tool's shape) checked on our side — a person's copy of the body, labelled
// the same, is never followed, nor written to.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, startGitHubEmulator } from '../../../emulator/github/index.js'
import type { OrphanRecord } from '../../../src/apply/orphan-record.js'
import { listOrphanIssues, syncOrphanIssues } from '../../../src/github/orphan-issues.js'
import type { GitHubClient } from '../../../src/github/octokit.js'
import { followedRecords } from '../../../src/issues/orphan-issue-plan.js'
import { renderOrphanIssue } from '../../../src/render/orphans/orphan-issue.js'
import { octokitFor, repo } from './github-client.js'

const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'
const record = (source: string): OrphanRecord => ({
  assignmentKey: `${RG.toLowerCase()}|${source}`,
  team: 'payments',
  source,
  scope: RG,
  notScopes: [],
  configurationName: source,
  url: 'https://github.com/contoso/payments-gitops',
  deletedAt: '2026-11-29T08:00:00.000Z'
})
const ours = renderOrphanIssue(record('payments-apps'), { kind: 'unknown' })
const copied = renderOrphanIssue(record('copied-by-a-person'), { kind: 'unknown' })

describe('orphaned-configurations issues on GitHub', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator({
      seed: {
        issues: [
          { title: ours.title, body: ours.body, labels: ['flux-orphans'], author: GITHUB_ACTIONS_BOT.login },
          { title: copied.title, body: copied.body, labels: ['flux-orphans'], author: 'mona' },
          { title: 'not ours', body: 'hello', labels: ['flux-orphans'], author: GITHUB_ACTIONS_BOT.login }
        ]
      }
    })
  })
  afterEach(() => github.stop())

  it("follows only the bot's own issues with the marker, and closes only those", async () => {
    const client = octokitFor(github, github.tokens.bot) as unknown as GitHubClient
    const existing = await listOrphanIssues(client, repo, GITHUB_ACTIONS_BOT.login)
    expect(existing.map((i) => i.title)).toEqual([ours.title])
    expect(followedRecords(existing)).toEqual([record('payments-apps')])
    const observations = [
      { record: record('payments-apps'), state: { kind: 'found' as const, configurations: [] } },
      { record: record('copied-by-a-person'), state: { kind: 'found' as const, configurations: [] } }
    ]
    const sync = await syncOrphanIssues(client, {
      repository: repo,
      observations,
      existing,
      maxWrites: 10,
      dryRun: false,
      log: () => {}
    })
    expect(sync.outcomes.map((o) => [o.action.kind, o.status])).toEqual([['close', 'done']])
    expect(sync.writes).toBe(2)
    expect(github.state.issues.filter((i) => i.state === 'closed').map((i) => i.author)).toEqual([
      GITHUB_ACTIONS_BOT.login
    ])
    expect(github.state.issues.find((i) => i.title === copied.title)!.state).toBe('open')
  })
})
