import type {
  AccountRecord,
  CollaboratorRecord,
  GitHubState,
  IssueRecord,
  LabelRecord,
  RepositoryRecord,
  TokenRecord
} from './records.js'
import { recordLabelChange } from './issue-events.js'
import { findIssue, findRepositoryByFullName, fullName, nextId, nextIssueNumber, sameName } from './lookups.js'
import { shaFor } from './shas.js'

/**
 * What a test may seed; everything but the identifying fields has a default. `repository` defaults to the first one.
 */
export interface GitHubSeed {
  accounts?: Array<Pick<AccountRecord, 'login'> & Partial<AccountRecord>>
  tokens?: TokenRecord[]
  repositories?: Array<Pick<RepositoryRecord, 'owner' | 'name'> & Partial<RepositoryRecord>>
  labels?: Array<{ repository?: string; name: string; color?: string; description?: string | null }>
  issues?: IssueSeed[]
  pullRequests?: PullRequestSeed[]
  comments?: Array<{ repository?: string; issueNumber: number; body: string; author?: string; createdAt?: string }>
  /** People's roles on a repository (default the first); `triage` may label but not push or merge. */
  collaborators?: Array<Omit<CollaboratorRecord, 'repository'> & { repository?: string }>
}

export interface IssueSeed {
  repository?: string
  number?: number
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  stateReason?: IssueRecord['stateReason']
  labels?: string[]
  assignees?: string[]
  author?: string
  createdAt?: string
  /** Who added the seeded labels (their `labeled` events); default the author. */
  labeledBy?: string
}

export interface PullRequestSeed extends IssueSeed {
  /** The head repository (`owner/name`); a different one than `repository` makes a pull request from a fork. */
  head?: { repository?: string; ref?: string; sha?: string }
  base?: { ref?: string; sha?: string }
  draft?: boolean
  /** A merged pull request is closed, has `merged_at` and a merge commit on the base branch. */
  merged?: boolean
  mergeCommitSha?: string
  commits?: string[]
}

/**
 * Adds the seed to the state, in dependency order (accounts, repositories, labels, issues, pull requests, comments).
 */
export function applySeed(state: GitHubState, seed: GitHubSeed, now: string): void {
  for (const account of seed.accounts ?? []) {
    state.accounts.push({
      id: account.id ?? nextId(state),
      type: account.type ?? 'User',
      name: account.name ?? null,
      login: account.login
    })
  }
  state.tokens.push(...(seed.tokens ?? []))
  for (const repository of seed.repositories ?? []) {
    state.repositories.push({
      id: nextId(state),
      private: true,
      defaultBranch: 'main',
      files: {},
      createdAt: now,
      ...repository,
      defaultBranchSha: repository.defaultBranchSha ?? shaFor(`${repository.owner}/${repository.name} default branch`)
    })
  }
  for (const label of seed.labels ?? []) {
    ensureLabel(state, repositoryName(state, label.repository), label.name, label.color, label.description)
  }
  for (const collaborator of seed.collaborators ?? [])
    state.collaborators.push({ ...collaborator, repository: repositoryName(state, collaborator.repository) })
  for (const issue of seed.issues ?? []) addIssue(state, issue, now)
  for (const pullRequest of seed.pullRequests ?? []) addPullRequest(state, pullRequest, now)
  for (const comment of seed.comments ?? []) {
    const repository = repositoryName(state, comment.repository)
    if (!findIssue(state, repository, comment.issueNumber)) {
      throw new Error(
        `seeded comment on ${repository}#${comment.issueNumber}, which is neither an issue nor a pull request`
      )
    }
    const createdAt = comment.createdAt ?? now
    state.comments.push({
      id: nextId(state),
      repository,
      issueNumber: comment.issueNumber,
      body: comment.body,
      author: comment.author ?? defaultAuthor(state),
      createdAt,
      updatedAt: createdAt
    })
  }
}

/** The label named `name` in the repository (any casing), created with GitHub's default grey when missing. */
export function ensureLabel(
  state: GitHubState,
  repository: string,
  name: string,
  color = 'ededed',
  description: string | null = null
): LabelRecord {
  const existing = state.labels.find((l) => sameName(l.repository, repository) && sameName(l.name, name))
  if (existing) return existing
  const label = { id: nextId(state), repository, name, color, description }
  state.labels.push(label)
  return label
}

function addIssue(state: GitHubState, seed: IssueSeed, now: string): IssueRecord {
  const repository = repositoryName(state, seed.repository)
  const number = seed.number ?? nextIssueNumber(state, repository)
  if (findIssue(state, repository, number)) throw new Error(`seeded ${repository}#${number} twice`)
  const labels = (seed.labels ?? []).map((name) => ensureLabel(state, repository, name).name)
  const issueState = seed.state ?? 'open'
  const createdAt = seed.createdAt ?? now
  const issue: IssueRecord = {
    id: nextId(state),
    repository,
    number,
    title: seed.title ?? `Issue ${number}`,
    body: seed.body ?? null,
    state: issueState,
    stateReason: seed.stateReason ?? (issueState === 'closed' ? 'completed' : null),
    labels,
    assignees: seed.assignees ?? [],
    author: seed.author ?? defaultAuthor(state),
    locked: false,
    createdAt,
    updatedAt: createdAt,
    closedAt: issueState === 'closed' ? createdAt : null,
    closedBy: null
  }
  state.issues.push(issue)
  recordLabelChange(state, issue, [], seed.labeledBy ?? issue.author, createdAt)
  return issue
}

function addPullRequest(state: GitHubState, seed: PullRequestSeed, now: string): void {
  const merged = seed.merged ?? false
  const issue = addIssue(state, { ...seed, state: merged ? 'closed' : (seed.state ?? 'open'), stateReason: null }, now)
  const base = findRepositoryByFullName(state, issue.repository)
  const headRepository = seed.head?.repository ?? issue.repository
  if (!findRepositoryByFullName(state, headRepository))
    throw new Error(`seeded pull request from unknown repository ${headRepository}`)
  const headSha = seed.head?.sha ?? shaFor(`${issue.repository}#${issue.number} head`)
  state.pullRequests.push({
    id: nextId(state),
    repository: issue.repository,
    number: issue.number,
    head: { repository: headRepository, ref: seed.head?.ref ?? `feature-${issue.number}`, sha: headSha },
    base: {
      ref: seed.base?.ref ?? base?.defaultBranch ?? 'main',
      sha: seed.base?.sha ?? base?.defaultBranchSha ?? shaFor('base')
    },
    draft: seed.draft ?? false,
    mergedAt: merged ? issue.createdAt : null,
    mergeCommitSha: merged ? (seed.mergeCommitSha ?? shaFor(`${issue.repository}#${issue.number} merge`)) : null,
    commits: seed.commits ?? [headSha]
  })
}

function repositoryName(state: GitHubState, name: string | undefined): string {
  const repository = name === undefined ? state.repositories[0] : findRepositoryByFullName(state, name)
  if (!repository)
    throw new Error(name === undefined ? 'seed a repository first' : `seeded into unknown repository ${name}`)
  return fullName(repository)
}

/** The first human account: who opens seeded issues unless told otherwise. */
function defaultAuthor(state: GitHubState): string {
  return state.accounts.find((a) => a.type === 'User')?.login ?? 'octocat'
}
