import { createRequire } from 'node:module'
import type { WebhookDefinition } from '@octokit/webhooks-examples'
import type { PullRequestOpenedEvent, PullRequestSynchronizeEvent, PushEvent } from '@octokit/webhooks-types'
import { pullRequestShape } from './shapes/pull-request-shape.js'
import { accountNamed } from './shapes/shape-context.js'
import type { SiteUrls } from './shapes/links.js'
import { githubTime } from './shapes/links.js'
import { DEFAULT_REPOSITORY } from './state/default-seed.js'
import { findIssue, findPullRequest, findRepositoryByFullName } from './state/lookups.js'
import type { GitHubState, RepositoryRecord } from './state/records.js'
import { shaFor } from './state/shas.js'
import { simpleUser } from './shapes/account-shape.js'
import { adaptOrganization, adaptRepository, rewriteUrls } from './webhook-repository.js'

/** What the adapters read: the emulator handle satisfies it. */
export interface WebhookSource {
  state: GitHubState
  apiUrl: string
  htmlUrl?: string
}

export type PullRequestEvent = PullRequestOpenedEvent | PullRequestSynchronizeEvent

/**
 * Real example payloads from `@octokit/webhooks-examples`, retargeted at the emulator's seeded repository, so an
 * end-to-end test can write one to `GITHUB_EVENT_PATH`. The pull request object is the emulator's own (the same
 * JSON `pulls.get` returns, which is what GitHub puts in the payload), so a fork pull request's `head.repo` is the
 * fork. Move the state first (`pushToPullRequest`, `mergePullRequest`), then build the event.
 */
export function pullRequestEvent(
  source: WebhookSource,
  options: { action: 'opened' | 'synchronize'; number: number; repository?: string; before?: string }
): PullRequestEvent {
  const { state } = source
  const urls = siteUrls(source)
  const repository = requireRepository(state, options.repository ?? DEFAULT_REPOSITORY)
  const pullRequest = findPullRequest(state, `${repository.owner}/${repository.name}`, options.number)
  const issue = pullRequest && findIssue(state, pullRequest.repository, pullRequest.number)
  if (!pullRequest || !issue)
    throw new Error(`no seeded pull request #${options.number} in ${repository.owner}/${repository.name}`)
  const example =
    exampleOf<PullRequestEvent>('pull_request', (e) => e.action === options.action && 'organization' in e) ??
    exampleOf<PullRequestEvent>('pull_request', (e) => e.action === options.action)
  if (!example) throw new Error(`@octokit/webhooks-examples has no pull_request.${options.action} example`)
  const shape = pullRequestShape(pullRequest, { state, urls })
  const base = adaptRepository(example.repository, repository, state, urls)
  const headRecord = requireRepository(state, pullRequest.head.repository)
  const head = headRecord === repository ? base : adaptRepository(example.repository, headRecord, state, urls)
  const event = {
    ...example,
    number: pullRequest.number,
    pull_request: {
      ...example.pull_request,
      ...shape,
      head: { ...shape.head, repo: head },
      base: { ...shape.base, repo: base }
    },
    repository: base,
    sender: simpleUser(accountNamed(state, issue.author), urls),
    ...organizationOf(example, repository, state, urls)
  }
  if (options.action === 'synchronize') {
    Object.assign(event, {
      before: options.before ?? shaFor(`${pullRequest.repository}#${pullRequest.number} previous head`),
      after: pullRequest.head.sha
    })
  }
  return JSON.parse(rewriteUrls(JSON.stringify(event), urls)) as PullRequestEvent
}

/** A push to the default branch (by default of its current head, e.g. after `mergePullRequest`). */
export function pushEvent(
  source: WebhookSource,
  options: { repository?: string; before?: string; after?: string; pusher?: string } = {}
): PushEvent {
  const { state } = source
  const urls = siteUrls(source)
  const repository = requireRepository(state, options.repository ?? DEFAULT_REPOSITORY)
  const example = exampleOf<PushEvent>('push', (e) => e.ref.startsWith('refs/heads/'))
  if (!example) throw new Error('@octokit/webhooks-examples has no push to a branch')
  const fullName = `${repository.owner}/${repository.name}`
  const before = options.before ?? shaFor(`${fullName} before push`)
  const after = options.after ?? repository.defaultBranchSha
  const pusher = accountNamed(state, options.pusher ?? 'mona')
  const person = {
    name: pusher.login,
    email: `${pusher.id}+${pusher.login}@users.noreply.github.com`,
    username: pusher.login
  }
  const commit = {
    ...example.commits[0],
    id: after,
    tree_id: shaFor(`${after} tree`),
    message: 'Merge pull request',
    distinct: true,
    timestamp: githubTime(Date.now()),
    url: `${urls.html}/${fullName}/commit/${after}`,
    author: person,
    committer: person,
    added: [],
    removed: [],
    modified: []
  }
  const event = {
    ...example,
    ref: `refs/heads/${repository.defaultBranch}`,
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${urls.html}/${fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    repository: adaptRepository(example.repository, repository, state, urls),
    pusher: { name: person.name, email: person.email },
    sender: simpleUser(pusher, urls),
    ...organizationOf(example, repository, state, urls)
  }
  return JSON.parse(rewriteUrls(JSON.stringify(event), urls)) as PushEvent
}

function organizationOf(
  example: object,
  repository: RepositoryRecord,
  state: GitHubState,
  urls: SiteUrls
): { organization?: object } {
  const owner = accountNamed(state, repository.owner)
  const exampleOrganization = (example as { organization?: object }).organization
  return owner.type === 'Organization' && exampleOrganization
    ? { organization: adaptOrganization(exampleOrganization, owner, urls) }
    : {}
}

const require = createRequire(import.meta.url)
let definitions: WebhookDefinition[] | undefined

function exampleOf<T>(name: string, accept: (example: T) => boolean): T | undefined {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[]
  const examples = (definitions.find((d) => d.name === name)?.examples ?? []) as unknown as T[]
  const example = examples.find(accept)
  return example === undefined ? undefined : structuredClone(example)
}

function requireRepository(state: GitHubState, name: string): RepositoryRecord {
  const repository = findRepositoryByFullName(state, name)
  if (!repository) throw new Error(`no seeded repository ${name}`)
  return repository
}

const siteUrls = (source: WebhookSource): SiteUrls => ({
  api: source.apiUrl,
  html: source.htmlUrl ?? 'https://github.com'
})
