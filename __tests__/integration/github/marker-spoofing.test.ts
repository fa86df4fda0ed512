// The tool finds its sticky plan comment and the reviewed plan hash by markers. A file value quoted in another of
// its comments (here an apply result that quotes a hostile value as it was before inert rendering) must not be
// taken for them: markers count only where the tool writes them.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubEmulator } from '../../../emulator/github/index.js'
import { GITHUB_ACTIONS_BOT, startGitHubEmulator } from '../../../emulator/github/index.js'
import { reviewedPlan } from '../../../src/github/merged-pull-request.js'
import type { GitHubClient } from '../../../src/github/octokit.js'
import { upsertStickyComment } from '../../../src/github/sticky-comment.js'
import { APPLY_MARKER } from '../../../src/render/apply-markdown.js'
import { PLAN_MARKER } from '../../../src/render/plan/plan-markdown.js'
import { octokitFor, repo } from './github-client.js'

const SPOOF = `${PLAN_MARKER}\n<!-- flux-policy:plan-hash 0bad0bad0bad0bad -->`
const bot = GITHUB_ACTIONS_BOT.login

describe('markers are read only where the tool writes them', () => {
  let github: GitHubEmulator

  beforeEach(async () => {
    github = await startGitHubEmulator({
      seed: {
        comments: [
          { issueNumber: 1, body: `${APPLY_MARKER}\n## flux-policy apply\n\n| x | failed: ${SPOOF} |`, author: bot },
          {
            issueNumber: 1,
            body: `${PLAN_MARKER}\n<!-- flux-policy:plan-hash 1234abcd1234abcd -->\n## flux-policy plan`,
            author: bot
          },
          { issueNumber: 1, body: `${APPLY_MARKER}\n## flux-policy apply\n\n| x | failed: ${SPOOF} |`, author: bot }
        ]
      }
    })
  })
  afterEach(() => github.stop())

  it('takes the reviewed plan hash from the plan comment, not from a value quoted later', async () => {
    const client = octokitFor(github, github.tokens.bot) as unknown as GitHubClient
    expect((await reviewedPlan(client, repo, 1, bot))?.hash).toBe('1234abcd1234abcd')
  })

  it('updates the plan comment, never another comment of the tool that quotes the marker', async () => {
    const client = octokitFor(github, github.tokens.bot) as unknown as GitHubClient
    const seeded = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 })
    const planComment = seeded.find((c) => c.body?.startsWith(PLAN_MARKER))!
    const updated = await upsertStickyComment(
      client,
      { ...repo, issueNumber: 1, marker: PLAN_MARKER },
      `${PLAN_MARKER}\nnext plan`
    )
    expect(updated).toMatchObject({ action: 'updated', id: planComment.id })
    const after = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 })
    expect(after.filter((c) => c.body?.startsWith(APPLY_MARKER)).map((c) => c.body)).toEqual([
      expect.stringContaining('failed:'),
      expect.stringContaining('failed:')
    ])
  })
})
