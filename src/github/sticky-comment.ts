import type { GitHubClient } from './octokit.js'
import type { RepositoryRef } from './repository.js'

/** The identity GITHUB_TOKEN comments as; `GET /user` is not open to installation tokens. */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface StickyCommentTarget extends RepositoryRef {
  issueNumber: number
  /** Hidden marker that identifies this tool's comment; must be in `body`. */
  marker: string
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }

/**
 * Creates the tool's one comment on a pull request or issue, or updates it in place: found by its marker and
 * by the token's own author over every page of comments, so another user's quote of the marker is never taken.
 */
export async function upsertStickyComment(
  github: GitHubClient,
  target: StickyCommentTarget,
  body: string
): Promise<StickyResult> {
  const { owner, repo, issueNumber, marker } = target
  const author = await tokenLogin(github)
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  const mine = comments.find((c) => opensWithMarker(c.body, marker) && c.user?.login === author)
  if (!mine) {
    const created = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
    return { action: 'created', id: created.data.id, url: created.data.html_url }
  }
  if (mine.body === body) return { action: 'unchanged', id: mine.id, url: mine.html_url }
  const updated = await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
  return { action: 'updated', id: updated.data.id, url: updated.data.html_url }
}

/**
 * Whether a comment is the one a marker names: the marker must be the comment's first line, where the tool puts
 * it, so a value quoted in another of the tool's comments (an apply result, a drift issue) can never spoof it.
 */
export function opensWithMarker(body: string | null | undefined, marker: string): boolean {
  return body === marker || (body?.startsWith(`${marker}\n`) ?? false)
}

/**
 * The login the token acts as: a user's own login, or an app installation's bot (`github-actions[bot]` for
 * GITHUB_TOKEN, `<app>[bot]` for another app's token). Only what this login wrote is read back as the tool's, so an
 * app token must not be taken for `github-actions[bot]`, which every workflow of the repository writes as.
 */
export function tokenLogin(github: GitHubClient): Promise<string> {
  // A token's login does not change within a run; a step asks for it up to three times (reviewed plan, orphan issues,
  // the sticky comment), each an installation's 403 on /user and a GraphQL query.
  let login = loginsOfClients.get(github)
  if (!login) {
    login = askTokenLogin(github)
    loginsOfClients.set(github, login)
    login.catch(() => loginsOfClients.delete(github))
  }
  return login
}

const loginsOfClients = new WeakMap<GitHubClient, Promise<string>>()

async function askTokenLogin(github: GitHubClient): Promise<string> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    // Installation tokens (GITHUB_TOKEN, apps) may not read /user, but GraphQL's `viewer` names their bot; a bad
    // token (401) must still fail loudly.
    if (status === 403) return (await viewerLogin(github)) ?? ACTIONS_BOT
    throw error
  }
}

async function viewerLogin(github: GitHubClient): Promise<string | undefined> {
  try {
    const answer = await github.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer.viewer?.login
    return typeof login === 'string' && login.length > 0 ? login : undefined
  } catch {
    return undefined
  }
}
